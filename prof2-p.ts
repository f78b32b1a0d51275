import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
import { buyerMachine } from './src/core/buyers';
const sc: Scenario[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => {
  const r = parseScenario(readFileSync('scenarios/' + f, 'utf8'), f); if (!r.ok) throw 0; return r.scenario; }).filter((s) => s.buyers.length === 1);
const orig = buyerMachine.transition.bind(buyerMachine);
function buyerTransition(...a: unknown[]) { return (orig as (...x: unknown[]) => unknown)(...a); }
(buyerMachine as { transition: unknown }).transition = buyerTransition;
for (let i = 0; i < 2000; i++) runSim({ scenario: sc[i % sc.length]!, locale: 'zh-CN', seed: i, policy: 'model' });
