/**
 * The compiled buyer (buyers/compiled.ts) against the buyer machine under XState: in lockstep,
 * the same agent events at the same simulated times give the same outputs at the same times,
 * the same state value, status and context after every step — for random agents (fast-check)
 * and for whole conversations with the model agent, for every persona. Outputs here go to a
 * parent actor (no session sink), so this also covers that delivery path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledBuyerLogic } from '../../../src/core/buyers/compiled';
import { PERSONAS } from '../../../src/core/scenario/schema';
import { agentEventArb } from './arbitraries';
import { action, isWaiting, modelAgent, startRun, type Run } from './harness';

/** Both runs agree on everything a session or a test can see. */
function expectSame(xs: Run, compiled: Run): void {
  expect(compiled.outputs).toEqual(xs.outputs);
  expect(compiled.status()).toBe(xs.status());
  expect(compiled.value()).toEqual(xs.value());
  expect(compiled.context()).toEqual(xs.context());
}

describe('compiled buyer = buyer machine', () => {
  it.each(PERSONAS)('%s: any agent, any timing, step for step', (persona) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(
          fc.record({ waitMs: fc.integer({ min: 0, max: 120_000 }), event: agentEventArb }),
          {
            maxLength: 20,
          },
        ),
        fc.boolean(),
        (seed, steps, endIt) => {
          const xs = startRun(persona, seed);
          const compiled = startRun(persona, seed, {}, compiledBuyerLogic);
          expectSame(xs, compiled);
          for (const { waitMs, event } of steps) {
            for (const run of [xs, compiled]) run.clock.increment(waitMs);
            expectSame(xs, compiled);
            for (const run of [xs, compiled]) run.send(event);
            expectSame(xs, compiled);
          }
          for (const run of [xs, compiled])
            if (endIt) run.send({ type: 'session.end' });
            else run.advance(40 * 60_000);
          expectSame(xs, compiled);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(PERSONAS)('%s: whole conversations with the model agent', (persona) => {
    for (const seed of [1, 2, 3, 4]) {
      const xs = startRun(persona, seed);
      const compiled = startRun(persona, seed, {}, compiledBuyerLogic);
      let waited = 0;
      for (let t = 0; t < 40 * 60_000 && xs.status() === 'active'; t += 250) {
        for (const run of [xs, compiled]) run.clock.increment(250);
        waited = isWaiting(xs) ? waited + 250 : 0;
        if (waited >= 3000) {
          // The model agent, then a payment reminder once an order is placed.
          const ctx = xs.context();
          const event = ctx.stage === 'ordered' ? action('paymentReminder') : modelAgent(ctx);
          for (const run of [xs, compiled]) run.send(event);
          waited = 0;
        }
      }
      expectSame(xs, compiled);
      expect(xs.status()).toBe('done');
    }
  });
});
