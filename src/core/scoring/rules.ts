/**
 * The rubric as data: every rule the scorer applies, the dimension it counts in, the seed passage
 * it comes from, and its nominal points (credits > 0, deductions < 0; 0 marks a step that was
 * missed and earns nothing). The coaching text of each rule is in
 * src/i18n/locales/<locale>/coaching.json under "rule.<id>", and names the same seed.
 */
import type { Flag } from '../analysis/flags';
import type { PersonaId } from '../scenario/schema';

export const DIMENSIONS = ['responseTime', 'courtesy', 'objectionHandling', 'closing'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Rule {
  id: string;
  dimension: Dimension;
  /** The seed passage the rule comes from (shared/seeds/<nnn>, section). */
  seed: string;
  /** Nominal points; rules scaled by a share (per beat, per response) say so in `scaled`. */
  points: number;
  /** True when the applied points are the nominal points times a share (of beats or responses). */
  scaled?: boolean;
}

const R = (id: string, dimension: Dimension, seed: string, points: number, scaled = false): Rule =>
  scaled ? { id, dimension, seed, points, scaled } : { id, dimension, seed, points };

const TIMELY = '003 §6 二 及时解答';
const FLOOR = '003 §6 二 及时解答; DESIGN.md Scoring (3-minute rule)';

/** Every rule, by id. */
export const RULES = {
  // Response time: 100 minus what each response loses against its target, weighted per response.
  'rt-first-good': R('rt-first-good', 'responseTime', TIMELY, 0, true),
  'rt-first-ok': R('rt-first-ok', 'responseTime', TIMELY, -20, true),
  'rt-first-slow': R('rt-first-slow', 'responseTime', TIMELY, -70, true),
  'rt-first-floor': R('rt-first-floor', 'responseTime', FLOOR, -90, true),
  'rt-reply-good': R('rt-reply-good', 'responseTime', TIMELY, 0, true),
  'rt-reply-slow': R('rt-reply-slow', 'responseTime', TIMELY, -60, true),
  'rt-reply-floor': R('rt-reply-floor', 'responseTime', FLOOR, -90, true),
  'rt-unanswered': R('rt-unanswered', 'responseTime', FLOOR, -100, true),
  'rt-fafs': R('rt-fafs', 'responseTime', '003 §6 二 及时解答; DESIGN.md Scoring (首问优先)', -5),

  // Courtesy: a base of 70, credits for warmth, deductions per message for negative tone.
  'co-greeting': R('co-greeting', 'courtesy', '003 §6 一 礼貌待客', 10),
  'co-no-greeting': R('co-no-greeting', 'courtesy', '003 §6 一 礼貌待客', -10),
  'co-thanks': R('co-thanks', 'courtesy', '001 §6 心存感恩; 003 §8 二.1 诚心致谢', 5),
  'co-we': R('co-we', 'courtesy', '003 §8 二.3 (5) 多说"我们"', 5),
  'co-emoji': R('co-emoji', 'courtesy', '003 §8 二.3 (7) 多表情少标点', 5),
  'co-persona-compliment': R(
    'co-persona-compliment',
    'courtesy',
    '002 骄傲型 / 吹毛求疵 应对技巧',
    10,
  ),
  'co-persona-soothe': R('co-persona-soothe', 'courtesy', '002 急躁型 应对技巧', 10),
  'co-persona-listen': R('co-persona-listen', 'courtesy', '002 唠叨型 应对技巧', 10),
  'co-persona-warmth': R('co-persona-warmth', 'courtesy', '002 慎重型 应对技巧', 10),
  'co-persona-one-by-one': R('co-persona-one-by-one', 'courtesy', '002 缄默型 应对技巧', 10),
  'co-persona-careful': R('co-persona-careful', 'courtesy', '002 贪婪型 应对技巧', 10),
  'co-curt': R('co-curt', 'courtesy', '003 §6 一 礼貌待客 (案例 "在。有。"); 003 §8 二.3 (1)', -15),
  'co-rude': R('co-rude', 'courtesy', '002 刁酸型 应对技巧 (忍); 003 §6 四', -30),
  'co-argue': R(
    'co-argue',
    'courtesy',
    '002 骄傲型 "千万别和他起冲突", 急躁型 "不要反驳和争辩"',
    -20,
  ),
  'co-blame': R('co-blame', 'courtesy', '002 急躁型 "不论是不是你错"', -20),
  'co-punctuation': R('co-punctuation', 'courtesy', '003 §8 二.3 (3)', -8),
  'co-particle': R('co-particle', 'courtesy', '003 §8 二.3 (2)', -5),

  // Objection handling: a base of 20 plus 80 shared among the beats (facts + moves), minus
  // deductions for wrong facts, hedges, promises, concessions out of order or beyond authority.
  'oh-facts-stated': R(
    'oh-facts-stated',
    'objectionHandling',
    '003 §8 一.1 专业知识; 004 §2.3',
    40,
    true,
  ),
  'oh-facts-missing': R(
    'oh-facts-missing',
    'objectionHandling',
    '003 §8 一.1 专业知识; 004 §2.3',
    0,
  ),
  'oh-move-good': R(
    'oh-move-good',
    'objectionHandling',
    '000 objection types; 002 应对技巧',
    40,
    true,
  ),
  'oh-move-missing': R(
    'oh-move-missing',
    'objectionHandling',
    '000 objection types; 002 应对技巧',
    0,
  ),
  'oh-bad-move': R('oh-bad-move', 'objectionHandling', '000 objection types; 002 应对技巧', -10),
  'oh-fact-wrong': R(
    'oh-fact-wrong',
    'objectionHandling',
    '004 §2.1 "no mientas"; 003 §8 一.1',
    -20,
  ),
  'oh-hedge': R(
    'oh-hedge',
    'objectionHandling',
    '004 §2.3 calidad: "tal vez", "probablemente"',
    -10,
  ),
  'oh-promise': R('oh-promise', 'objectionHandling', '003 §8 二.2 不要轻易保证', -10),
  'oh-value-first': R(
    'oh-value-first',
    'objectionHandling',
    '003 §8 三.5 先声明产品优质; 004 §2.1',
    -10,
  ),
  'oh-ladder': R(
    'oh-ladder',
    'objectionHandling',
    '004 §2.1 envío gratis → obsequio → pequeño descuento',
    -10,
  ),
  'oh-authority': R(
    'oh-authority',
    'objectionHandling',
    '003 §8 一.2 (1) 补偿权限 "由上级授权后"',
    -40,
  ),
  'oh-authority-again': R(
    'oh-authority-again',
    'objectionHandling',
    '003 §8 一.2 (1) 补偿权限',
    -10,
  ),
  'oh-taciturn-probe': R(
    'oh-taciturn-probe',
    'objectionHandling',
    '002 缄默型 应对技巧 一问一答式',
    -10,
  ),
  'oh-taciturn-one-question': R(
    'oh-taciturn-one-question',
    'objectionHandling',
    '002 缄默型 应对技巧 一问一答式',
    -5,
  ),
  'oh-chatty-steer': R(
    'oh-chatty-steer',
    'objectionHandling',
    '002 唠叨型 应对技巧 把话题主动权拉回来',
    -5,
  ),
  'oh-cautious-assurance': R(
    'oh-cautious-assurance',
    'objectionHandling',
    '002 慎重型; 004 §2.4 seguridad',
    -10,
  ),
  'oh-cautious-exaggeration': R(
    'oh-cautious-exaggeration',
    'objectionHandling',
    '002 慎重型 "不要夸大其词"',
    -10,
  ),
  'oh-picky-value': R(
    'oh-picky-value',
    'objectionHandling',
    '002 吹毛求疵 应对技巧 产品细节卖点',
    -10,
  ),
  'oh-hint': R(
    'oh-hint',
    'objectionHandling',
    'DESIGN.md Modes (practice: a hint lowers the score)',
    -10,
  ),

  // Closing: the reception flow of seed 003 (问候→库存→材质特征→相关推荐→议价→核对→告别→催付→维护),
  // steps weighted and normalised over the steps that apply; the outcome with the margin kept.
  'cl-recommend': R('cl-recommend', 'closing', '003 §6 三 推广从沟通中进行 (关联销售)', 20, true),
  'cl-recommend-missing': R('cl-recommend-missing', 'closing', '003 §6 三 关联销售', 0),
  'cl-push': R('cl-push', 'closing', '003 §8 三 促成交易', 10, true),
  'cl-push-missing': R('cl-push-missing', 'closing', '003 §8 三 促成交易', 0),
  'cl-order-check': R('cl-order-check', 'closing', '003 §6 四 核对地址', 15, true),
  'cl-order-check-missing': R('cl-order-check-missing', 'closing', '003 §6 四 核对地址', 0),
  'cl-payment-reminder': R(
    'cl-payment-reminder',
    'closing',
    '003 §6 (3) 付款: 客服要进行催付',
    15,
    true,
  ),
  'cl-payment-reminder-missing': R('cl-payment-reminder-missing', 'closing', '003 §6 (3) 催付', 0),
  'cl-farewell': R('cl-farewell', 'closing', '003 §6 四 告别是维护的开始', 20, true),
  'cl-farewell-missing': R('cl-farewell-missing', 'closing', '003 §6 四 告别是维护的开始', 0),
  'cl-outcome-paid': R('cl-outcome-paid', 'closing', '003 §6 (2)(3) 拍下, 付款', 20, true),
  'cl-outcome-unpaid': R('cl-outcome-unpaid', 'closing', '003 §6 (3) 拍下不付款', 8, true),
  'cl-outcome-lost': R('cl-outcome-lost', 'closing', '004 conclusión 4: ganar la confianza', 0),
  'cl-outcome-angry': R('cl-outcome-angry', 'closing', '003 §6 四; 002 急躁型', -10),
  'cl-outcome-complaint': R(
    'cl-outcome-complaint',
    'closing',
    '002 贪婪型 差评投诉; 003 §4 售后',
    -20,
  ),
  'cl-margin': R('cl-margin', 'closing', '004 §2.1; 003 §8 三.5 "这个价格已经是最低的喽"', 0),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** The i18n key (namespace "coaching") of a rule's coaching text. */
export function coachingKey(ruleId: RuleId): string {
  return `coaching:rule.${ruleId}`;
}

/** Base score of each dimension before credits and deductions. */
export const BASE: Record<Dimension, number> = {
  responseTime: 100,
  courtesy: 70,
  objectionHandling: 20,
  closing: 0,
};

/** Tone deductions per flag (courtesy). */
export const TONE_RULES: Partial<Record<Flag, RuleId>> = {
  curt: 'co-curt',
  rude: 'co-rude',
  argue: 'co-argue',
  blame: 'co-blame',
  excess_punctuation: 'co-punctuation',
  harsh_particle: 'co-particle',
};

/**
 * How much more a tone flag costs with a persona (seed 002): arguing with the arrogant, the
 * hasty or the picky is the worst move; rudeness with the hasty or the greedy invites a complaint;
 * a curt answer leaves the cautious and the chatty cold.
 */
export const PERSONA_TONE_WEIGHT: Record<PersonaId, Partial<Record<Flag, number>>> = {
  taciturn: { excess_punctuation: 1.5 },
  chatty: { curt: 1.5 },
  arrogant: { argue: 2, blame: 1.5 },
  picky: { argue: 2, curt: 1.5 },
  hasty: { argue: 2, blame: 2, rude: 1.5 },
  greedy: { rude: 1.5 },
  cautious: { curt: 1.5, excess_punctuation: 1.5 },
};

/** The persona's own courtesy technique (seed 002): the rule and the flags that show it. */
export const PERSONA_COURTESY: Record<PersonaId, { rule: RuleId; flags: Flag[] }> = {
  taciturn: { rule: 'co-persona-one-by-one', flags: ['probe', 'choice_question'] },
  chatty: { rule: 'co-persona-listen', flags: ['empathy', 'thanks'] },
  arrogant: { rule: 'co-persona-compliment', flags: ['compliment'] },
  picky: { rule: 'co-persona-compliment', flags: ['compliment'] },
  hasty: { rule: 'co-persona-soothe', flags: ['apology', 'empathy'] },
  greedy: { rule: 'co-persona-careful', flags: ['we_language'] },
  cautious: { rule: 'co-persona-warmth', flags: ['emoji'] },
};

/** Tone flags are scored in courtesy only, never again as a beat's bad move. */
export const TONE_FLAGS: readonly Flag[] = Object.keys(TONE_RULES) as Flag[];

/** Closing step weights (before normalising over the steps that apply). */
export const CLOSING_WEIGHTS = {
  recommend: 20,
  push: 10,
  orderCheck: 15,
  paymentReminder: 15,
  farewell: 20,
  outcome: 20,
} as const;

/** An order unpaid for at least this long makes a payment reminder due. */
export const PAYMENT_REMINDER_DUE_MS = 10_000;
