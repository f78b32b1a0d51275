import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { defaultDeps, ManualClock } from './src/core/session';
import { SessionRuntime } from './src/core/session/runtime';
import { sessionMachine } from './src/core/session/machine';
import { createActor, createMachine } from 'xstate';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
const idle = createMachine({ initial: 'a', states: { a: {} } });
const deps = { ...defaultDeps, buyerLogic: () => ({ logic: idle }) };
for (let i = 0; i < 5000; i++) { const rt = new SessionRuntime({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', buyerIds: [sc.buyers[0]!.id], clock: new ManualClock(), deps }); createActor(sessionMachine, { input: { rt }, clock: rt.clock }); }
