import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { runSim, type Policy } from './src/core/sim';
import { defaultDeps } from './src/core/session';
import { analyzeReply } from './src/core/analysis';
import { checkFacts } from './src/core/analysis/facts';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
let a = 0, f = 0, at = 0, ft = 0;
const deps = { ...defaultDeps, analyzeReply: ((t, l, c) => { a++; const t0 = performance.now(); const r = analyzeReply(t, l, c); at += performance.now() - t0; return r; }) as typeof analyzeReply,
  checkFacts: ((t, l, fs) => { f++; const t0 = performance.now(); const r = checkFacts(t, l, fs); ft += performance.now() - t0; return r; }) as typeof checkFacts };
for (const [n, from] of [[200, 0], [700, 1000], [700, 5000]] as const) {
  a = f = at = ft = 0;
  for (let i = 0; i < n; i++) runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: from + i, policy: 'model', deps });
  console.log(n, 'analyze misses/session', (a / n).toFixed(2), 'µs', (at / n * 1000).toFixed(0), 'facts misses/session', (f / n).toFixed(2), 'µs', (ft / n * 1000).toFixed(0));
}
