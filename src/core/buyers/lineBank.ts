/**
 * The persona line bank: generic buyer lines that are not in a scenario ("在吗?", "嗯", "能便宜点吗",
 * "拍下了"...). The core only knows keys (i18n namespace "buyer", files
 * src/i18n/locales/<locale>/buyer.json) and how long each line is to type (zh-CN characters), so
 * that typing delays follow the line length without the core reading display text.
 */

/** Every line-bank key with the length (characters) of its zh-CN text, used for typing delays. */
export const BUYER_LINE_LENGTHS = {
  'common.ping': 3,
  'common.question': 1,
  'common.anyone': 2,
  'common.stillThere': 4,
  'common.patienceWarning': 10,
  'common.leave': 10,
  'common.leaveAngry': 11,
  'common.thinkAgain': 7,
  'common.ordered': 3,
  'common.paid': 3,
  'common.goodbye': 6,
  'common.complaint': 10,
  'bargain.cheaper': 5,
  'bargain.freeShipping': 4,
  'bargain.gift': 10,
  'bargain.price': 11,
  'bargain.accept': 8,
  'bargain.grudging': 11,
  'taciturn.ok': 1,
  'taciturn.oh': 1,
  'chatty.offTopic.baby': 17,
  'chatty.offTopic.weather': 17,
  'chatty.offTopic.family': 17,
  'chatty.offTopic.work': 15,
  'chatty.backOnTrack': 10,
  'chatty.stillThere': 11,
  'hasty.hurry': 7,
  'hasty.angry': 10,
  'arrogant.pleased': 6,
  'arrogant.impatient': 7,
  'picky.doubt': 12,
  'picky.satisfied': 7,
  'greedy.threatReview': 14,
  'cautious.worry': 13,
  'cautious.reassured': 6,
} as const satisfies Record<string, number>;

/** A key of the persona line bank. */
export type BuyerLineKey = keyof typeof BUYER_LINE_LENGTHS;

/** The full list of line-bank keys; every key exists in zh-CN, en and es buyer.json. */
export const BUYER_LINE_KEYS = Object.keys(BUYER_LINE_LENGTHS) as BuyerLineKey[];

/** True when `key` is a line-bank key. */
export function isBuyerLineKey(key: string): key is BuyerLineKey {
  return Object.prototype.hasOwnProperty.call(BUYER_LINE_LENGTHS, key);
}

/** The i18n key of a line-bank line as adapters resolve it: `buyer:<key>`. */
export function buyerLineI18nKey(key: BuyerLineKey): string {
  return `buyer:${key}`;
}
