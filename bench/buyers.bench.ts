/**
 * Buyer machine speed: whole single-buyer conversations per second (a scripted good agent on the
 * session's SimulatedClock, a parent collecting every output; no analyzer, no session log).
 * CPU time of this process (process.cpuUsage), so other load on the machine does not count.
 */
import { createActor, createMachine, SimulatedClock } from 'xstate';
import type { AnyActorRef } from 'xstate';
import { buyerMachine, personaTraits, specFor } from '../src/core/buyers';
import type { BuyerContext, BuyerInput } from '../src/core/buyers';
import { PERSONAS } from '../src/core/scenario/schema';
import type { PersonaId } from '../src/core/scenario/schema';
import { fixture } from '../test/fixtures/buyers/scenario';

function goodReply(ctx: BuyerContext, n: number): BuyerInput {
  const spec = specFor(ctx);
  const flags = [...spec.goodMoves, 'greeting' as const, 'thanks' as const].filter(
    (f) => ctx.persona.angeredBy[f] === undefined,
  );
  if (ctx.stage === 'ordered') flags.push('payment_reminder');
  if (ctx.stage === 'paid') flags.push('farewell');
  return {
    type: 'agent.reply',
    messageId: `m${n}`,
    text: '亲,您好',
    analysis: { flags, spans: {} },
    facts: { stated: [...spec.requiredFacts], wrong: [] },
  };
}

/** One whole conversation; returns the number of buyer outputs. */
const FIXTURES = Object.fromEntries(PERSONAS.map((p) => [p, fixture(p)])) as Record<
  PersonaId,
  ReturnType<typeof fixture>
>;

function converse(persona: PersonaId, seed: number): number {
  const { scenario, buyer } = FIXTURES[persona];
  const clock = new SimulatedClock();
  let outputs = 0;
  const parent = createMachine({
    invoke: {
      id: 'buyer',
      src: buyerMachine,
      input: { buyer, scenario, persona: personaTraits(persona), seed },
    },
    on: { '*': { actions: () => (outputs += 1) } },
  });
  const actor = createActor(parent, { clock }).start();
  const ref = () => actor.getSnapshot().children.buyer as AnyActorRef | undefined;
  let n = 0;
  for (let t = 0; t < 40 * 60_000; t += 1000) {
    clock.increment(1000);
    const child = ref();
    if (!child || child.getSnapshot().status !== 'active') break;
    const value = JSON.stringify(child.getSnapshot().value);
    if (!value.includes('speaking') && t % 4000 === 0)
      child.send(goodReply(child.getSnapshot().context, n++));
  }
  actor.stop();
  return outputs;
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs the buyer benchmarks. */
export async function run(): Promise<Record<string, unknown>> {
  for (const p of PERSONAS) converse(p, 0); // warm-up
  const runs = 700;
  let outputs = 0;
  const ms = cpuMs(() => {
    for (let i = 0; i < runs; i++) outputs += converse(PERSONAS[i % PERSONAS.length]!, i);
  });
  return {
    conversationsPerSecond: Math.round((runs / ms) * 1000),
    msPerConversation: Math.round((ms / runs) * 1000) / 1000,
    outputsPerConversation: Math.round(outputs / runs),
  };
}
