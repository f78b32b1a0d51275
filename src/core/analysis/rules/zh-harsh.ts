/**
 * The zh-CN `harsh_particle` detector: a sentence- or clause-final particle, told apart from the
 * same characters inside a word (吧台), an interjection (哎呀) or a topic marker (坚果啊,都是…).
 */
import type { Flag } from '../flags';
import { eachMatch, type Range } from '../features';

/**
 * `harsh_particle` (003 §8 (2) 结尾语气助词切忌出现:啊,呀,吧 — "these particles make a sentence
 * less precise"): a sentence that ends with a bare 啊/呀/吧 (a clause before a comma, or before a
 * space and the next clause, as chat writes it, counts too)
 * — not softened by 哦/呢/~ or an emoji, not the interjection 哎呀, and not 好吧/是啊/对啊 as a
 * word of consent before a comma.
 *
 * The tentative 吧 that closes a guess ("大概是两年吧", "尺码应该差不多是标准的吧。") is flagged
 * as well as the `hedge`: the seed's reason is exactly that loss of precision, and the shared
 * corpus labels it so.
 *
 * A particle that ends a question is flagged too ("宝宝多大了呀?", "是白色M码对吧?"): the seed
 * names the sentence-final particle whatever the sentence, the corpus labels by the letter of
 * the rule (the guess above), and four of the six blind sets labelled it so.
 */
export function findHarshParticles(text: string, add: (flag: Flag, r: Range) => void): void {
  eachMatch(HARSH, text, (start, end) => add('harsh_particle', { start, end }));
}
/**
 * The topic marker: a sentence that opens with a short noun phrase, 啊 and a comma, and then says
 * something about it ("坚果啊,都是当季新货", "这个啊,是纯棉的"). The 啊 sets off the topic and
 * closes no statement. A short predicate ("有啊,", "可以啊,") is not a topic: it is left flagged.
 */
const TOPIC_A =
  '(?<=(?:^|[.!?。\\n])[ \\t]*(?:(?:亲|您好|你好)[ \\t]*[,~]?[ \\t]*)?(?![有没是对好行在可能会要不])[\\u4e00-\\u9fff]{1,4})' +
  '啊[ \\t]*,[ \\t]*(?:都|是|就|也|我们|咱|这|那|一般|基本|全|主要|每|个个|颗颗|件件)';
const HARSH = new RegExp(
  '(?<![哎哇咿呀唉嗨])[啊呀吧](?=[ \\t]*(?:[.!?。\\n;]|$))|' +
    `(?<![哎哇咿呀唉嗨是对好])(?!${TOPIC_A})[啊呀吧](?=[ \\t]*,|[ \\t]+[\\u4e00-\\u9fff])`,
  'g',
);
