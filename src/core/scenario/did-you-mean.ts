/** "Did you mean" suggestions for misspelt keys, enum values and references. */

/**
 * Edit distance between two strings (by UTF-16 code unit): Levenshtein with adjacent
 * transpositions counted as one edit (optimal string alignment), so "vaule" is 1 from "value".
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const get = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(get(i - 1, j) + 1, get(i, j - 1) + 1, get(i - 1, j - 1) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, get(i - 2, j - 2) + 1);
      }
      d[i * width + j] = v;
    }
  }
  return get(a.length, b.length);
}

/**
 * The closest candidate to `word`, or undefined when none is close enough. Comparison ignores
 * case, "-" and "_"; a candidate is close when its distance is at most a third of the longer
 * word (at least 1, at most 3), so "hastey" suggests "hasty" but "xyz" suggests nothing.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
  const w = norm(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(w, norm(candidate));
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(w.length, candidate.length) / 3)));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` or "" when there is no close candidate. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const best = didYouMean(word, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}
