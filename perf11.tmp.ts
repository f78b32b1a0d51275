import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { createSession, defaultDeps, ManualClock } from './src/core/session';
import { SessionRuntime } from './src/core/session/runtime';
import { sessionMachine } from './src/core/session/machine';
import { createActor, createMachine } from 'xstate';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
function cpu(label: string, n: number, f: (i: number) => void) {
  for (let i = 0; i < 300; i++) f(i);
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) f(i);
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(44), 'cpu', ((c.user + c.system) / n).toFixed(0), 'us');
}
const idle = createMachine({ initial: 'a', states: { a: {} } });
const deps = { ...defaultDeps, buyerLogic: () => ({ logic: idle }) };
const mk = (i: number) => new SessionRuntime({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', buyerIds: [sc.buyers[0]!.id], clock: new ManualClock(), deps });
cpu('runtime', 3000, (i) => mk(i));
cpu('runtime+createActor', 3000, (i) => { const rt = mk(i); createActor(sessionMachine, { input: { rt }, clock: rt.clock }); });
cpu('runtime+createActor+start', 3000, (i) => { const rt = mk(i); createActor(sessionMachine, { input: { rt }, clock: rt.clock }).start(); });
cpu('createSession', 3000, (i) => createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps }));
cpu('createSession+end', 3000, (i) => createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps }).end());
cpu('trivial createActor+start', 3000, () => createActor(idle).start());
