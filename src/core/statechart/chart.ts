/**
 * Reading an XState v5 machine's chart for the compiled runner (compile.ts): its state nodes,
 * transitions, targets, `after` delays and document order as XState parsed them, with each named
 * guard and action bound to its plain function, and which states each transition exits and
 * enters from each leaf (XState's getTransitionDomain / computeExitSet / computeEntrySet for
 * charts of atomic, compound and final states). Anything else is refused here.
 */
import type { AnyStateMachine, EventObject } from 'xstate';

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
  fn: (
    context: unknown,
    event: EventObject,
    params: unknown,
  ) => { context: unknown; outputs: readonly unknown[] };
};
export type Op =
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

export interface Node extends CompiledNode {
  readonly parent: Node | undefined;
  /** The state's key in its parent (`speaking`). */
  readonly key: string;
  initialChild: Node | undefined;
  entry: Op[];
  exit: Op[];
  on: Map<string, Transition[]>;
  always: Transition[];
  /** This node and its ancestors, leaf first. */
  line: Node[];
}

/** What taking a transition from one leaf does. */
export interface Path {
  exit: Node[];
  enter: Node[];
  leaf: Node;
}

export interface Transition {
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
function valueOf(node: Node): StateValue {
  const path = node.line.slice(0, -1).map((n) => n.key);
  if (path.length === 0) return {};
  let value: StateValue = path[0]!;
  for (const key of path.slice(1)) value = { [key]: value };
  return value;
}

/** The functions a chart's names stand for. */
export interface ChartNames {
  guards: Record<string, unknown>;
  actions: Record<string, unknown>;
}

/** A chart read for stepping. */
export interface Chart {
  root: Node;
  /** The machine's start: enter the root and its initial descendants. */
  initial: Transition;
  /** What `t` exits and enters when taken from `leaf` (worked out once, then kept). */
  pathFrom(t: Transition, leaf: Node): Path;
}

/**
 * Reads `machine`'s chart, binding its guard and action names to `names`.
 * @throws when the chart uses something the compiled runner does not run
 */
export function readChart(machine: AnyStateMachine, names: ChartNames): Chart {
  const nodes = new Map<XNode, Node>();
  const xroot = machine.root as unknown as XNode;

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
      key: x.key,
      value: '',
      initialChild: undefined,
      entry: [],
      exit: [],
      on: new Map(),
      always: [],
      line: [],
    };
    node.line = [node, ...(parent ? parent.line : [])];
    nodes.set(x, node);
    for (const child of Object.values(x.states)) build(child, node);
    return node;
  };
  const root = build(xroot, undefined);
  for (const node of nodes.values()) (node as { value: StateValue }).value = valueOf(node);

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
    const fn = names.actions[name] as ActOp['fn'] | undefined;
    if (!fn) throw new Error(`${where}: no action "${name}" in the behaviour`);
    return { kind: 'act', name, params, fn };
  };
  const guardOf = (ref: unknown, where: string): Guard | undefined => {
    if (ref === undefined) return undefined;
    const { name, params } = refOf(ref, where);
    const test = names.guards[name] as Guard['test'] | undefined;
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

  return { root, initial, pathFrom };
}
