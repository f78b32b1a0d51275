/**
 * The two ways a simulated session can run its buyers: `xstate` spawns the buyer machine
 * (buyerMachine, as the workbench does), `compiled` spawns the same chart compiled
 * (compiledBuyerLogic, buyers/compiled.ts), which steps several times faster. Both write the
 * same log; batch simulation uses `compiled` unless told otherwise.
 */
import { compiledBuyerLogic } from '../buyers/compiled';
import { defaultDeps } from '../session/default-deps';
import type { SessionDeps } from '../session/deps';

/** How buyers run in a simulated session. */
export type BuyerRuntime = 'compiled' | 'xstate';

/** The runtimes, default first. */
export const BUYER_RUNTIMES: readonly BuyerRuntime[] = ['compiled', 'xstate'];

/** The real analyzer and fact checker with the compiled buyer. */
export const compiledDeps: SessionDeps = {
  ...defaultDeps,
  buyerLogic: (ctx) => ({ ...defaultDeps.buyerLogic(ctx), logic: compiledBuyerLogic }),
};

/** The session deps of a runtime. */
export function depsFor(runtime: BuyerRuntime): SessionDeps {
  return runtime === 'xstate' ? defaultDeps : compiledDeps;
}
