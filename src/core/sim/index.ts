/** Scripted agents and the simulation runner (the `sim` CLI, the balance test and the bench). */
export { POLICIES, isPolicy, ScriptedAgent, type Policy } from './agent';
export { runSim, DEFAULT_MAX_MS, type SimOptions } from './run';
export { composeModelReply, phraseParams, type ComposeContext, type ModelReply } from './compose';
export { Observer, type BuyerSeen, type SeenLine } from './observe';
export { PHRASES, type LocalePhrases, type PhraseParams } from './phrases';
export { BUYER_RUNTIMES, compiledDeps, depsFor, type BuyerRuntime } from './runtimes';
