import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
for (let i = 0; i < 1500; i++) runSim({ scenario: r.scenario, locale: 'zh-CN', seed: i, policy: 'model' });
