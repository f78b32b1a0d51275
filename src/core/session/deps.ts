/**
 * What the session needs from its neighbours — the reply analyzer, the fact checker and the
 * buyer machine factory — as one injectable record, so that tests can swap in fakes.
 */
import type { AnyActorLogic } from 'xstate';
import type { AnalyzeReply } from '../analysis/types';
import type { FactCheck } from '../buyers/contract';
import type { Locale } from '../locale';
import type { Rng } from '../random';
import type { Buyer, Fact, Scenario } from '../scenario/schema';
import type { SessionMode } from './contract';

/** Everything a buyer machine is built from. */
export interface BuyerSpawnContext {
  scenario: Scenario;
  buyer: Buyer;
  locale: Locale;
  mode: SessionMode;
  /** The buyer's own generator, forked from the session's seed by buyer id. */
  rng: Rng;
  /** The buyer's own seed (drawn from `rng`), for machines that keep their PRNG in context. */
  seed: number;
}

/** A buyer's actor logic and the input to start it with. */
export interface BuyerSpawn {
  logic: AnyActorLogic;
  input?: unknown;
}

/**
 * Builds one buyer. The logic reports BuyerOutput events to the output sink the session installs
 * for its actor system (buyers/sink.ts), or to its parent (the session) with `sendParent`.
 */
export type BuyerLogicFactory = (ctx: BuyerSpawnContext) => BuyerSpawn;

/** Checks a reply against the product facts in play. */
export type CheckFacts = (text: string, locale: Locale, facts: readonly Fact[]) => FactCheck;

export interface SessionDeps {
  analyzeReply: AnalyzeReply;
  checkFacts: CheckFacts;
  buyerLogic: BuyerLogicFactory;
}
