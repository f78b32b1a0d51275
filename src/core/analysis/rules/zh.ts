/**
 * zh-CN rules. Lexicons follow shared/reply-flags.md and the seeds: 003 §6 (reception flow:
 * 问候→库存→材质特征→相关推荐→议价→核对→告别→催付), 003 §8 (不要轻易保证, FAB, 语气词, 选择题,
 * 多说"我们", 多表情), 002 (persona techniques), 004 (concession ladder, trust).
 */
import type { LocaleRules } from './types';
import { courtesyRules } from './zh/courtesy';
import { toneRules } from './zh/tone';
import { sellingRules } from './zh/selling';
import { dealRules } from './zh/deal';

/** One bare minimal answer (003 §6 案例: 在。有。), optionally with a particle. */
const ZH_CURT =
  '(?:在|在的|有|有的|还有|有货|没有|没|没了|没货|没货了|无货|嗯+|哦+|噢|好|好的|行|对|对的|是|是的|不是|可以|不可以|不行|不能|能|会|不会|知道了|知道|不知道|可以的|行的|好滴|好哒|不清楚|随便|要|不要|发了|已发|到了|收到|没错|不对|稍等|等等|ok|okay|不能便宜|便宜不了|少不了|不包邮|不议价|不讲价|不还价|不打折|没优惠|没有优惠|不退|不换|不退不换|断码|断货|缺货|卖完|卖光|售罄|没库存|下架)[啊呀吧哈了嘛]?';

/** The rules as written, by flag group (the engine merges them per flag: see merge.ts). */
const rules = [...courtesyRules, ...toneRules, ...sellingRules, ...dealRules];

const QUESTION_WORD =
  /什么|哪|几|多少|多大|多高|多重|怎么|如何|是否|还是|有没有|要不要|是不是|能不能|可不可以/;

/** zh-CN: a sentence that ends with a question mark, 吗/么, or a question word with 呢. */
function isQuestion(sentence: string): boolean {
  if (sentence.includes('?')) return true;
  const core = sentence.replace(/[\s.!~。…,\p{So}]+$/u, '');
  if (/[吗么嘛]$/.test(core)) return true;
  return QUESTION_WORD.test(core) && /[呢]$/.test(core);
}

/** The zh-CN rule set. */
export const zhRules: LocaleRules = {
  rules,
  gramLength: 2,
  negatorBefore:
    /(?<!要)不(?!但|仅|过|好意思|错|用|少|久|客气|知|管|论|然|断|停|满意|同|如|怕|到|定)|没(?!关系|事|问题)|无(?!理由|忧|门槛|添加|论|需|须|误|线|缝|感|效)|(?<![特区分类级性])别(?![家的人])|很难|难以/,
  /** A negation inside a condition (吃不了辣的话推荐…, 没有的话给您…) negates nothing after it. */
  negatorExceptions: /[不没][^,.!?的]{0,4}的话/g,
  negationWindow: 6,
  negatorAfter: /^(?:不了|不到|不起|没有了|没了|已经?(?:领|用|发|送)完|用不了|不能用|已过期)/,
  curt: new RegExp(`^${ZH_CURT}(?: ${ZH_CURT}){0,2}$`),
  sample:
    '亲,您好,欢迎光临小店,请问有什么可以帮您的吗?这款外套是纯棉面料,手感很柔软,尺码是标准码。方便告诉我您的身高体重吗?我帮您推荐合适的尺码。我们48小时内发货,支持七天无理由退换。今天下单还送您一个小礼物哦。不好意思让您久等了,我帮您查一下库存。蓝色的m码和l码都还有货的。',
  isQuestion,
};
