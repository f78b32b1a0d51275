/**
 * The zh-CN `harsh_particle` detector: a sentence- or clause-final particle, told apart from the
 * same characters inside a word (吧台), an interjection (哎呀) or a question tag.
 */
import type { Flag } from '../flags';
import { eachMatch, type Range } from '../features';

/**
 * `harsh_particle` (003 §8 (2) 结尾语气助词切忌出现:啊,呀,吧 — "these particles make a sentence
 * less precise"): a statement that ends with a bare 啊/呀/吧 (a clause before a comma counts too)
 * — not softened by 哦/呢/~ or an emoji, not the interjection 哎呀, and not 好吧/是啊/对啊 as a
 * word of consent before a comma.
 *
 * The tentative 吧 that closes a guess ("大概是两年吧", "尺码应该差不多是标准的吧。") is flagged
 * as well as the `hedge`: the seed's reason is exactly that loss of precision, and the shared
 * corpus labels it so.
 *
 * Not flagged: a particle before a question mark ("宝宝多大了呀?", "是白色M码对吧?"). In Taobao
 * service talk 呀?/吧? soften a question; most labelled sets (and the lead's) leave it unflagged.
 */
export function findHarshParticles(text: string, add: (flag: Flag, r: Range) => void): void {
  eachMatch(HARSH, text, (start, end) => add('harsh_particle', { start, end }));
}
const HARSH =
  /(?<![哎哇咿呀唉嗨])[啊呀吧](?=[ \t]*(?:[.!。\n;]|$))|(?<![哎哇咿呀唉嗨是对好])[啊呀吧](?=[ \t]*,)/g;
