/**
 * Memoised analyzer and fact checker for simulations: scripted agents repeat their phrases, and
 * both functions are pure, so a repeated text gets the stored result (the same value the
 * function would return). Bounded: a full cache is cleared.
 */
import type { AnalyzeReply, ReplyAnalysis } from '../analysis/types';
import type { FactCheck } from '../buyers/contract';
import type { Fact } from '../scenario/schema';
import type { CheckFacts, SessionDeps } from '../session/deps';

const LIMIT = 20_000;

/**
 * A bounded cache keyed by a path of strings, kept as nested maps: no key is built per lookup,
 * and a string seen before (a phrase, a buyer line) carries its hash already. Full: cleared.
 */
class PathCache<V> {
  private root = new Map<string, unknown>();
  private size = 0;

  get(path: readonly string[]): V | undefined {
    let m: unknown = this.root;
    for (const k of path) {
      m = (m as Map<string, unknown>).get(k);
      if (m === undefined) return undefined;
    }
    return m as V;
  }

  set(path: readonly string[], value: V): void {
    if (this.size >= LIMIT) {
      this.root = new Map();
      this.size = 0;
    }
    let m = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      let next = m.get(path[i]!) as Map<string, unknown> | undefined;
      if (!next) m.set(path[i]!, (next = new Map()));
      m = next;
    }
    m.set(path[path.length - 1]!, value);
    this.size++;
  }
}

/** Wraps an analyzer with a cache keyed by locale, context and text. */
export function memoAnalyze(analyze: AnalyzeReply): AnalyzeReply {
  const cache = new PathCache<ReplyAnalysis>();
  const noContext = '\u0001';
  return (text, locale, context) => {
    const path = [locale, context?.buyerMessage ?? noContext, text];
    let hit = cache.get(path);
    if (!hit) {
      hit = analyze(text, locale, context);
      cache.set(path, hit);
    }
    return hit;
  };
}

/** Wraps a fact checker with a cache keyed by the facts list, locale and text. */
export function memoCheckFacts(check: CheckFacts): CheckFacts {
  const caches = new WeakMap<readonly Fact[], PathCache<FactCheck>>();
  return (text, locale, facts) => {
    let cache = caches.get(facts);
    if (!cache) caches.set(facts, (cache = new PathCache()));
    const path = [locale, text];
    let hit = cache.get(path);
    if (!hit) {
      hit = check(text, locale, facts);
      cache.set(path, hit);
    }
    return hit;
  };
}

const memoized = new WeakMap<SessionDeps, SessionDeps>();

/** The same deps with the analyzer and fact checker memoised (one wrapper per deps object). */
export function memoDeps(deps: SessionDeps): SessionDeps {
  let m = memoized.get(deps);
  if (!m) {
    m = {
      ...deps,
      analyzeReply: memoAnalyze(deps.analyzeReply),
      checkFacts: memoCheckFacts(deps.checkFacts),
    };
    memoized.set(deps, m);
  }
  return m;
}
