/** fast-check arbitraries for what an agent may send a buyer: any reply (any flags), any action. */
import fc from 'fast-check';
import { FLAGS } from '../../../src/core/analysis/flags';
import type { Flag } from '../../../src/core/analysis/flags';
import type { BuyerInput } from '../../../src/core/buyers';
import { AGENT_ACTIONS } from '../../../src/core/session/contract';

const replyArb = fc.record({
  type: fc.constant('agent.reply' as const),
  messageId: fc.string({ maxLength: 4 }),
  text: fc.string({ maxLength: 120 }),
  analysis: fc.record({
    flags: fc.uniqueArray(fc.constantFrom(...FLAGS), { maxLength: 6 }).map((f) => f as Flag[]),
    spans: fc.constant({}),
  }),
  facts: fc.record({
    stated: fc.subarray(['stage', 'other']),
    wrong: fc.subarray(['stage', 'other'], { maxLength: 1 }),
  }),
});
const actionArb = fc.record({
  type: fc.constant('agent.action' as const),
  messageId: fc.string({ maxLength: 4 }),
  action: fc.constantFrom(...AGENT_ACTIONS),
  params: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 300 }) }), { nil: undefined }),
});
/** Any agent event: a reply or a workbench action. */
export const agentEventArb = fc.oneof(replyArb, actionArb) as fc.Arbitrary<BuyerInput>;
