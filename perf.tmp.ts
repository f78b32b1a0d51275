import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
import { buildReport } from './src/core/report';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
for (const policy of ['model','curt','silent'] as const) {
  for (let i = 0; i < 50; i++) runSim({ scenario: r.scenario, locale: 'zh-CN', seed: i, policy });
  const n = 300; const t0 = performance.now();
  let entries = 0;
  for (let i = 0; i < n; i++) entries += runSim({ scenario: r.scenario, locale: 'zh-CN', seed: i, policy }).log.length;
  const dt = performance.now() - t0;
  console.log(policy, (n / dt * 1000).toFixed(0), 'sessions/s', (entries/n).toFixed(0), 'entries');
}
const { log } = runSim({ scenario: r.scenario, locale: 'zh-CN', seed: 1, policy: 'model' });
const t1 = performance.now(); for (let i = 0; i < 200; i++) buildReport(r.scenario, log); console.log('report ms', ((performance.now()-t1)/200).toFixed(3));
