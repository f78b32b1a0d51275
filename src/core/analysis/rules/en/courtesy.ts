/**
 * en rules for courtesy and tone, positive: greeting, thanks, apology, empathy, we_language, emoji,
 * compliment (reply-flags.md "Courtesy and tone (positive)"; seeds 001 §6, 002, 003 §6 and §8).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** "No need to apologise" is not an apology. */
const APOLOGY_VETO = /\bno need to apologi[sz]e|\bsorry to (?:hear|learn|read)\b/g;

export const courtesyRules: PhraseRule[] = [
  {
    flag: 'greeting',
    re: /\b(?:hello|hi|hey|hiya|howdy|greetings|good(?<!\ba (?:very |really |nice |lovely )?good) (?:morning|afternoon|evening)|(?<!you're |you are |you're very |you are very |you're most |you're always |you're more than )welcome(?! to (?:return|contact|ask|reach|come|message|write|get|let))|nice to (?:meet|see) you)\b/g,
  },
  {
    flag: 'thanks',
    re: /\b(?:thank(?:s|s a lot|s so much| you| u)?(?! to\b)|thx|ty|appreciate|much appreciated|grateful|cheers)\b/g,
    negatable: true,
    veto: /\bthanks? to (?:its|the|their|his|her|a|an|our)\b|\bno need to thank/g,
  },
  {
    flag: 'apology',
    re: /\b(?:sorry|apologi[sz]e|apologies|my bad|forgive me|pardon|regret (?:the|any)|excuse the)\b/g,
    negatable: true,
    veto: APOLOGY_VETO,
  },
  {
    flag: 'empathy',
    re: /\bi (?:totally |completely |fully |really |do |can |truly |absolutely )?(?:understand|get it|hear you|see why|can imagine|can only imagine)|\bi know (?:how|it's|it is|that must|you're|you are|you need|you want|what it's like)|\bi can see (?:you(?:'re| are)? ?(?:need|want|worried|upset|frustrated|in a hurry|busy|concerned|anxious)|how|why|that (?:you|this))|\bunderstand(?:able)? (?:your|how|why|that|being|the)|\bcompletely understandable|\b(?:that|this|it) (?:must|sounds|must be|can be) (?:so |really |very |quite )?(?:frustrating|annoying|stressful|upsetting|disappointing|worrying|hard|difficult|inconvenient)|\b(?:is|was|be|sounds) (?:really |so |very |quite |incredibly )?(?:frustrating|upsetting|annoying|stressful|disappointing)\b|\bi'd (?:feel|be) the same|\banyone would (?:be|feel|get)\b|\bi'd be (?:frustrated|upset|annoyed|worried|angry|disappointed|mad|stressed) too|\bi would (?:be|feel) the same|\bin your shoes|\bno wonder you\b|\bi hear you\b|\bi (?:totally |completely |really |fully )?get (?:it|how|why|that|you)\b|\bhow (?:annoying|frustrating|stressful|upsetting|disappointing|worrying|inconvenient)\b|\byour (?:concern|frustration|worry|worries)\b/g,
    negatable: true,
  },
  { flag: 'we_language', re: /\b(?:we|we're|we've|we'll|we'd|our|ours|ourselves|us|let's)\b/g },
  {
    flag: 'compliment',
    re: /\b(?:great|good|excellent|wise|smart|nice|perfect|fantastic|wonderful|lovely|brilliant|solid|superb|fine|terrific|beautiful|gorgeous|stunning|awesome|amazing|elegant|stylish|classy|cute|sweet|savvy|sensible|clever) (?:choice|pick|call|eye|taste|decision|find|selection|move)\b(?! of\b)|\byou(?: have|'ve got| got) (?:a |such a |such )?(?:really |very |truly )?(?:great|good|excellent|fine|keen|sharp|real|impeccable|exquisite) (?:eye|taste|sense)|\byou (?:clearly |really |obviously |certainly |definitely )?know (?:your|what you're|what you are|a thing|your stuff|quality)|\b(?:so|very|really|how) (?:thoughtful|considerate|sweet|kind|smart|wise|careful|caring) of you|\bgood (?:on you|for you)\b|\byou(?:'re| are) (?:so |very |really |clearly |quite |such )?(?:thoughtful|detail-oriented|observant|savvy|an expert|a pro|right to|smart to|wise to|careful|a careful|a smart)|\b(?:sharp|keen|good) eye\b|\bimpeccable taste\b|\bhas great taste\b/g,
    negatable: true,
  },
  {
    // Chat spellings and clipped forms of a greeting.
    flag: 'greeting',
    re: /(?:^|[.!?,] *)(?:helo|hallo|hullo|heya|hii+|helloo+|heyy+)\b|(?:^|[.!?,] *)(?:good )?(?:mornin'?g?|evenin'?g?|afternoon)(?=[!,.~]|$| there\b| all\b)/g,
  },
  {
    flag: 'apology',
    re: /\b(?:sry|soz|srry|sowwy)\b|\b(?:we|i) (?:sincerely |deeply |truly |really )?regret\b/g,
    negatable: true,
    veto: APOLOGY_VETO,
  },
  {
    // "That must have been such a letdown", "that's so disappointing".
    flag: 'empathy',
    re: /\b(?:that|it|this)(?:'s| is| was| must have been| must be| sounds| sounded) (?:really |so |very |quite |incredibly |super |such a |a real |a |so very )?(?:frustrating|upsetting|annoying|stressful|disappointing|letdown|let-down|disappointment|pain|hassle|nightmare|worrying|inconvenient|worry)\b/g,
    negatable: true,
  },
  {
    // "You've clearly done your homework", "what a thoughtful gift", "excellent question".
    flag: 'compliment',
    re: /\byou(?:'ve| have) (?:clearly |really |obviously |definitely )?done your (?:homework|research)\b|\b(?:such a|what a|a (?:really |very |truly )?) ?(?:thoughtful|lovely|sweet|kind|considerate|generous|caring|devoted|wonderful) (?:gift|gesture|idea|present|choice|touch|dad|father|mum|mom|mother|parent|grandma|grandpa|son|daughter|husband|wife|partner|friend|aunt|uncle|sister|brother)\b|\b(?:great|good|excellent|smart|fair|very good) question\b|\b(?:she|he|they)(?:'s| is|'re| are) (?:so )?lucky (?:to have you)?\b/g,
    negatable: true,
  },
  {
    // "Totally understand", "completely fair to be careful", "buying online can feel risky".
    flag: 'empathy',
    re: /\b(?:totally|completely|fully) understand\b|\b(?:totally|completely|perfectly|entirely|very|so|quite|really) understandable\b|\bmakes (?:total |complete |perfect )?sense (?:you'd|that you|to be)\b|\b(?:totally|completely|perfectly|entirely|absolutely|very|so|quite) (?:fair|reasonable|normal|natural|valid|sensible)(?: enough)?(?: to (?:be|feel|want|ask|worry|check|wonder)| that you| you'd| (?:question|concern|worry|point))\b|\b(?:it's|it is|that's|that is) (?:only |totally |completely |perfectly )?(?:natural|normal|fair|reasonable|understandable) to (?:be|feel|want|worry|ask|check)\b|\bcan (?:feel|be|seem) (?:a bit |a little |really |quite |so |pretty )?(?:risky|scary|daunting|nerve-wracking|nerve-racking|stressful|overwhelming|worrying|intimidating)\b/g,
    negatable: true,
  },
  {
    // "You've got taste", "smart of you to…", "you picked a great pair".
    flag: 'compliment',
    re: /\byou(?:'ve| have)? (?:clearly |really )?got (?:good |great |such )?taste\b|(?:^|[.!?,] *)(?:very|so|really|super|how|that's (?:very |so |really )?) ?(?:smart|wise|sensible|clever) (?:of you )?to\b|\byou did (?:well|right) to\b|\bsmart thinking\b|\b(?:love|loving|adore) (?:your|the) (?:choice|pick|taste|style|selection|combo)\b|\b(?:thorough|clever|sensible|smart|wise|savvy|considerate|thoughtful) of you\b|\byou(?:'ve)? (?:picked|chose|chosen|found|made|selected|went with|gone with|got|landed) (?:a |an |the |yourself a |yourself an )?(?:really |very |truly |such a |an absolutely )?(?:great|good|excellent|lovely|beautiful|gorgeous|perfect|fantastic|wonderful|smart|wise|nice|stunning|brilliant|solid|classic|awesome|amazing|best|cutest|prettiest|nicest) (?:one|ones|pair|set|piece|colou?r|shade|style|model|size|combo|option|item|choice|pick|gift|design|print|pattern)\b|\byou(?:'ve)? (?:picked|chose|chosen|found|selected|got) (?:a winner|a keeper|a gem|our (?:best|favou?rite|top)|the best (?:one|of the bunch))\b/g,
    negatable: true,
  },
  {
    // "Sorry to hear the shoes rubbed", "I know, a week with no tracking…", "that's no fun".
    flag: 'empathy',
    re: /\bsorry to (?:hear|learn|read) (?:that|about|the|your|you|it|this|how)\b|(?:^|[.!?] *)i know(?=[,!]| right\b)|\b(?:that's|that is|it's|it is) (?:no fun|not fun|never fun|no joke)\b/g,
    negatable: true,
  },
  {
    // A closing "sorry" after a refusal: "we don't do discounts sorry", "can't, sorry."
    flag: 'apology',
    re: /(?<!\b(?:not|never|be) |n't )\b(?:sorry|sry|soz)(?= *(?:[,.!~]|$|but\b|[^\w\s?'"]))/g,
    veto: APOLOGY_VETO,
  },
];
