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

/** Wraps an analyzer with a cache keyed by locale, text and context. */
export function memoAnalyze(analyze: AnalyzeReply): AnalyzeReply {
  const cache = new Map<string, ReplyAnalysis>();
  return (text, locale, context) => {
    const key = `${locale}\u0000${text}\u0000${context?.buyerMessage ?? '\u0001'}`;
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= LIMIT) cache.clear();
      hit = analyze(text, locale, context);
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Wraps a fact checker with a cache keyed by the facts list, locale and text. */
export function memoCheckFacts(check: CheckFacts): CheckFacts {
  const caches = new WeakMap<readonly Fact[], Map<string, FactCheck>>();
  return (text, locale, facts) => {
    let cache = caches.get(facts);
    if (!cache) caches.set(facts, (cache = new Map()));
    const key = `${locale}\u0000${text}`;
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= LIMIT) cache.clear();
      hit = check(text, locale, facts);
      cache.set(key, hit);
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
