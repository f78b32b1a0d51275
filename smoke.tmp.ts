import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim, POLICIES } from './src/core/sim';
import { scoreSession } from './src/core/scoring';
const files = readdirSync('scenarios').filter(f=>f.endsWith('.json'));
for (const f of files) {
  const r = parseScenario(readFileSync('scenarios/'+f,'utf8'), f); if (!r.ok) continue;
  for (const policy of POLICIES) {
    const out: string[] = [];
    for (const locale of ['zh-CN','en','es'] as const) {
      let min = 100, sum = 0; const N = policy === 'model' ? 20 : 3;
      for (let seed = 1; seed <= N; seed++) { const s = scoreSession(r.scenario, runSim({ scenario: r.scenario, locale, seed, policy }).log).session.scores; min = Math.min(min, s.overall); sum += s.overall; }
      out.push(`${locale}: mean ${(sum/N).toFixed(0)} min ${min}`);
    }
    if (policy === 'model') console.log(f.padEnd(32), policy.padEnd(10), out.join('  '));
  }
}
