/**
 * The zh-CN `harsh_particle` detector: a sentence-final particle is read with its clause (a guess
 * closed by 吧 is a hedge, not impatience), which a phrase rule cannot express.
 */
import type { Flag } from '../flags';
import { eachMatch, type Range } from '../features';

/**
 * `harsh_particle` (003 §8 (2) 结尾语气助词切忌出现:啊,呀,吧): a curt statement that ends with a
 * bare 啊/呀/吧 (a clause before a comma counts too) — not softened by 哦/呢/~ or an emoji, not
 * the interjection 哎呀, and not 好吧/是啊/对啊 as a word of consent before a comma.
 *
 * Two readings are not the curt tone the seed warns about, so they are not flagged:
 * - a question: "宝宝多大了呀?", "是白色M码对吧?" — in Taobao service talk 呀?/吧? soften a
 *   question (the particle is followed by a question mark);
 * - the tentative 吧 that closes a guess ("大概是两年吧", "应该偏大一点吧"): the doubt is the
 *   reply's `hedge`, and 吧 there marks the guess, not impatience.
 */
export function findHarshParticles(text: string, add: (flag: Flag, r: Range) => void): void {
  eachMatch(HARSH, text, (start, end) => {
    if (text[start] === '吧' && HEDGED_CLAUSE.test(clauseBefore(text, start))) return;
    add('harsh_particle', { start, end });
  });
}
const HARSH =
  /(?<![哎哇咿呀唉嗨])[啊呀吧](?=[ \t]*(?:[.!。\n;]|$))|(?<![哎哇咿呀唉嗨是对好])[啊呀吧](?=[ \t]*,)/g;
/** Hedge words that make a closing 吧 tentative (see `hedge`). */
const HEDGED_CLAUSE = /大概|大约|可能|应该|估计|好像|也许|或许|差不多|左右|似乎|貌似/;

/** The clause that ends at `end` (back to the previous clause mark, at most 40 code units). */
function clauseBefore(text: string, end: number): string {
  let i = end;
  const limit = Math.max(0, end - 40);
  while (i > limit && !/[,.!?。;\n、]/.test(text[i - 1] as string)) i--;
  return text.slice(i, end);
}
