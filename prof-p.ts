import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { runSim, type Policy } from './src/core/sim';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
const policy = (process.env.POL ?? 'model') as Policy;
const n = Number(process.env.N ?? 1500);
const res: number[] = [];
for (let r = 0; r < 4; r++) {
const c0 = process.cpuUsage();
for (let i = 0; i < n; i++) runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: i, policy });
const c = process.cpuUsage(c0);
res.push(Math.round(n / ((c.user + c.system) / 1e6)));
}
console.log(policy, res.join(' '), 'sessions/s cpu');
