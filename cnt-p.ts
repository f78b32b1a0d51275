import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { runSim, type Policy } from './src/core/sim';
import { ManualClock } from './src/core/session/clock';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
let timers = 0, cleared = 0;
const st = ManualClock.prototype.setTimeout; ManualClock.prototype.setTimeout = function (...a) { timers++; return st.apply(this, a as never); };
const ct = ManualClock.prototype.clearTimeout; ManualClock.prototype.clearTimeout = function (...a) { cleared++; return ct.apply(this, a as never); };
for (const policy of ['model', 'curt'] as Policy[]) {
  timers = 0; cleared = 0; let entries = 0; const types: Record<string, number> = {};
  const n = 210;
  for (let i = 0; i < n; i++) { const { log } = runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: i, policy }); entries += log.length; for (const e of log) types[e.type] = (types[e.type] ?? 0) + 1; }
  console.log(policy, 'entries/session', entries / n, 'timers', timers / n, 'cleared', cleared / n, Object.fromEntries(Object.entries(types).map(([k, v]) => [k, +(v / n).toFixed(1)])));
}
