/**
 * A direct line from buyer actors to the session that runs them: the session registers one
 * output sink for its actor system, and every buyer spawned in that system hands its outputs to
 * the sink (in the order the machine produces them) instead of sending each one to its parent
 * as an event. A buyer run on its own (no sink) sends to its parent or emits, as before.
 */
import type { BuyerOutput } from './contract';

/** Receives a buyer's outputs, in order. */
export type BuyerOutputSink = (output: BuyerOutput) => void;

const sinks = new WeakMap<object, BuyerOutputSink>();

/** Installs `sink` for every buyer running in the actor system `system`. */
export function setOutputSink(system: object, sink: BuyerOutputSink): void {
  sinks.set(system, sink);
}

/** The sink installed for an actor's system, if any. */
export function outputSinkOf(actor: { system: object }): BuyerOutputSink | undefined {
  return sinks.get(actor.system);
}
