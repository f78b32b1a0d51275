import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { createSession } from './src/core/session';
import { runSim } from './src/core/sim';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
function cpu(label: string, n: number, f: (i: number) => void) {
  for (let i = 0; i < 100; i++) f(i);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) f(i);
  const c = process.cpuUsage(c0); const wall = performance.now() - t0;
  console.log(label.padEnd(40), 'cpu', ((c.user + c.system) / 1000 / n).toFixed(3), 'ms  wall', (wall / n).toFixed(3), 'ms');
}
cpu('silent session (no agent)', 1000, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice' }); let d; while (!s.isEnded() && (d = s.nextDue()) !== null) s.advanceTo(d); });
for (const policy of ['silent', 'curt', 'model'] as const) cpu('runSim ' + policy, 500, (i) => runSim({ scenario: sc, locale: 'zh-CN', seed: i, policy }));
