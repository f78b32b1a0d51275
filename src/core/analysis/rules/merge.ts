/** Joining a locale's phrase rules so that each flag costs as few passes over the text as possible. */
import { optimizeSource } from './optimize';
import type { PhraseRule } from './types';

/** The options of a rule that must agree for two rules to share one RegExp. */
function optionKey(r: PhraseRule): string {
  return [
    r.flag,
    r.negatable === true,
    r.postNegatable === true,
    r.questionOnly === true,
    r.veto?.source ?? '',
    r.re.flags,
  ].join('\u0000');
}

/**
 * Group rules that have the same flag and the same options, in order of first appearance, each
 * group with the plain alternation of its sources (before any rewrite).
 * @param rules a locale's rules, possibly several per flag
 */
export function groupRules(rules: readonly PhraseRule[]): { rule: PhraseRule; source: string }[] {
  const byKey = new Map<string, { rule: PhraseRule; sources: string[] }>();
  for (const r of rules) {
    const key = optionKey(r);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { rule: r, sources: [r.re.source] });
    else seen.sources.push(r.re.source);
  }
  return [...byKey.values()].map(({ rule, sources }) => ({
    rule,
    source: sources.length === 1 ? sources[0]! : sources.map((s) => `(?:${s})`).join('|'),
  }));
}

/**
 * Merge rules that have the same flag and the same options into one rule whose RegExp is the
 * alternation of theirs, in order of first appearance. The rule files stay grouped by phrasing
 * family while the engine scans the text once per flag and option set. Each merged RegExp is
 * then rewritten into an equivalent one that V8 scans faster (see `optimizeSource`).
 * @param rules a locale's rules, possibly several per flag
 */
export function mergeRules(rules: readonly PhraseRule[]): PhraseRule[] {
  return groupRules(rules).map(({ rule, source }) => {
    const flags = rule.re.flags;
    // The rewrites reason about \b and \w as they are without other flags: only g is rewritten.
    const optimized = flags === 'g' ? optimizeSource(source) : source;
    // Every merged rule has all the fields, in one order: the engine's reads of them stay
    // monomorphic (spread objects with different optional fields each get their own shape).
    return {
      flag: rule.flag,
      re: new RegExp(optimized, flags),
      negatable: rule.negatable === true,
      postNegatable: rule.postNegatable === true,
      veto: rule.veto,
      questionOnly: rule.questionOnly === true,
    };
  });
}
