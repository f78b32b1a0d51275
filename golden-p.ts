import { readdirSync, readFileSync } from 'node:fs';
import { buildReport, reportJson } from './src/core/report';
import { parseScenario, requireLocale, type Scenario } from './src/core/scenario';
import { runSim, type Policy } from './src/core/sim';
const policies: Policy[] = ['model', 'curt', 'rude', 'slow', 'silent', 'discounter'];
const out: string[] = [];
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort();
let shift: Scenario | undefined;
for (const f of files) {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f);
  if (!r.ok) throw new Error(f);
  if (r.scenario.buyers.length > 1) shift = r.scenario;
  for (const p of policies) for (const seed of [1, 2, 3]) for (const loc of ['zh-CN', 'en']) {
    const l = requireLocale(r.scenario, loc);
    if (!l.ok) { out.push(`${f} ${p} ${seed} ${loc} NOLOCALE`); continue; }
    const { log } = runSim({ scenario: r.scenario, locale: l.locale as never, seed, policy: p });
    out.push(reportJson(buildReport(r.scenario, log)));
    if (process.env.WITH_LOG) out.push(JSON.stringify(log));
  }
}
// extra: 50-buyer crowd like the bench
const s = shift!;
const buyers = Array.from({ length: 50 }, (_, i) => {
  const base = s.buyers[i % s.buyers.length]!;
  return { ...base, id: `${base.id}-${i}`, arrivalSeconds: i * 12 };
});
const crowd: Scenario = { ...s, id: `${s.id}-50`, buyers };
for (const p of ['model', 'curt'] as Policy[]) {
  const { log } = runSim({ scenario: crowd, locale: 'zh-CN', seed: 2, policy: p, maxMs: 600_000 });
  out.push(reportJson(buildReport(crowd, log)));
  out.push(JSON.stringify(log));
}
process.stdout.write(out.join('\n') + '\n');
