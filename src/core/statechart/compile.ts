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

/** A state value: a state's key, or an object from a compound state's key to its child's value. */
export type StateValue = string | { [key: string]: StateValue };

/** The part of an XState state node that compiling reads. */
interface XNode {
  id: string;
  key: string;
  order: number;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  parent?: XNode;
  states: Record<string, XNode>;
  initial: { target: XNode[]; actions: unknown[] };
  entry: unknown[];
  exit: unknown[];
  invoke: unknown[];
  output?: unknown;
  transitions: Map<string, XTransition[]>;
  always?: XTransition[];
}

interface XTransition {
  source: XNode;
  target?: XNode[];
  reenter: boolean;
  guard?: unknown;
  actions: unknown[];
}

type Guard = { test: (context: unknown, params: unknown) => boolean; params: unknown };

/** One thing done on entry, exit or along a transition. */
type ActOp = {
  kind: 'act';
  name: string;
  params: unknown;
  fn: (context: unknown, event: EventObject, params: unknown) => ChartStep<unknown, unknown>;
};
type Op =
  | ActOp
  | { kind: 'schedule'; event: EventObject; id: string; delay: string | number }
  | { kind: 'cancel'; id: string };

/** A state of the compiled chart. */
export interface CompiledNode {
  readonly id: string;
  readonly order: number;
  readonly type: 'atomic' | 'compound' | 'final';
  readonly parent: CompiledNode | undefined;
  /** The value of the configuration whose leaf this is. */
  readonly value: StateValue;
}

interface Node extends CompiledNode {
  readonly parent: Node | undefined;
  initialChild: Node | undefined;
  entry: Op[];
  exit: Op[];
  on: Map<string, Transition[]>;
  always: Transition[];
  /** This node and its ancestors, leaf first. */
  line: Node[];
}

/** What taking a transition from one leaf does. */
interface Path {
  exit: Node[];
  enter: Node[];
  leaf: Node;
}

interface Transition {
  source: Node;
  targets: Node[] | undefined;
  reenter: boolean;
  guard: Guard | undefined;
  actions: Op[];
  paths: Map<Node, Path>;
}

/** An action or guard reference in a chart: a name, or `{ type, params }`. */
function refOf(ref: unknown, where: string): { name: string; params: unknown } {
  if (typeof ref === 'string') return { name: ref, params: undefined };
  if (ref && typeof ref === 'object' && typeof (ref as { type?: unknown }).type === 'string') {
    const { type, params } = ref as { type: string; params?: unknown };
    if (typeof params === 'function') throw new Error(`${where}: params given as a function`);
    return { name: type, params };
  }
  throw new Error(`${where}: only named actions and guards can be compiled`);
}

function isDescendant(node: Node, of: Node | undefined): boolean {
  let m = node;
  while (m.parent && m.parent !== of) m = m.parent;
  return m.parent === of;
}

function properAncestors(node: Node, to: Node | undefined): Node[] {
  const out: Node[] = [];
  if (to === node) return out;
  for (let m = node.parent; m && m !== to; m = m.parent) out.push(m);
  return out;
}

/** XState's transition domain (getTransitionDomain), for charts without history states. */
function domainOf(t: Transition, root: Node): Node | undefined {
  const targets = t.targets ?? [];
  if (!t.reenter && targets.every((x) => x === t.source || isDescendant(x, t.source)))
    return t.source;
  const [head, ...tail] = [...targets, t.source];
  for (const anc of properAncestors(head!, undefined))
    if (tail.every((n) => isDescendant(n, anc))) return anc;
  return t.reenter ? undefined : root;
}

/** The states a transition exits and enters from the configuration `line` (leaf first). */
function pathOf(t: Transition, line: Node[], root: Node): Path {
  if (!t.targets?.length) return { exit: [], enter: [], leaf: line[0]! };
  const domain = domainOf(t, root);
  const exit = new Set<Node>();
  if (t.reenter && t.source === domain && domain) exit.add(domain);
  for (const n of line) if (isDescendant(n, domain)) exit.add(n);
  const enter = new Set<Node>();
  const addDescendants = (s: Node): void => {
    if (s.type !== 'compound') return;
    const init = s.initialChild!;
    enter.add(init);
    addDescendants(init);
  };
  for (const s of t.targets) {
    if (t.source !== s || t.source !== domain || t.reenter) enter.add(s);
    addDescendants(s);
  }
  const reentrancy = !t.source.parent && t.reenter ? undefined : domain;
  for (const s of t.targets)
    for (const anc of properAncestors(s, domain))
      if (!reentrancy || isDescendant(anc, reentrancy)) enter.add(anc);
  const kept = line.filter((n) => !exit.has(n));
  const after = [...kept, ...enter];
  const leaf = after.find((n) => !after.some((m) => m.parent === n));
  if (!leaf) throw new Error(`a transition from ${t.source.id} leaves no active state`);
  return {
    exit: [...exit].sort((a, b) => b.order - a.order),
    enter: [...enter].sort((a, b) => a.order - b.order),
    leaf,
  };
}

/** State value of the configuration whose leaf is `node` (`{ active: 'speaking' }`, `'paid'`). */
function valueOf(node: Node, keys: ReadonlyMap<Node, string>): StateValue {
  const path = node.line.slice(0, -1).map((n) => keys.get(n)!);
  if (path.length === 0) return {};
  let value: StateValue = path[0]!;
  for (const key of path.slice(1)) value = { [key]: value };
  return value;
}

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
  const nodes = new Map<XNode, Node>();
  const keys = new Map<Node, string>();
  const xroot = machine.root as unknown as XNode;
  const contextOf = (machine.config as { context?: unknown }).context;
  const outputOf = (machine.config as { output?: unknown }).output;
  if (typeof contextOf !== 'function') throw new Error('the machine needs a context factory');
  if (outputOf !== undefined && typeof outputOf !== 'function')
    throw new Error('the machine output must be a function');

  const build = (x: XNode, parent: Node | undefined): Node => {
    if (x.type === 'parallel' || x.type === 'history')
      throw new Error(`${x.id}: ${x.type} states cannot be compiled`);
    if (x.invoke.length > 0) throw new Error(`${x.id}: invoked actors cannot be compiled`);
    if (x.type === 'final' && x.output !== undefined)
      throw new Error(`${x.id}: final state output cannot be compiled`);
    const node: Node = {
      id: x.id,
      order: x.order,
      type: x.type,
      parent,
      value: '',
      initialChild: undefined,
      entry: [],
      exit: [],
      on: new Map(),
      always: [],
      line: [],
    };
    keys.set(node, x.key);
    node.line = [node, ...(parent ? parent.line : [])];
    nodes.set(x, node);
    for (const child of Object.values(x.states)) build(child, node);
    return node;
  };
  const root = build(xroot, undefined);
  for (const node of nodes.values()) (node as { value: StateValue }).value = valueOf(node, keys);

  const opOf = (ref: unknown, where: string): Op => {
    if (typeof ref === 'function') {
      const f = ref as {
        type?: string;
        event?: unknown;
        id?: string;
        delay?: unknown;
        sendId?: unknown;
      };
      if (
        f.type === 'xstate.raise' &&
        f.event &&
        typeof f.event === 'object' &&
        typeof f.id === 'string'
      ) {
        if (typeof f.delay !== 'string' && typeof f.delay !== 'number')
          throw new Error(`${where}: only delayed raises (after) can be compiled`);
        return { kind: 'schedule', event: f.event as EventObject, id: f.id, delay: f.delay };
      }
      if (f.type === 'xstate.cancel' && typeof f.sendId === 'string')
        return { kind: 'cancel', id: f.sendId };
      throw new Error(`${where}: only named actions and after delays can be compiled`);
    }
    const { name, params } = refOf(ref, where);
    const fn = behaviour.actions[name] as ActOp['fn'] | undefined;
    if (!fn) throw new Error(`${where}: no action "${name}" in the behaviour`);
    return { kind: 'act', name, params, fn };
  };
  const guardOf = (ref: unknown, where: string): Guard | undefined => {
    if (ref === undefined) return undefined;
    const { name, params } = refOf(ref, where);
    const test = behaviour.guards[name] as Guard['test'] | undefined;
    if (!test) throw new Error(`${where}: no guard "${name}" in the behaviour`);
    return { test, params };
  };
  const transitionOf = (t: XTransition, where: string): Transition => ({
    source: nodes.get(t.source)!,
    targets: t.target?.map((x) => {
      const n = nodes.get(x);
      if (!n) throw new Error(`${where}: target ${x.id} is not in the chart`);
      return n;
    }),
    reenter: t.reenter,
    guard: guardOf(t.guard, where),
    actions: t.actions.map((a) => opOf(a, where)),
    paths: new Map(),
  });

  for (const [x, node] of nodes) {
    if (x.type === 'compound') {
      if (x.initial.actions.length > 0)
        throw new Error(`${x.id}: initial actions cannot be compiled`);
      node.initialChild = nodes.get(x.initial.target[0]!);
    }
    node.entry = x.entry.map((a) => opOf(a, `${x.id} entry`));
    node.exit = x.exit.map((a) => opOf(a, `${x.id} exit`));
    for (const [type, list] of x.transitions) {
      if (type.includes('*')) throw new Error(`${x.id}: wildcard events cannot be compiled`);
      node.on.set(
        type,
        list.map((t) => transitionOf(t, `${x.id} on ${type}`)),
      );
    }
    node.always = (x.always ?? []).map((t) => transitionOf(t, `${x.id} always`));
  }

  const pathFrom = (t: Transition, leaf: Node): Path => {
    let p = t.paths.get(leaf);
    if (!p) t.paths.set(leaf, (p = pathOf(t, leaf.line, root)));
    return p;
  };

  const initial: Transition = {
    source: root,
    targets: [root],
    reenter: true,
    guard: undefined,
    actions: [],
    paths: new Map(),
  };

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
    const path = isInitial ? pathFrom(t, root) : pathFrom(t, run.leaf);
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
    let current = event;
    let eventless = true;
    while (run.status === 'active') {
      let t: Transition | undefined = eventless ? selectEventless(run) : undefined;
      const before: { leaf: Node; context: C } | undefined = t
        ? { leaf: run.leaf, context: run.context }
        : undefined;
      if (!t) {
        const next = run.queue.shift();
        if (!next) break;
        current = next;
        t = select(run, current.type);
      }
      if (t) microstep(run, t, current, scope, false);
      eventless =
        !before ||
        before.leaf !== run.leaf ||
        before.context !== run.context ||
        run.status !== 'active';
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
