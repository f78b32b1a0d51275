import { readFileSync } from 'node:fs';
import { parseScenario } from './src/core/scenario';
import { runSim } from './src/core/sim';
import { createActor } from 'xstate';
import { buyerMachine, personaTraits } from './src/core/buyers';
import { ManualClock } from './src/core/session';
const r = parseScenario(readFileSync('scenarios/hasty-power-bank.json','utf8'), 'x'); if (!r.ok) throw 1;
const sc = r.scenario;
function time(label: string, n: number, f: (i: number) => void) { for (let i=0;i<50;i++) f(i); const t0=performance.now(); for (let i=0;i<n;i++) f(i); const dt=performance.now()-t0; console.log(label, (dt/n).toFixed(3), 'ms'); }
time('runSim silent', 300, (i) => runSim({ scenario: sc, locale: 'zh-CN', seed: i, policy: 'silent' }));
time('buyer actor alone, run to end', 300, (i) => {
  const clock = new ManualClock();
  const a = createActor(buyerMachine, { clock, input: { buyer: sc.buyers[0]!, scenario: sc, persona: personaTraits(sc.buyers[0]!.persona), seed: i } });
  let n = 0; a.subscribe(() => n++); a.start();
  while (clock.nextDue() !== null && a.getSnapshot().status === 'active') clock.set(clock.nextDue()!);
});
time('createActor only', 300, (i) => { createActor(buyerMachine, { clock: new ManualClock(), input: { buyer: sc.buyers[0]!, scenario: sc, persona: personaTraits(sc.buyers[0]!.persona), seed: i } }).start(); });
import { fakeDeps, loadFixture } from './test/fixtures/session/deps';
const fx = loadFixture();
time('runSim silent fake buyer (1 buyer)', 300, (i) => runSim({ scenario: fx, locale: 'zh-CN', seed: i, policy: 'silent', deps: fakeDeps, buyerIds: ['b1'] }));
time('fake buyer alone', 300, (i) => {
  const clock = new ManualClock();
  const logic = fakeDeps.buyerLogic({ scenario: fx, buyer: fx.buyers[0]!, locale: 'zh-CN', mode: 'shift', rng: null as never, seed: i });
  const a = createActor(logic.logic, { clock }); a.start();
  while (clock.nextDue() !== null && a.getSnapshot().status === 'active') clock.set(clock.nextDue()!);
});
