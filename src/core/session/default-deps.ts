/**
 * The session's real neighbours: the reply analyzer and fact checker (src/core/analysis) and the
 * buyer machine (src/core/buyers), started with the buyer's persona traits and seed.
 */
import { analyzeReply } from '../analysis';
import { checkFacts } from '../analysis/facts';
import { buyerMachine, personaTraits } from '../buyers';
import type { BuyerMachineInput } from '../buyers';
import type { SessionDeps } from './deps';

export const defaultDeps: SessionDeps = {
  analyzeReply,
  checkFacts,
  buyerLogic: (ctx) => {
    const input: BuyerMachineInput = {
      buyer: ctx.buyer,
      scenario: ctx.scenario,
      persona: personaTraits(ctx.buyer.persona),
      seed: ctx.seed,
    };
    return { logic: buyerMachine, input };
  },
};
