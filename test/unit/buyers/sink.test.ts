import { createActor, createMachine, SimulatedClock } from 'xstate';
import type { AnyActorRef } from 'xstate';
import { describe, expect, it } from 'vitest';
import { buyerMachine, personaTraits } from '../../../src/core/buyers';
import type { BuyerInput, BuyerOutput } from '../../../src/core/buyers';
import { setOutputSink } from '../../../src/core/buyers/sink';
import type { PersonaId } from '../../../src/core/scenario/schema';
import { fixture } from '../../fixtures/buyers/scenario';

type Timed = BuyerOutput & { at: number };

/** Runs a buyer under a parent; outputs through the parent's events or through a sink. */
function play(persona: PersonaId, viaSink: boolean): { outputs: Timed[]; parentSaw: number } {
  const { scenario, buyer } = fixture(persona);
  const clock = new SimulatedClock();
  const outputs: Timed[] = [];
  let parentSaw = 0;
  const parent = createMachine({
    context: ({ self }) => {
      if (viaSink) setOutputSink(self.system, (o) => outputs.push({ ...o, at: clock.now() }));
      return {};
    },
    invoke: {
      id: 'buyer',
      src: buyerMachine,
      input: { buyer, scenario, persona: personaTraits(persona), seed: 7 },
    },
    on: {
      '*': {
        actions: ({ event }) => {
          if (!event.type.startsWith('buyer.')) return;
          parentSaw += 1;
          outputs.push({ ...(event as BuyerOutput), at: clock.now() });
        },
      },
    },
  });
  const actor = createActor(parent, { clock });
  actor.start();
  const child = () => actor.getSnapshot().children.buyer as AnyActorRef | undefined;
  // Like the session, send only to a buyer still in the chat (a finished actor ignores events).
  const send = (e: BuyerInput) => {
    const buyerActor = child();
    if (buyerActor?.getSnapshot().status === 'active') buyerActor.send(e);
  };
  for (let t = 0; t < 40_000; t += 250) clock.increment(250);
  send({
    type: 'agent.reply',
    messageId: 'm1',
    text: '亲,您好😊',
    analysis: { flags: ['greeting', 'emoji'], spans: {} },
    facts: { stated: [], wrong: [] },
  });
  for (let t = 0; t < 30_000; t += 250) clock.increment(250);
  send({ type: 'agent.action', messageId: 'm2', action: 'freeShipping' });
  for (let t = 0; t < 600_000; t += 1000) clock.increment(1000);
  send({ type: 'session.end' });
  return { outputs, parentSaw };
}

describe('buyer output sink', () => {
  for (const persona of ['hasty', 'greedy', 'cautious'] as PersonaId[]) {
    it(`${persona}: a sink gets the same outputs, in the same order and at the same times`, () => {
      const viaParent = play(persona, false);
      const viaSink = play(persona, true);
      expect(viaParent.outputs.length).toBeGreaterThan(3);
      expect(viaParent.outputs.at(-1)?.type).toBe('buyer.done');
      expect(viaSink.outputs).toEqual(viaParent.outputs);
      // With a sink the parent receives no buyer event at all.
      expect(viaSink.parentSaw).toBe(0);
      expect(viaParent.parentSaw).toBe(viaParent.outputs.length);
    });
  }
});
