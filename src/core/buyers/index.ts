/**
 * Buyer bots (issue 3, DESIGN.md "Buyer bots"): persona traits as data and ONE XState v5 machine
 * factory for every persona.
 *
 * How the session uses it (stable exports):
 * - `buyerMachine` (or `createBuyerMachine()`): spawn with input
 *   `{ buyer, scenario, persona: personaTraits(buyer.persona), seed }` (BuyerMachineInput). The
 *   buyer's scenario `traits` overrides are merged in by the machine (mergeTraits is idempotent).
 *   Run the session's actor system on the session clock (SimulatedClock in Node): every buyer
 *   timer is an XState `after` delay.
 * - Send it BuyerInput events (contract.ts): `agent.reply` (with the analyzer's flags and the fact
 *   check), `agent.action` (workbench actions), `session.end`. Every event is handled in every
 *   non-final state.
 * - It hands its outputs to the output sink of its actor system when one is installed
 *   (`setOutputSink`, sink.ts: the session installs one, so outputs reach its log without a
 *   session-machine event each); otherwise it sends them to its parent with `sendParent`, or
 *   emits them when it has no parent. The BuyerOutput events: `buyer.typing`, `buyer.say`
 *   (lineId + `source`: "scenario" line id, or "bank" = key of the "buyer" i18n namespace, see
 *   BUYER_LINE_KEYS), `buyer.judged` (grade good/weak/bad with machine-readable reasons),
 *   `buyer.gauges` (with mood), `buyer.patienceWarning`, `buyer.order` (placed/paid, with
 *   price, discount, listPrice, beyondAuthority...), and finally `buyer.done` with the outcome.
 * - A snapshot's `context` (BuyerContext) holds gauges, stage, beatIndex, deal; the final state's
 *   name is the outcome, and the machine's output is `{ buyerId, outcome }`.
 *
 * Workbench action params: `discount.amount` = money off the unit price (default: the agent's
 * whole authority); `modifyPrice.amount` = the new unit price; `coupon.couponId` / `gift.giftId`
 * pick a shop coupon / gift (default the first that applies). A concession in words (a reply
 * flagged free_shipping / gift_offer) takes effect too; money off needs an action.
 *
 * `buyer.judged`: `beatId` is the scenario beat in play, or a pseudo-beat: "opening" (before the
 * first question), the previous beat's id (between beats), "offTopic" (the chatty buyer drifted),
 * "hesitation" (all beats done, not yet convinced), "payment" (ordering / ordered), "farewell"
 * (paid), "leaving". `reasons` use these prefixes: `goodMove:F`, `badMove:F`, `pleasedBy:F`,
 * `angeredBy:F`, `tone:F` (a negative flag the persona does not weigh), `fact:stated|missing|
 * wrong:ID`, `irrelevant`, `tooLong`, `action:NAME`, `action:productCard:fits`,
 * `concession:KIND` / `concession:unasked` / `concession:verbal:discount` /
 * `concession:repeat:KIND`, `discount:beyondAuthority`, `ladder:inOrder` /
 * `ladder:skipped:freeShipping|gift`, `escalate:beyondAuthority`, `payment:reminded` /
 * `payment:noOrder`, `afterExit`; plus gift:none, coupon:none, coupon:minSpend:ID,
 * discount:none, modifyPrice:noAmount|notLower.
 *
 * Timing: the buyer types each line (persona reading time + length / typing speed, ±15%), waits
 * for the agent with follow-ups and a patience warning, and leaves at its maximum wait; a paid
 * buyer lingers LINGER_MS for a farewell; an unpaid order ends as "unpaid" after
 * UNPAID_GIVE_UP_MS, or at session.end.
 */
export * from './contract';
export { setOutputSink, outputSinkOf } from './sink';
export type { BuyerOutputSink } from './sink';
export { BUYER_LINE_KEYS, BUYER_LINE_LENGTHS, isBuyerLineKey, buyerLineI18nKey } from './lineBank';
export type { BuyerLineKey } from './lineBank';
export { PERSONA_TRAITS, personaTraits } from './personas';
export { mergeTraits } from './traits';
export type {
  PersonaTraits,
  TraitOverrides,
  BargainLadder,
  LadderAsk,
  LadderAskKind,
  WaitingTraits,
} from './traits';
export {
  buyerMachine,
  createBuyerMachine,
  LINGER_MS,
  UNPAID_GIVE_UP_MS,
  REMINDED_PAY_MS,
} from './machine';
export type { BuyerMachine, BuyerMachineOutput } from './machine';
export type { BuyerContext, BuyerMachineInput, PendingLine, Stage } from './context';
export { initialContext, moodOf } from './context';
export { judgeReply, ACTION_FLAGS, CONTENT_FLAGS, SEVERE_FLAGS, WARM_FLAGS } from './judge';
export type { BeatSpec, Judgement, JudgeInput } from './judge';
export {
  createDeal,
  applyConcession,
  authorityLimit,
  isBeyondAuthority,
  orderFigures,
  ladderOrderReasons,
} from './ladder';
export type { Deal, ConcessionKind, OrderFigures } from './ladder';
export { reactToReply, reactToAction } from './react';
export { specFor, currentBeat } from './spec';
export { tickWait, nextWaitTick, sayNext } from './timeline';
export type { Reaction, AgentResponse } from './outputs';
