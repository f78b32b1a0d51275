import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { createSession, defaultDeps, ManualClock } from './src/core/session';
import { buyerMachine, personaTraits } from './src/core/buyers';
import { createActor, createMachine, setup, sendParent } from 'xstate';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
function cpu(label: string, n: number, f: (i: number) => void) {
  for (let i = 0; i < 200; i++) f(i);
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) f(i);
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(44), 'cpu', ((c.user + c.system) / n).toFixed(0), 'us');
}
const idle = createMachine({ initial: 'a', states: { a: {} } });
cpu('session idle buyer create+end', 2000, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps: { ...defaultDeps, buyerLogic: () => ({ logic: idle }) } }); s.end(); });
// A chatter buyer: sends 30 events to the parent, one per 1 s timer
const chatter = setup({ types: { context: {} as { n: number } } }).createMachine({ context: { n: 0 }, initial: 'a', states: { a: { after: { 1000: { target: 'a', reenter: true, actions: [sendParent({ type: 'buyer.typing', buyerId: sc.buyers[0]!.id })] } } } } });
cpu('session + 30 buyer events', 1000, (i) => { const s = createSession({ scenario: sc, locale: 'zh-CN', seed: i, mode: 'practice', deps: { ...defaultDeps, buyerLogic: () => ({ logic: chatter }) } }); for (let k = 0; k < 30; k++) s.advance(1000); s.end(); });
cpu('real buyer alone silent', 1000, (i) => {
  const clock = new ManualClock();
  const a = createActor(buyerMachine, { clock, input: { buyer: sc.buyers[0]!, scenario: sc, persona: personaTraits(sc.buyers[0]!.persona), seed: i } });
  a.start();
  while (clock.nextDue() !== null && a.getSnapshot().status === 'active') clock.set(clock.nextDue()!);
});
