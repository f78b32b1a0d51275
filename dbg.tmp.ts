import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
import { buildReport } from './src/core/report';
const [file, locale, policy='model', seed='1', verbose='1'] = process.argv.slice(2);
const r = parseScenario(readFileSync('scenarios/'+file,'utf8'), file); if (!r.ok) throw 1;
const { log } = runSim({ scenario: r.scenario, locale: locale as 'en', seed: Number(seed), policy: policy as 'model' });
if (verbose === '1') for (const e of log) {
  const p = e.payload ?? {};
  if (e.type === 'buyer.say') console.log((e.t/1000).toFixed(1), e.buyerId, 'BUYER', p.lineId, p.beatId ?? '', p.params ? JSON.stringify(p.params) : '');
  else if (e.type === 'agent.message') console.log((e.t/1000).toFixed(1), e.buyerId, 'AGENT', p.text, JSON.stringify(p.flags), JSON.stringify(p.facts));
  else if (e.type === 'agent.action') console.log((e.t/1000).toFixed(1), e.buyerId, 'ACTION', JSON.stringify(p));
  else if (e.type === 'buyer.judged') console.log('      judged', p.grade, (p.reasons as string[]).join(' '));
  else if (e.type === 'buyer.order' || e.type === 'buyer.done') console.log((e.t/1000).toFixed(1), e.buyerId, e.type, JSON.stringify(p));
}
const rep = buildReport(r.scenario, log);
console.log(JSON.stringify(rep.session.scores));
for (const a of rep.annotations) if (a.points < 0 || a.points === 0 && !a.ruleId.startsWith('rt-')) console.log(a.buyerId, a.ruleId, a.points, a.messageId, JSON.stringify(a.params ?? {}));
