/**
 * Test harness: runs one buyer machine under a parent actor that collects every output, on
 * XState's SimulatedClock, with scripted agents that answer from the buyer's own state.
 */
import { createActor, createMachine, SimulatedClock } from 'xstate';
import type { AnyActorLogic, AnyActorRef } from 'xstate';
import type { Flag } from '../../../src/core/analysis/flags';
import { buyerMachine, personaTraits, specFor } from '../../../src/core/buyers';
import type {
  BuyerContext,
  BuyerInput,
  BuyerOutput,
  PersonaTraits,
} from '../../../src/core/buyers';
import type { Buyer, PersonaId, Scenario } from '../../../src/core/scenario/schema';
import { fixture } from '../../fixtures/buyers/scenario';

/** An output with the simulated time it arrived at. */
export type Timed = BuyerOutput & { at: number };

/** A running buyer under a collecting parent. */
export interface Run {
  clock: SimulatedClock;
  outputs: Timed[];
  buyer: () => AnyActorRef;
  context: () => BuyerContext;
  status: () => string;
  value: () => unknown;
  send: (event: BuyerInput) => void;
  advance: (ms: number) => void;
}

let nextId = 0;

/** Starts a buyer of `persona` on the fixture scenario (optionally with changed traits). */
export function startRun(
  persona: PersonaId,
  seed = 1,
  traits: Partial<PersonaTraits> = {},
  logic: AnyActorLogic = buyerMachine,
): Run {
  const { scenario, buyer } = fixture(persona);
  return startBuyer(scenario, buyer, seed, traits, logic);
}

/**
 * Starts one scenario buyer under a collecting parent on a SimulatedClock: the buyer machine, or
 * another logic built from the same input (the compiled buyer).
 */
export function startBuyer(
  scenario: Scenario,
  buyer: Buyer,
  seed = 1,
  traits: Partial<PersonaTraits> = {},
  logic: AnyActorLogic = buyerMachine,
): Run {
  const persona = buyer.persona;
  const clock = new SimulatedClock();
  const outputs: Timed[] = [];
  const parent = createMachine({
    invoke: {
      id: 'buyer',
      src: logic,
      input: { buyer, scenario, persona: { ...personaTraits(persona), ...traits }, seed },
    },
    on: {
      '*': {
        actions: ({ event }) => {
          if (event.type.startsWith('buyer.'))
            outputs.push({ ...(event as BuyerOutput), at: clock.now() });
        },
      },
    },
  });
  const actor = createActor(parent, { clock }).start();
  const buyerRef = () => actor.getSnapshot().children.buyer as AnyActorRef;
  const snap = () => buyerRef().getSnapshot();
  return {
    clock,
    outputs,
    buyer: buyerRef,
    context: () => snap().context as BuyerContext,
    status: () => snap().status as string,
    value: () => snap().value,
    send: (event) => buyerRef().send(event),
    advance: (ms) => {
      for (let t = 0; t < ms; t += 250) clock.increment(Math.min(250, ms - t));
    },
  };
}

/** An agent.reply event with the given flags and stated facts. */
export function reply(
  flags: Flag[],
  stated: string[] = [],
  wrong: string[] = [],
  text = '亲,您好',
): BuyerInput {
  nextId += 1;
  return {
    type: 'agent.reply',
    messageId: `m${nextId}`,
    text,
    analysis: { flags: [...new Set(flags)], spans: {} },
    facts: { stated, wrong },
  };
}

/** An agent.action event. */
export function action(
  name: Extract<BuyerInput, { type: 'agent.action' }>['action'],
  params?: { amount?: number },
): BuyerInput {
  nextId += 1;
  return {
    type: 'agent.action',
    messageId: `a${nextId}`,
    action: name,
    ...(params ? { params } : {}),
  };
}

/**
 * A model agent: the spec's good moves, pleasing flags and facts; while bargaining, the ladder of
 * seed 004 as actions (free shipping, then a gift, then a discount within authority).
 */
export function modelAgent(ctx: BuyerContext): BuyerInput {
  if (ctx.stage === 'bargaining') {
    if (!ctx.deal.freeShipping) return action('freeShipping');
    if (ctx.deal.giftIds.length === 0) return action('gift');
    if (!ctx.deal.concessions.includes('discount')) return action('discount', { amount: 5 });
  }
  return modelReply(ctx);
}

/** The reply a model agent gives the buyer now: the spec's good moves, pleasing flags, facts. */
export function modelReply(ctx: BuyerContext): BuyerInput {
  const spec = specFor(ctx);
  const p = ctx.persona;
  const pleasing = (Object.keys(p.pleasedBy) as Flag[]).filter(
    (f) => !['discount_offer', 'gift_offer', 'free_shipping', 'closing_push'].includes(f),
  );
  let flags: Flag[] = [
    ...spec.goodMoves.filter((f) => !['discount_offer', 'gift_offer', 'free_shipping'].includes(f)),
    ...pleasing,
  ];
  if (ctx.stage === 'ordered') flags.push('payment_reminder');
  if (ctx.stage === 'paid') flags.push('farewell', 'thanks');
  flags = flags.filter((f) => p.angeredBy[f] === undefined);
  return reply(flags.length > 0 ? flags : ['greeting'], [...spec.requiredFacts]);
}

/** The active sub-state's name ("speaking", "waiting", "awaitingPayment"...), or undefined when done. */
export function activeState(run: Run): string | undefined {
  const v = run.value();
  if (typeof v !== 'object' || v === null) return undefined;
  const a = (v as { active?: unknown }).active;
  return typeof a === 'string' ? a : a && typeof a === 'object' ? Object.keys(a)[0] : undefined;
}

/** True when the buyer is not typing and not done (the agent may answer). */
export function isWaiting(run: Run): boolean {
  const a = activeState(run);
  return a !== undefined && a !== 'speaking' && a !== 'route';
}

/** Plays a whole conversation with `agent` answering every wait after `delayMs`. */
export function play(
  run: Run,
  agent: (ctx: BuyerContext) => BuyerInput | undefined,
  delayMs = 3000,
  limitMs = 30 * 60_000,
  until: (ctx: BuyerContext) => boolean = () => false,
): void {
  let waitingSince = -1;
  for (let t = 0; t < limitMs && run.status() === 'active' && !until(run.context()); t += 250) {
    run.clock.increment(250);
    if (run.status() !== 'active' || until(run.context())) break;
    if (!isWaiting(run)) {
      waitingSince = -1;
      continue;
    }
    if (waitingSince < 0) waitingSince = t;
    if (t - waitingSince >= delayMs) {
      const ev = agent(run.context());
      if (ev) run.send(ev);
      waitingSince = -1;
    }
  }
}

/** Outputs of one type. */
export function ofType<T extends BuyerOutput['type']>(
  outputs: Timed[],
  type: T,
): Array<Extract<Timed, { type: T }>> {
  return outputs.filter((o): o is Extract<Timed, { type: T }> => o.type === type);
}
