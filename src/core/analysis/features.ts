/**
 * Locale-independent text features for the reply analyzer: sentence segmentation, emoji and
 * emoticons, punctuation runs. All scanning is single-pass or uses RegExps without nested
 * quantifiers, so a long reply costs linear time.
 */

/**
 * Call `fn` for every non-empty match of the global RegExp `re` in `text`. Uses `exec` on the
 * RegExp itself: `matchAll` clones the RegExp on every call, which costs V8 its compiled code.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  fn: (start: number, end: number, match: string) => void,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m[0];
    if (s.length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m.index, m.index + s.length, s);
  }
}

/** A [start, end) range of the normalised text. */
export interface Range {
  start: number;
  end: number;
}

/** Code units that end a sentence: . ! ? 。 newline ; ~ … */
function isSentenceEnd(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3002 ||
    c === 0x0a ||
    c === 0x3b ||
    c === 0x7e ||
    c === 0x2026
  );
}

/** Code units that end a clause (negation scope): sentence ends plus , 、 : ( ) ¿ ¡ */
function isClauseEndCode(c: number): boolean {
  return (
    isSentenceEnd(c) ||
    c === 0x2c ||
    c === 0x3001 ||
    c === 0x3a ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0xbf ||
    c === 0xa1
  );
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * Split the normalised text into sentences: each range runs up to and including its closing
 * punctuation run. A '.' between two digits (3.5, 11.11) does not end a sentence.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c) && !(c === 0x2e && isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isSentenceEnd(d) || d === 0xa1 || d === 0xbf) j++;
        else break;
      }
      // '¿' / '¡' open the next sentence: give them back.
      while (j > i + 1 && (text.charCodeAt(j - 1) === 0xbf || text.charCodeAt(j - 1) === 0xa1)) j--;
      out.push({ start, end: j });
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  if (start < n) out.push({ start, end: n });
  return out;
}

/** True when `ch` ends a clause (for negation scope). */
export function isClauseEnd(ch: string): boolean {
  return isClauseEndCode(ch.charCodeAt(0));
}

/** Find the sentence (by index) that contains position `pos`, by binary search. */
export function sentenceAt(sentences: Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Range;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Code points that look pictographic but are typography, not emoji. */
const NOT_EMOJI = new Set([0xa9, 0xae, 0x2122, 0x203c, 0x2049, 0x2139, 0x2194, 0x2195]);
const PICTO = /\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3/gu;

/** Cheap pre-check: emoji live in the symbol blocks (U+2100–U+2BFF, U+3030…) or astral planes. */
function mayHaveEmoji(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2100) {
      if (c === 0x20e3) return true;
      continue;
    }
    if (c <= 0x2bff || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299) return true;
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return false;
}

/** Emoji in the ORIGINAL text (before NFKC strips variation selectors), as original ranges. */
export function findEmoji(original: string): Range[] {
  const out: Range[] = [];
  if (!mayHaveEmoji(original)) return out;
  eachMatch(PICTO, original, (start, end, s) => {
    if (!NOT_EMOJI.has(s.codePointAt(0) ?? 0)) out.push({ start, end });
  });
  return out;
}

/**
 * Emoticons and Taobao-style codes in the NORMALISED text: [微笑], [smile], :) ;-) :D ^_^ ^^ <3 xD.
 * A colon between digits (10:30) is not an emoticon.
 */
export const EMOTICON =
  /\[[\u4e00-\u9fff]{1,4}\]|\[(?:smile|grin|wink|heart|rose|thumbsup|thumbs up|ok|clap|hug|kiss|love|happy|laugh|sonrisa|guino|corazon|rosa|aplauso|abrazo)\]|(?<![\w:/])[:;=]['^-]?[)(\]dpo3*|](?!\w)|\^[_o.\-▽ω]?\^|<3(?!\d)|\bxd\b|\(\s?[:;]\s?\)|(?<![\w])t_t(?![\w])/g;

/** Runs of two or more ! / ? (full- or half-width after NFKC), or of ¡ / ¿. */
export const PUNCT_RUN = /[!?]{2,}|[¡¿]{2,}/g;
