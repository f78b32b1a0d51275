/**
 * A compiled runner for an XState v5 machine: the same chart (the machine's own state nodes,
 * transitions, targets, `after` delays and document order, as XState parsed them) and the same
 * behaviour (guards, actions and delays given as plain functions), stepped without XState's
 * general statechart algorithm. Everything that does not depend on the context — which states a
 * transition exits and enters, in which order, what each state's entry and exit do — is worked
 * out once per (transition, active leaf), so a step is a few array walks.
 *
 * It is an XState actor logic: spawned by a machine (or `createActor`), it runs inside the actor
 * system, its delayed transitions go through the system's scheduler on the system's clock, its
 * actions run through the actor's action executor, and its end reaches the parent as
 * `xstate.done.actor.*`, exactly as the machine's would. It follows XState's macrostep
 * (https://www.w3.org/TR/scxml/#microstepProcedure as XState implements it) for the charts it
 * accepts: atomic, compound and final states; guarded, targetless, re-entering and eventless
 * transitions; entry actions; named and numeric `after` delays. A chart with anything else
 * (parallel or history states, invoked actors, wildcard events, actions or guards given inline)
 * is refused when compiled, never run differently.
 *
 * An action returns the whole next context (not a partial update) and its outputs, which the
 * behaviour's `deliver` runs through the actor's action executor. Tests hold the two runners to
 * the same steps: test/unit/statechart/compile.test.ts (a toy chart with every accepted feature),
 * test/unit/buyers/compiled.test.ts (the buyer, lockstep) and test/unit/sim/runtimes.test.ts
 * (whole sessions, byte-identical logs).
 */
import type { ActorLogic, ActorScope, AnyStateMachine, EventObject, Snapshot } from 'xstate';
import {
  readChart,
  type CompiledNode,
  type Node,
  type Op,
  type StateValue,
  type Transition,
} from './chart';

export type { CompiledNode, StateValue } from './chart';

/** What an action does: the next (whole) context, and outputs for `deliver` to run, in order. */
export interface ChartStep<C, X> {
  context: C;
  outputs: readonly X[];
}

/** The behaviour a chart names: guards, actions and delays as plain functions. */
export interface ChartBehaviour<C, E extends EventObject, X> {
  guards: Record<string, (context: C, params: never) => boolean>;
  actions: Record<string, (context: C, event: E, params: never) => ChartStep<C, X>>;
  delays: Record<string, (context: C) => number>;
  /**
   * Runs an action's outputs when the actor executes the action (at once while it runs, after
   * its start for the initial step), as XState runs an action's side effects. One function for
   * every action, so that a step allocates none.
   */
  deliver: (scope: ActorScope<never, E>, outputs: readonly X[]) => void;
}

/** A compiled chart's snapshot: XState's status fields, the state value and the context. */
export type CompiledSnapshot<C, O> = Snapshot<O> & {
  /** The state value, as XState writes it (`{ active: 'speaking' }`, `'paid'`). */
  value: StateValue;
  context: C;
  /** The active atomic state. */
  readonly leaf: CompiledNode;
};

type Status = 'active' | 'done' | 'error' | 'stopped';

type AnyScope = ActorScope<never, EventObject>;

/** Schedules a delayed event after the step, as XState's `raise` with a delay does. */
function executeRaise(scope: AnyScope, p: { event: EventObject; delay: number; id: string }): void {
  scope.defer(() =>
    scope.system.scheduler.schedule(scope.self, scope.self, p.event, p.delay, p.id),
  );
}

/** Cancels a delayed event after the step, as XState's `cancel` does. */
function executeCancel(scope: AnyScope, p: { sendId: string }): void {
  scope.defer(() => scope.system.scheduler.cancel(scope.self, p.sendId));
}

/**
 * Compiles `machine`'s chart with `behaviour` into an XState actor logic.
 * @param machine the machine whose state nodes, transitions and delays are run
 * @param behaviour the plain functions its named guards, actions and delays stand for
 * @throws when the chart uses something this runner does not (see the file comment)
 */
export function compileMachine<C, E extends EventObject, O, X>(
  machine: AnyStateMachine,
  behaviour: ChartBehaviour<C, E, X>,
): ActorLogic<CompiledSnapshot<C, O>, E, unknown> {
  const { root, initial, pathFrom } = readChart(machine, behaviour);
  const contextOf = (machine.config as { context?: unknown }).context;
  const outputOf = (machine.config as { output?: unknown }).output;
  if (typeof contextOf !== 'function') throw new Error('the machine needs a context factory');
  if (outputOf !== undefined && typeof outputOf !== 'function')
    throw new Error('the machine output must be a function');

  /** The mutable state of one macrostep. */
  interface Run {
    leaf: Node;
    context: C;
    status: Status;
    output: O | undefined;
    queue: EventObject[];
  }

  const ops = (
    run: Run,
    list: readonly Op[],
    event: EventObject,
    scope: ActorScope<never, E>,
  ): void => {
    for (const op of list) {
      if (op.kind === 'act') {
        const step = op.fn(run.context, event, op.params) as ChartStep<C, unknown>;
        run.context = step.context;
        if (step.outputs.length > 0)
          scope.actionExecutor({
            type: op.name,
            info: scope as never,
            params: step.outputs as never,
            exec: behaviour.deliver as never,
          });
      } else if (op.kind === 'schedule') {
        const delay =
          typeof op.delay === 'number' ? op.delay : behaviour.delays[op.delay]?.(run.context);
        if (typeof delay !== 'number') run.queue.push(op.event);
        else
          scope.actionExecutor({
            type: 'xstate.raise',
            info: scope as never,
            params: { event: op.event, delay, id: op.id } as never,
            exec: executeRaise as never,
          });
      } else
        scope.actionExecutor({
          type: 'xstate.cancel',
          info: scope as never,
          params: { sendId: op.id } as never,
          exec: executeCancel as never,
        });
    }
  };

  const enabled = (list: readonly Transition[] | undefined, context: C): Transition | undefined => {
    if (!list) return undefined;
    for (const t of list) if (!t.guard || t.guard.test(context, t.guard.params)) return t;
    return undefined;
  };

  const select = (run: Run, type: string): Transition | undefined => {
    for (const n of run.leaf.line) {
      const t = enabled(n.on.get(type), run.context);
      if (t) return t;
    }
    return undefined;
  };

  const selectEventless = (run: Run): Transition | undefined => {
    for (const n of run.leaf.line) {
      const t = enabled(n.always, run.context);
      if (t) return t;
    }
    return undefined;
  };

  const microstep = (
    run: Run,
    t: Transition,
    event: EventObject,
    scope: ActorScope<never, E>,
    isInitial: boolean,
  ): void => {
    const path = pathFrom(t, run.leaf);
    if (!isInitial) for (const n of path.exit) ops(run, n.exit, event, scope);
    ops(run, t.actions, event, scope);
    for (const n of path.enter) {
      ops(run, n.entry, event, scope);
      if (n.type === 'final') {
        const parent = n.parent;
        if (parent) run.queue.push({ type: `xstate.done.state.${parent.id}` });
        if (parent?.parent) continue;
        run.status = 'done';
        if (typeof outputOf === 'function')
          run.output = (outputOf as (a: unknown) => O)({
            context: run.context,
            event: { type: `xstate.done.state.${n.id}`, output: undefined },
            self: scope.self,
          });
      }
    }
    run.leaf = path.leaf;
    if (run.status === 'done') for (const n of path.leaf.line) ops(run, n.exit, event, scope);
  };

  const macrostep = (
    snapshot: CompiledSnapshot<C, O>,
    event: EventObject,
    scope: ActorScope<never, E>,
    initial?: Transition,
  ): CompiledSnapshot<C, O> => {
    const run: Run = {
      leaf: snapshot.leaf as Node,
      context: snapshot.context,
      status: snapshot.status,
      output: snapshot.output as O | undefined,
      queue: [],
    };
    if (initial) microstep(run, initial, event, scope, true);
    else {
      const t = select(run, event.type);
      if (!t && event.type.startsWith('xstate.error.'))
        return {
          ...snapshot,
          status: 'error',
          error: (event as { error?: unknown }).error,
        } as CompiledSnapshot<C, O>;
      if (t) microstep(run, t, event, scope, false);
    }
    // XState's loop: eventless transitions first (while a step changes something), then the
    // internal queue (done events of nested final states, raises without a delay).
    let current = event;
    let eventless = true;
    while (run.status === 'active') {
      const always = eventless ? selectEventless(run) : undefined;
      if (always) {
        const { leaf, context } = run;
        microstep(run, always, current, scope, false);
        eventless = leaf !== run.leaf || context !== run.context || run.status !== 'active';
        continue;
      }
      const next = run.queue.shift();
      if (!next) break;
      current = next;
      const t = select(run, current.type);
      if (t) microstep(run, t, current, scope, false);
      eventless = true;
    }
    if (
      run.leaf === snapshot.leaf &&
      run.context === snapshot.context &&
      run.status === snapshot.status
    )
      return snapshot;
    return snapshotOf(run.leaf, run.context, run.status, run.output);
  };

  const snapshotOf = (
    leaf: Node,
    context: C,
    status: Status,
    output: O | undefined,
  ): CompiledSnapshot<C, O> =>
    ({ status, output, error: undefined, value: leaf.value, context, leaf }) as CompiledSnapshot<
      C,
      O
    >;

  return {
    config: machine,
    transition(snapshot, event, scope) {
      if (event.type === 'xstate.stop')
        return { ...snapshot, status: 'stopped' } as CompiledSnapshot<C, O>;
      if (snapshot.status !== 'active') return snapshot;
      return macrostep(snapshot, event, scope as ActorScope<never, E>);
    },
    getInitialSnapshot(scope, input) {
      const initEvent = { type: 'xstate.init', input };
      const pre = snapshotOf(root, undefined as C, 'active', undefined);
      try {
        const context = (contextOf as (a: unknown) => C)({
          input,
          self: scope.self,
          spawn: () => {
            throw new Error('spawning from context cannot be compiled');
          },
        });
        return macrostep({ ...pre, context }, initEvent, scope as ActorScope<never, E>, initial);
      } catch (error) {
        return { ...pre, status: 'error', error } as CompiledSnapshot<C, O>;
      }
    },
    getPersistedSnapshot(snapshot) {
      const { status, output, error, value, context } = snapshot;
      return { status, output, error, value, context } as never;
    },
  } as ActorLogic<CompiledSnapshot<C, O>, E, unknown>;
}
