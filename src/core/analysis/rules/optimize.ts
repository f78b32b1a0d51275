/**
 * Rewriting a merged rule's RegExp source into an equivalent one that V8 scans in fewer steps.
 *
 * V8 tries a global RegExp at every position of the text, and there every top-level alternative
 * in turn. A merged rule has dozens of alternatives, most opening with `\b`: written once in front
 * of them all, that `\b` lets V8 skip the whole list at the positions inside a word.
 *
 * Every rewrite keeps the match V8 reports (the leftmost start, then the first alternative in
 * source order that matches there), for every text: alternatives only move past alternatives that
 * cannot match at the same start, and only a shared leading `\b` is factored out.
 */

/** The first character a pattern consumes: always a word character (\w), never one, or unknown. */
type Kind = 'w' | 'n' | '?';

/** Index just past the class that opens at `open` (a '['), or -1. */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i + 1;
  }
  return -1;
}

/** The index after the atom character at `i`: an escape takes two, a class is skipped whole. */
function step(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return i + 2;
  if (c === '[') {
    const end = classEnd(src, i);
    return end < 0 ? src.length : end;
  }
  return i + 1;
}

/** The top-level alternatives of `src` (split at each `|` outside groups and classes). */
export function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i = step(src, i)) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Index just past the group that opens at `open` (a '('), or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i = step(src, i)) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** True when a quantifier follows position `end`. */
function quantified(src: string, end: number): boolean {
  const q = src[end];
  return q === '?' || q === '*' || q === '+' || q === '{';
}

/** The alternatives of `src`, an alternative that is one whole `(?:…)` group opened up. */
export function flatAlternatives(src: string): string[] {
  return splitAlternatives(src).flatMap((alt) =>
    alt.startsWith('(?:') && groupEnd(alt, 0) === alt.length
      ? flatAlternatives(alt.slice(3, -1))
      : [alt],
  );
}

/** Length of the zero-width assertions (`\b`, `^`, lookarounds) that open `alt`. */
function leadingAssertions(alt: string): number {
  let i = 0;
  for (;;) {
    if (alt.startsWith('\\b', i)) i += 2;
    else if (alt[i] === '^') i += 1;
    else if (/^\(\?<?[=!]/.test(alt.slice(i))) {
      const end = groupEnd(alt, i);
      if (end < 0 || quantified(alt, end)) return i;
      i = end;
    } else return i;
  }
}

function charKind(c: string): Kind {
  return /\w/.test(c) ? 'w' : 'n';
}

/** Kind of an escape `\x` used as an atom, in or out of a class. */
function escapeKind(e: string): Kind {
  if (e === 'w' || e === 'd') return 'w';
  if (e === 's') return 'n';
  // \W, \D, \b, \uXXXX, \p{…} and the like: not worth telling apart
  return /[a-zA-Z0-9]/.test(e) ? '?' : charKind(e);
}

/** Kind of what a class body (between `[` and `]`) matches. */
function classKind(body: string): Kind {
  if (body.startsWith('^')) return '?';
  const kinds = new Set<Kind>();
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\') {
      kinds.add(escapeKind(body[++i] as string));
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      // a range: only a-z and 0-9 ones (with plain ends) are known to be all word characters
      const hi = body[i + 2] as string;
      const plain = hi !== '\\';
      kinds.add(plain && ((c >= 'a' && hi <= 'z') || (c >= '0' && hi <= '9')) ? 'w' : '?');
      i += 2;
    } else {
      kinds.add(charKind(c));
    }
  }
  return kinds.size === 1 ? ([...kinds][0] as Kind) : '?';
}

/** Kinds of several patterns joined: their kind if they agree, else '?'. */
function joinKinds(kinds: Kind[]): Kind {
  const first = kinds[0] ?? '?';
  return kinds.every((k) => k === first) ? first : '?';
}

/** What the first character `alt` consumes can be (its leading assertions skipped). */
export function firstKind(alt: string): Kind {
  const i = leadingAssertions(alt);
  const c = alt[i];
  if (c === undefined || '.$|)*+?{'.includes(c)) return '?';
  let kind: Kind;
  let end: number;
  if (c === '\\') {
    kind = escapeKind(alt[i + 1] as string);
    end = i + 2;
  } else if (c === '[') {
    end = classEnd(alt, i);
    if (end < 0) return '?';
    kind = classKind(alt.slice(i + 1, end - 1));
  } else if (c === '(') {
    end = groupEnd(alt, i);
    if (end < 0 || !alt.startsWith('(?:', i)) return '?';
    kind = joinKinds(flatAlternatives(alt.slice(i + 3, end - 1)).map(firstKind));
  } else {
    kind = charKind(c);
    end = i + 1;
  }
  const q = alt[end];
  if (!(q === '?' || q === '*' || (q === '{' && alt[end + 1] === '0'))) return kind;
  // An atom that may be skipped: the first character is its own or, if skipped, the rest's.
  let after = q === '{' ? alt.indexOf('}', end) + 1 : end + 1;
  if (alt[after] === '?') after++; // lazy
  return joinKinds([kind, firstKind(alt.slice(after))]);
}

/**
 * `(?:^|[.!?] *)just…` → `^just…` and `[.!?] *just…`: a leading group whose alternatives start
 * with different kinds of character is spread over the rest of the alternative ((?:A|B)C ≡ AC|BC
 * for V8's ordered choice), so that each piece has one kind.
 */
function spreadLeadingGroup(alt: string): string[] {
  if (!alt.startsWith('(?:') || firstKind(alt) !== '?') return [alt];
  const end = groupEnd(alt, 0);
  if (end < 0 || quantified(alt, end)) return [alt];
  const pieces = flatAlternatives(alt.slice(3, end - 1)).map((a) => a + alt.slice(end));
  return pieces.every((p) => firstKind(p) !== '?') ? pieces : [alt];
}

/**
 * `alt` (which consumes a word character first) without one `\b` among its leading assertions,
 * or null when it has none. Assertions at one position commute, so the `\b` may be dropped from
 * among them; `^` before a word character is itself a word boundary, so it may stand for one.
 */
function withoutLeadingB(alt: string): string | null {
  let i = 0;
  for (;;) {
    if (alt.startsWith('\\b', i)) return alt.slice(0, i) + alt.slice(i + 2);
    if (alt[i] === '^') {
      i += 1;
      continue;
    }
    const end = /^\(\?<?[=!]/.test(alt.slice(i)) ? groupEnd(alt, i) : -1;
    if (end < 0 || quantified(alt, end)) break;
    i = end;
  }
  return alt.startsWith('^') ? alt : null;
}

/** True when `src` has a capture group or a backreference (the rewrites would renumber them). */
function hasCaptures(src: string): boolean {
  for (let i = 0; i < src.length; i = step(src, i)) {
    const c = src[i];
    const d = src[i + 1] ?? '';
    if (c === '\\' && /[1-9k]/.test(d)) return true;
    if (c === '(' && (d !== '?' || (src[i + 2] === '<' && !/[=!]/.test(src[i + 3] ?? '')))) {
      return true;
    }
  }
  return false;
}

/**
 * An equivalent RegExp source that V8 scans faster. Between alternatives of unknown kind (which
 * stay where they are), the alternatives that consume a word character first go before those that
 * consume another character first — the two can never match at the same position — and each run
 * of the former that opens with `\b` shares one `\b`:
 * `\ba|\bb|[.!?] *c|\bd` → `\b(?:a|b|d)|[.!?] *c`.
 * @param src a RegExp source for the flags `g` (one with capture groups is returned as it is)
 */
export function optimizeSource(src: string): string {
  if (hasCaptures(src)) return src;
  const out: string[] = [];
  let words: string[] = [];
  let others: string[] = [];
  const flush = (): void => {
    let run: string[] = [];
    const endRun = (): void => {
      if (run.length > 0) out.push(run.length === 1 ? `\\b${run[0]}` : `\\b(?:${run.join('|')})`);
      run = [];
    };
    for (const w of words) {
      const rest = withoutLeadingB(w);
      if (rest === null) {
        endRun();
        out.push(w);
      } else {
        run.push(rest);
      }
    }
    endRun();
    out.push(...others);
    words = [];
    others = [];
  };
  for (const alt of flatAlternatives(src).flatMap(spreadLeadingGroup)) {
    const kind = firstKind(alt);
    if (kind === 'w') words.push(alt);
    else if (kind === 'n') others.push(alt);
    else {
      flush();
      out.push(alt);
    }
  }
  flush();
  return out.join('|');
}
