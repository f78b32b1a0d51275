/**
 * en rules: the semantics of shared/reply-flags.md carried over to English shop-chat phrasing
 * (text is normalised: lower case, NFKC, accents stripped, curly apostrophes straightened).
 */
import type { LocaleRules } from './types';
import { courtesyRules } from './en/courtesy';
import { toneRules } from './en/tone';
import { sellingRules } from './en/selling';
import { dealRules } from './en/deal';

/** One bare minimal answer (yes / no / ok / here), as in 003 §6 案例. */
const EN_CURT =
  "(?:yes|no|ok|okay|k|kk|yep|yeah|yup|ya|nope|nah|here|here i am|sure|fine|right|correct|sold out|out of stock|in stock|no stock|none|done|noted|got it|available|not available|it is|it isn't|true|false|dunno|idk|nothing|wait|hold on|later|whatever|no idea|we do|we don't|alright|all right|shipped|sent|sent out|dispatched|posted|paid|received|refunded|cancelled|canceled|not yet|on the way|already|mhm+|mm+|uh huh|no discounts?|no coupons?|no vouchers?|no bargaining|no haggling|no gifts?|no refunds?|no returns|no exchanges?|no cheaper|no lower|fixed price|price is fixed|final price|can't|cannot)";

/** The rules as written, by flag group (the engine merges them per flag: see merge.ts). */
const rules = [...courtesyRules, ...toneRules, ...sellingRules, ...dealRules];

/** en: a sentence ending with a question mark. */
function isQuestion(sentence: string): boolean {
  return sentence.includes('?');
}

/** The en rule set. */
export const enRules: LocaleRules = {
  rules,
  gramLength: 4,
  negatorBefore:
    /\bout of\b|\b(?:not|no|never|nothing|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|unable|without|nor|neither|none)\b|n't\b/,
  negatorExceptions:
    /\bno (?:problem|worries|doubt|question|need to worry)\b|\bno[- ]questions[- ]asked\b|\bnot only\b|\bdon't (?:worry|hesitate|forget|miss)\b|\bwithout (?:a doubt|fail)\b|\bno[- ](?:reason|quibble|hassle|fuss)\b/g,
  negationWindow: 40,
  negatorAfter:
    /^(?:\s+(?:is|are|was|were|does|do|will|would|can|could|has|have))?(?:\s+(?:not|never)\b|n't\b)/,
  curt: new RegExp(`^${EN_CURT}(?: ${EN_CURT}){0,2}$`),
  sample:
    'hi! thanks for waiting, how can i help you today? this jacket is made of soft cotton and it fits true to size. could you tell me your height and weight so i can suggest the right size? we ship within 48 hours and returns are free for 7 days. if you order today i can add a small gift. sorry for the delay, let me check the stock for you. yes, the blue one is still available in m and l.',
  isQuestion,
};
