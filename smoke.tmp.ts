import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim, POLICIES } from './src/core/sim';
import { buildReport } from './src/core/report';
const files = readdirSync('scenarios').filter(f=>f.endsWith('.json'));
const t0 = Date.now();
for (const f of files) {
  const r = parseScenario(readFileSync('scenarios/'+f,'utf8'), f); if (!r.ok) continue;
  for (const policy of POLICIES) {
    const out: string[] = [];
    for (const locale of ['zh-CN','en','es'] as const) {
      const { log } = runSim({ scenario: r.scenario, locale, seed: 1, policy });
      const rep = buildReport(r.scenario, log);
      const s = rep.session.scores;
      out.push(`${locale}:${s.responseTime}/${s.courtesy}/${s.objectionHandling}/${s.closing}=${s.overall}(${rep.buyers.map(b=>b.outcome).join(',')})`);
    }
    console.log(f.padEnd(32), policy.padEnd(10), out.join('  '));
  }
}
console.log('ms', Date.now()-t0);
