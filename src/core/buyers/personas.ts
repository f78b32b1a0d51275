/**
 * The seven personas of seed 002 (客户性格分类 and 按购置行为分类) as data. Each trait names the
 * seed passage it comes from in `sources`. Numbers are gauges 0..100, seconds and weights
 * (1 mild .. 4 strong) of reply flags (shared/reply-flags.md).
 */
import type { PersonaId } from '../scenario/schema';
import type { PersonaTraits } from './traits';

const taciturn: PersonaTraits = {
  id: 'taciturn',
  gauges: { patience: 70, trust: 45, intent: 45 },
  typingCharsPerSecond: 1.5,
  readSeconds: 6,
  openingPings: 0,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: ['taciturn.ok', 'taciturn.oh'],
  moodLines: {},
  waiting: {
    followUpSeconds: 60,
    maxFollowUps: 1,
    followUpKeys: ['common.question'],
    maxWaitSeconds: 240,
    patienceCostPerMinute: 8,
  },
  pleasedBy: { probe: 3, choice_question: 3, recommend: 1, gift_offer: 1 },
  angeredBy: { closing_push: 3, rude: 3, curt: 1, excess_punctuation: 1 },
  maxReplyChars: 80,
  strikesToExit: 3,
  exitOnStrikes: 'leftAngry',
  ladder: { asks: [], concessionsWanted: 0 },
  trustNeed: 40,
  intentToOrder: 55,
  paysUnprompted: 0.3,
  paySeconds: 60,
  sources: {
    gauges: '002 缄默型 客户性格特点: 不爱说话, 半天回应一句, 对优惠也没有太大兴趣',
    typingCharsPerSecond: '002 缄默型 客户性格特点: 半天回应一句',
    shortAckKeys: '002 缄默型 客户性格特点: 不会直接说明自己需求或者不清楚表示',
    pleasedBy: '002 缄默型 应对技巧: 一问一答式, 有目标主动咨询引出答案, 进而推荐',
    angeredBy: '002 缄默型 应对技巧: 不能催也不能急, 只能慢慢引导',
    maxReplyChars: '002 缄默型 应对技巧: 一问一答式 (one question at a time, not a wall of text)',
    paysUnprompted: '002 缄默型 应对技巧: 委婉方式催客户下单付款',
    waiting: '002 缄默型 客户性格特点: 需要沟通很久时间才能促成订单',
  },
};

const chatty: PersonaTraits = {
  id: 'chatty',
  gauges: { patience: 80, trust: 55, intent: 55 },
  typingCharsPerSecond: 4,
  readSeconds: 3,
  openingPings: 0,
  offTopic: {
    chance: 0.6,
    lineKeys: [
      'chatty.offTopic.baby',
      'chatty.offTopic.weather',
      'chatty.offTopic.family',
      'chatty.offTopic.work',
    ],
  },
  shortAckKeys: [],
  moodLines: {},
  waiting: {
    followUpSeconds: 40,
    maxFollowUps: 3,
    followUpKeys: ['chatty.stillThere', 'common.stillThere'],
    maxWaitSeconds: 240,
    patienceCostPerMinute: 5,
  },
  pleasedBy: { recommend: 3, probe: 2, empathy: 2, emoji: 1, we_language: 1 },
  angeredBy: { rude: 3, curt: 2, argue: 2 },
  strikesToExit: 3,
  exitOnStrikes: 'leftAngry',
  ladder: { asks: [], concessionsWanted: 0 },
  trustNeed: 40,
  intentToOrder: 55,
  paysUnprompted: 0.7,
  paySeconds: 40,
  sources: {
    offTopic: '002 唠叨型 客户性格特点: 聊个不停, 什么话题都能够聊, 不突出重点',
    pleasedBy: '002 唠叨型 应对技巧: 在她聊天中找到突破点, 把话题主动权拉回来…抓住机会推荐产品',
    angeredBy: '002 唠叨型 应对技巧: 先不要打断她聊天',
    waiting: '002 唠叨型 客户性格特点: 能够聊上三天三夜',
  },
};

const arrogant: PersonaTraits = {
  id: 'arrogant',
  gauges: { patience: 55, trust: 50, intent: 60 },
  typingCharsPerSecond: 3,
  readSeconds: 4,
  openingPings: 0,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: [],
  moodLines: { pleased: 'arrogant.pleased', angered: 'arrogant.impatient' },
  waiting: {
    followUpSeconds: 25,
    maxFollowUps: 2,
    followUpKeys: ['common.question', 'arrogant.impatient'],
    maxWaitSeconds: 120,
    patienceCostPerMinute: 15,
  },
  pleasedBy: { compliment: 4, value: 1, empathy: 1, we_language: 1 },
  angeredBy: { argue: 4, rude: 4, blame: 3, curt: 2, hedge: 1 },
  strikesToExit: 2,
  exitOnStrikes: 'leftAngry',
  ladder: { asks: [], concessionsWanted: 0 },
  trustNeed: 35,
  intentToOrder: 55,
  paysUnprompted: 0.8,
  paySeconds: 30,
  sources: {
    gauges: '002 骄傲型 客户性格特点: 总以为高人一等, 一副自视甚高样子',
    pleasedBy: '002 骄傲型 应对技巧: 喜欢你给他带高帽…让他觉你真心推崇他',
    angeredBy: '002 骄傲型 应对技巧: 千万别和他起冲突…辩论是最无可救药',
    strikesToExit: '002 骄傲型 应对技巧: 千万别和他起冲突',
  },
};

const picky: PersonaTraits = {
  id: 'picky',
  gauges: { patience: 60, trust: 40, intent: 55 },
  typingCharsPerSecond: 3.5,
  readSeconds: 5,
  openingPings: 0,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: [],
  moodLines: { pleased: 'picky.satisfied', angered: 'picky.doubt' },
  waiting: {
    followUpSeconds: 30,
    maxFollowUps: 2,
    followUpKeys: ['common.question', 'common.stillThere'],
    maxWaitSeconds: 150,
    patienceCostPerMinute: 12,
  },
  pleasedBy: { value: 3, compliment: 2, greeting: 1, thanks: 1, empathy: 1 },
  angeredBy: { hedge: 4, rude: 4, argue: 3, absolute_promise: 2, curt: 2, harsh_particle: 1 },
  strikesToExit: 2,
  exitOnStrikes: 'complaint',
  ladder: { asks: [{ kind: 'discount', lineKey: 'bargain.cheaper' }], concessionsWanted: 0 },
  trustNeed: 50,
  intentToOrder: 55,
  paysUnprompted: 0.8,
  paySeconds: 30,
  sources: {
    gauges: '002 吹毛求疵 客户性格特点: 事事追求完美, 容不得一点瑕疵',
    pleasedBy:
      '002 吹毛求疵 应对技巧: 对自己产品非常了解到每个细节…客气赞美客户是个很细心人…再把产品细节卖点介绍给客户',
    angeredBy: '004 §2.3 calidad: no usar "tal vez", "probablemente", "aproximadamente"',
    exitOnStrikes: '002 吹毛求疵 客户性格特点: 总会试图找到产品缺点',
    ladder: '002 半瓶子买家: 买东西会货比三家…然后还会砍价格',
  },
};

const hasty: PersonaTraits = {
  id: 'hasty',
  gauges: { patience: 40, trust: 50, intent: 65 },
  typingCharsPerSecond: 6,
  readSeconds: 1.5,
  openingPings: 1,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: [],
  moodLines: { angered: 'hasty.angry' },
  waiting: {
    followUpSeconds: 8,
    maxFollowUps: 3,
    followUpKeys: ['common.ping', 'hasty.hurry', 'common.anyone'],
    maxWaitSeconds: 45,
    patienceCostPerMinute: 40,
  },
  pleasedBy: { apology: 3, empathy: 3, thanks: 1 },
  angeredBy: { argue: 4, blame: 4, rude: 4, hedge: 2, curt: 1, excess_punctuation: 1 },
  strikesToExit: 2,
  exitOnStrikes: 'leftAngry',
  ladder: { asks: [], concessionsWanted: 0 },
  trustNeed: 30,
  intentToOrder: 55,
  paysUnprompted: 0.9,
  paySeconds: 15,
  sources: {
    gauges: '002 急躁型 客户性格特点: 最没耐心, 更不想听你任何解释',
    openingPings: '002 急躁型 客户性格特点: 最没耐心',
    waiting: '002 急躁型 客户性格特点: 最没耐心…你会直接破口大骂',
    pleasedBy: '002 急躁型 应对技巧: 以诚意态度向客户抱歉…关心问下是为何这么生气',
    angeredBy: '002 急躁型 应对技巧: 不要反驳和争辩对错, 这么只能更惹怒客户',
  },
};

const greedy: PersonaTraits = {
  id: 'greedy',
  gauges: { patience: 60, trust: 45, intent: 55 },
  typingCharsPerSecond: 4,
  readSeconds: 3,
  openingPings: 0,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: [],
  moodLines: {},
  waiting: {
    followUpSeconds: 30,
    maxFollowUps: 2,
    followUpKeys: ['common.question', 'common.stillThere'],
    maxWaitSeconds: 150,
    patienceCostPerMinute: 10,
  },
  pleasedBy: { free_shipping: 3, gift_offer: 3, discount_offer: 3, value: 1, assurance: 1 },
  angeredBy: { rude: 4, argue: 3, blame: 3, curt: 2, absolute_promise: 1 },
  strikesToExit: 2,
  exitOnStrikes: 'complaint',
  threatKey: 'greedy.threatReview',
  ladder: {
    asks: [
      { kind: 'discount', lineKey: 'bargain.cheaper' },
      { kind: 'freeShipping', lineKey: 'bargain.freeShipping' },
      { kind: 'gift', lineKey: 'bargain.gift' },
      { kind: 'price', lineKey: 'bargain.price', percentOff: 15 },
    ],
    concessionsWanted: 2,
  },
  trustNeed: 35,
  intentToOrder: 55,
  paysUnprompted: 0.5,
  paySeconds: 45,
  sources: {
    ladder:
      '002 贪婪型 客户性格特点: 砍价幅度大; 002 半瓶子买家: 价格砍完要赠品; 004 §2.1: envío gratis → obsequio → pequeño descuento',
    threatKey: '002 贪婪型 客户性格特点: 稍不满意就以差评投诉要挟卖家赔偿',
    exitOnStrikes: '002 贪婪型 客户性格特点: 以差评投诉要挟卖家赔偿',
    angeredBy: '002 贪婪型 应对技巧: 注意语言表述, 不能够让客户有空子可钻',
    pleasedBy: '004 §2.1 negociación: envío gratuito, pequeño obsequio, pequeño descuento',
  },
};

const cautious: PersonaTraits = {
  id: 'cautious',
  gauges: { patience: 65, trust: 25, intent: 50 },
  typingCharsPerSecond: 2.5,
  readSeconds: 6,
  openingPings: 0,
  offTopic: { chance: 0, lineKeys: [] },
  shortAckKeys: [],
  moodLines: { pleased: 'cautious.reassured', angered: 'cautious.worry' },
  waiting: {
    followUpSeconds: 45,
    maxFollowUps: 2,
    followUpKeys: ['common.question', 'common.stillThere'],
    maxWaitSeconds: 200,
    patienceCostPerMinute: 8,
  },
  pleasedBy: { assurance: 4, emoji: 2, social_proof: 2, value: 1, greeting: 1 },
  angeredBy: { absolute_promise: 4, rude: 4, argue: 3, hedge: 2, closing_push: 2 },
  strikesToExit: 2,
  exitOnStrikes: 'leftAngry',
  ladder: { asks: [], concessionsWanted: 0 },
  trustNeed: 55,
  intentToOrder: 50,
  paysUnprompted: 0.6,
  paySeconds: 60,
  sources: {
    gauges: '002 慎重型 客户性格特点: 凡事必想: "可靠么"',
    trustNeed: '002 慎重型 应对技巧: 担心很多问题, 尤其是受骗',
    pleasedBy:
      '002 慎重型 应对技巧: 多利用表情和热情话术…经过生活中有力证据向买家证实企业实力; 004 §2.4 Alipay',
    angeredBy: '002 慎重型 应对技巧: 中肯介绍自己产品, 不要夸大其词, 不然适得其反',
  },
};

/** The seven personas of seed 002, by id. */
export const PERSONA_TRAITS: Readonly<Record<PersonaId, PersonaTraits>> = {
  taciturn,
  chatty,
  arrogant,
  picky,
  hasty,
  greedy,
  cautious,
};

/** The traits of one persona (the shared data object: do not mutate; use mergeTraits). */
export function personaTraits(id: PersonaId): PersonaTraits {
  return PERSONA_TRAITS[id];
}
