/**
 * Property test (fast-check): whatever the agent does and whenever, a buyer never throws, sends
 * exactly one buyer.done as its last output, ends in one of the five outcomes when the session
 * ends, keeps its gauges in 0..100, and reports orders in order (placed before paid).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/core/scenario/schema';
import { agentEventArb } from './arbitraries';
import { ofType, startRun } from './harness';

const stepArb = fc.record({
  waitMs: fc.integer({ min: 0, max: 90_000 }),
  event: agentEventArb,
});

describe('buyer machine properties', () => {
  it.each(PERSONAS)('%s: any agent, any timing, ends well-formed', (persona) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(stepArb, { maxLength: 25 }),
        (seed, steps) => {
          const run = startRun(persona, seed);
          for (const { waitMs, event } of steps) {
            if (run.status() !== 'active') break;
            run.clock.increment(waitMs);
            if (run.status() !== 'active') break;
            run.send(event);
          }
          if (run.status() === 'active') run.send({ type: 'session.end' });
          expect(run.status()).toBe('done');
          const done = ofType(run.outputs, 'buyer.done');
          expect(done).toHaveLength(1);
          expect(run.outputs.at(-1)?.type).toBe('buyer.done');
          expect(['paid', 'unpaid', 'left', 'leftAngry', 'complaint']).toContain(done[0]!.outcome);
          for (const g of ofType(run.outputs, 'buyer.gauges')) {
            for (const v of Object.values(g.gauges)) expect(v >= 0 && v <= 100).toBe(true);
          }
          const statuses = ofType(run.outputs, 'buyer.order').map((o) => o.status);
          expect(['', 'placed', 'placed,paid']).toContain(statuses.join(','));
          if (done[0]!.outcome === 'paid') expect(statuses).toEqual(['placed', 'paid']);
          if (done[0]!.outcome === 'unpaid') expect(statuses).toEqual(['placed']);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
