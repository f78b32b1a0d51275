/**
 * The buyer machine compiled (statechart/compile.ts): the same chart as `buyerMachine`, with the
 * guards, actions and delays of behaviour.ts called directly. Batch simulation runs it (the
 * sim's default runtime); the workbench and the model-based tests run the XState machine. Tests
 * hold the two to the same log, entry for entry.
 */
import type { ActorScope } from 'xstate';
import { compileMachine, type ChartBehaviour } from '../statechart/compile';
import type { BuyerInput, BuyerOutput } from './contract';
import type { BuyerContext } from './context';
import { buyerDelays, buyerEffects, buyerGuards } from './behaviour';
import { buyerMachine, type BuyerMachineOutput } from './machine';
import { outputSinkOf } from './sink';

/**
 * Delivers an action's outputs in order as the XState machine does: to the session's output sink
 * when one is installed, else to the parent (after the step), else emitted (after the step).
 */
function deliver(scope: ActorScope<never, BuyerInput>, outputs: readonly BuyerOutput[]): void {
  const sink = outputSinkOf(scope.self);
  if (sink) {
    for (const out of outputs) sink(out);
    return;
  }
  const parent = scope.self._parent;
  for (const out of outputs)
    scope.defer(() => (parent ? parent.send(out) : scope.emit(out as never)));
}

const behaviour: ChartBehaviour<BuyerContext, BuyerInput, BuyerOutput> = {
  guards: buyerGuards,
  actions: buyerEffects,
  delays: buyerDelays,
  deliver,
};

/** The buyer as a compiled actor logic: spawn it with the input of `buyerMachine`. */
export const compiledBuyerLogic = compileMachine<
  BuyerContext,
  BuyerInput,
  BuyerMachineOutput,
  BuyerOutput
>(buyerMachine, behaviour);
