/**
 * Locale-independent text features for the reply analyzer: sentence segmentation, emoji and
 * emoticons, punctuation runs. All scanning is single-pass or uses RegExps without nested
 * quantifiers, so a long reply costs linear time.
 */

/** A [start, end) range of the normalised text. */
export interface Range {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '。', '\n', ';', '~', '…']);
const CLAUSE_END = new Set([
  '.',
  '!',
  '?',
  '。',
  '\n',
  ';',
  '~',
  '…',
  ',',
  '、',
  ':',
  '(',
  ')',
  '¿',
  '¡',
]);

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
    const c = text[i] as string;
    if (SENTENCE_END.has(c) && !(c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1]))) {
      let j = i + 1;
      while (j < n && (SENTENCE_END.has(text[j] as string) || text[j] === '¡' || text[j] === '¿'))
        j++;
      // '¿' / '¡' open the next sentence: give them back.
      while (j > i + 1 && (text[j - 1] === '¿' || text[j - 1] === '¡')) j--;
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
  return CLAUSE_END.has(ch);
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

/** Emoji in the ORIGINAL text (before NFKC strips variation selectors), as original ranges. */
export function findEmoji(original: string): Range[] {
  const out: Range[] = [];
  PICTO.lastIndex = 0;
  for (const m of original.matchAll(PICTO)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (NOT_EMOJI.has(cp)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
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
