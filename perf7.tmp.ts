import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { createSession, defaultDeps, ManualClock } from './src/core/session';
import { SessionRuntime } from './src/core/session/runtime';
import { sessionMachine } from './src/core/session/machine';
import { createActor, createMachine } from 'xstate';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
const idle = createMachine({ initial: 'a', states: { a: {} } });
const deps = { ...defaultDeps, buyerLogic: () => ({ logic: idle }) };
function time(label: string, n: number, f: (i: number) => void) { for (let i=0;i<100;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); const dt=performance.now()-t0; console.log(label, (dt/n*1000).toFixed(0), 'us'); }
time('runtime ctor', 2000, (i) => new SessionRuntime({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', buyerIds: [sc.buyers[0]!.id], clock: new ManualClock(), deps }));
time('createActor(session) no start', 2000, (i) => { const rt = new SessionRuntime({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', buyerIds: [sc.buyers[0]!.id], clock: new ManualClock(), deps }); createActor(sessionMachine, { input: { rt }, clock: rt.clock }); });
time('createActor(session)+start', 2000, (i) => { const rt = new SessionRuntime({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', buyerIds: [sc.buyers[0]!.id], clock: new ManualClock(), deps }); createActor(sessionMachine, { input: { rt }, clock: rt.clock }).start(); });
time('createSession', 2000, (i) => createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps }));
