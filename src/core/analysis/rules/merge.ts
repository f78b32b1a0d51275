/** Joining a locale's phrase rules so that each flag costs as few passes over the text as possible. */
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
 * Merge rules that have the same flag and the same options into one rule whose RegExp is the
 * alternation of theirs, in order of first appearance. The rule files stay grouped by phrasing
 * family while the engine scans the text once per flag and option set.
 * @param rules a locale's rules, possibly several per flag
 */
export function mergeRules(rules: readonly PhraseRule[]): PhraseRule[] {
  const byKey = new Map<string, { rule: PhraseRule; sources: string[] }>();
  for (const r of rules) {
    const key = optionKey(r);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { rule: r, sources: [r.re.source] });
    else seen.sources.push(r.re.source);
  }
  return [...byKey.values()].map(({ rule, sources }) =>
    sources.length === 1
      ? rule
      : { ...rule, re: new RegExp(sources.map((s) => `(?:${s})`).join('|'), rule.re.flags) },
  );
}
