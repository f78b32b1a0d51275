import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
import { sessionMachine } from './src/core/session/machine';
import { buyerMachine } from './src/core/buyers';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
const c = { s: 0, b: 0, st: 0, bt: 0 };
for (const [m, k] of [[sessionMachine, 's'], [buyerMachine, 'b']] as const) {
  const orig = m.transition.bind(m);
  (m as { transition: unknown }).transition = (...a: unknown[]) => { c[k]++; const t0 = performance.now(); const r = (orig as (...x: unknown[]) => unknown)(...a); c[(k + 't') as 'st'] += performance.now() - t0; return r; };
}
const n = 700;
for (let i = 0; i < n; i++) runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: i, policy: 'model' });
for (const k in c) c[k as 's'] = 0;
const t0 = performance.now();
for (let i = 0; i < n; i++) runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: 1000 + i, policy: 'model' });
const tot = performance.now() - t0;
console.log('per session µs', (tot / n * 1000).toFixed(0), 'session transitions', c.s / n, 'µs', (c.st / n * 1000).toFixed(0), 'buyer transitions', c.b / n, 'µs', (c.bt / n * 1000).toFixed(0));
