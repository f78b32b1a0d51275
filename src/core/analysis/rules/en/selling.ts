/**
 * en rules for selling moves: probe, choice_question, recommend, value, social_proof
 * (reply-flags.md "Selling moves"; seeds 002, 003 §6 and §8).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** Advice ("I suggest measuring…") and "so you can try", which are not a product recommendation. */
const RECOMMEND_VETO =
  /\b(?:how|what) about a free\b|\b(?:suggest|recommend)(?:ed)? (?:measuring|checking|washing|hand[- ]washing|reading|contacting|keeping|storing|letting|waiting|trying on)\b|\bso (?:you|she|he|they) can try\b/g;

export const sellingRules: PhraseRule[] = [
  {
    flag: 'probe',
    re: /\b(?:who (?:is|'s|are) (?:it|this|they|the gift|these) for|who(?:'s| is) it for|for yourself|is (?:it|this|that) (?:a gift|for (?:you|yourself|your|a|someone|him|her|them))|what (?:size|sizes|colou?r|style|budget|kind|type|skin|age|shoe size|fit|occasion|length)|which (?:size|colou?r|style|model|one) do you|what (?:do|will|would|did) you (?:mostly |mainly |usually |normally |typically )?(?:use|need|want|wear|like|plan|have in mind|look for)|what (?:are|were) you (?:looking|planning|hoping)|what(?:'s| is) (?:your|the) (?:skin|size|budget|height|usual|favorite|favourite|preferred|style|age|occasion|weight)|how (?:old|tall|big|often|many people|much do you|long do you)|how much (?:does|do|did) (?:your|the|he|she|they|it) ?\w* weigh|weigh|your (?:baby|little one|child|kid|son|daughter|husband|wife|partner|mom|dad)|have you (?:used|worn|tried|had|bought|owned)|do you (?:usually|normally|often|have (?:sensitive|dry|oily|any (?:allergies|preference))|need (?:it|them|this|one) (?:for|by)|plan|wear|use|already have|mainly)|what (?:is|are) (?:it|they|these) for|are you (?:looking for|shopping for|buying for|planning)|any (?:particular|specific) (?:colou?r|style|size|budget|preference)|(?:your|the baby's|their) (?:budget|skin type|usual size|height|weight|age)|is your (?:bed|room|home|house|baby|child|kid|skin|hair|dog|cat|pet|car|phone|laptop|device|space|kitchen|family))\b/g,
    questionOnly: true,
  },
  {
    flag: 'choice_question',
    re: /\bwhich (?:one|do you|would you|of (?:these|them|the))\b|(?<!\b(?:questions|question|anything|concerns|problems|issues|help|something|else)) or (?!not\b|anything\b|something\b|so\b|other\b|any\b|concerns\b|questions\b|else\b|two\b|if\b|would\b|do\b|are\b|is\b|can\b|i\b|we\b|you'd\b)/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    re: /\b(?:i(?:'d| would)? (?:recommend|suggest|go with|advise)|we (?:(?:would|'d) )?(?:recommend|suggest)|my (?:recommendation|suggestion|pick)|you (?:might|may|could|would) (?:also )?(?:like|love|enjoy|want to (?:try|check|consider|add|pair|look at))|you might want|(?:also |why not )?(?:try|consider|check out) (?:the|this|our|a|these|it in)\b|pairs? (?:well|nicely|perfectly|great) with|goes (?:well|great|perfectly|nicely) with|add the matching|\bthe matching \w+|same (?:line|series|collection|range)\b|(?:want|like) to add (?:one|it|a|an|the)\b|add one to your (?:order|cart)|there's also a matching|works (?:great|well|perfectly|nicely) with|(?:how|what) about (?:the|our|this|a)\b|(?:is|looks) (?:very |really |quite )?similar|a similar (?:one|style|model|item|design)|(?:add|get) (?:a|the|our) matching|would suit you|(?:is|are) perfect for you|a better (?:fit|choice|option) for you|go for the|worth adding)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'value',
    re: /\b(?:made (?:of|from|with)|material|fabric|cotton|silk|wool|cashmere|leather|linen|chiffon|alumin(?:um|ium)|stainless|steel|bamboo|breathab\w*|breathes|soft|comfortable|comfy|durable|sturdy|lightweight|waterproof|water-resistant|(?:high |premium |top |great |excellent )quality|quality is (?:really |very |super |truly )?(?:great|good|excellent|amazing|outstanding|top)|premium|high-grade|aircraft-grade|handmade|hand-stitched|stitching|craftsmanship|battery (?:lasts|life)|lasts|long-lasting|noise[- ]cancel\w*|keeps? (?:you|your|drinks|food|it|them) (?:warm|cool|cold|hot|dry|fresh|comfortable|safe|clean|going)|on a (?:single )?charge|cleans? (?:really |very )?(?:deep|deeply|well|thoroughly|gently)|protects?|won't (?:itch|pill|fade|crack|stretch|irritate|scratch)|doesn't (?:itch|pill|fade|irritate)|gentle|hypoallergenic|moisturi\w*|hydrat\w*|nourish\w*|enriched|formulated|(?:the |this )formula (?:is|contains|has)|ingredients?|natural|organic|nutrition\w*|easy to (?:clean|use|wash|carry|store)|machine washable|worth (?:every|it|the)|value for (?:money|the price)|great value|good value|pays for itself|insulated|cozy|flattering|slimming|versatile|absorb\w*|ergonomic|energy-saving|capacity|blocks out|non-stick|anti-\w+|works with|compatible with|boosts?|enhances?|fits (?:all|most|any))\b/g,
    veto: /\b(?:quality|material|fabric) (?:issues?|problems?|defects?|complaints?)\b|\bany quality\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:best[- ]?sell\w*|top[- ]sell\w*|top seller|most popular|(?:very |really |super |hugely )popular|customers? (?:love|keep|rave|adore|say|buy|come back|reorder|swear)|(?:many|lots of|thousands of|hundreds of|tons of|plenty of|most of our|a lot of|so many) (?:customers|buyers|people|moms|parents|shoppers|happy customers|of our customers|repeat)|repeat (?:customers|buyers|purchases?)|(?:great|good|excellent|positive|glowing|rave|five-star|5-star|amazing) reviews|\d[\d,.]* (?:five-star |5-star |positive |good |great )?(?:reviews|ratings)|reviews? (?:are|is) (?:great|excellent|amazing|fantastic)|highly rated|rated \d|we've sold|sold (?:tens of |hundreds of |thousands of |over |more than )?(?:\d[\d,]*|thousands|hundreds|millions)|sell(?:s|ing)? (?:out|like (?:hot cakes|crazy)|really well|very well|fast|quickly)|fan favou?rite|everyone loves|flying off the shelves|reorder\w*|word of mouth|customer favou?rite)\b/g,
  },
  {
    // probe = a question about the buyer's need or situation (which product, who for, what use).
    // A generic offer of help (有什么可以帮您 / how can I help / ¿en qué le puedo ayudar?) is the
    // reception opener of 003 §6, not a probe: it names no need (consistent with the dev corpus).
    flag: 'probe',
    re: /\b(?:are|were) you (?:interested|looking) (?:in|for)\b|\bwhat (?:are|were) you (?:after|interested in)\b|\b(?:is|are) (?:it|this|that|they|these) (?:mainly |mostly |going to be )?(?:for|used for) (?!the price\b)\w+/g,
    questionOnly: true,
  },
  {
    flag: 'social_proof',
    re: /\b\d[\d,.]*k?\+? (?:units |pieces |pairs |bottles |orders )?sold\b|\bsold (?:over|more than)\b/g,
    negatable: true,
  },
  {
    flag: 'probe',
    re: /\bwho (?:will|would|is going to|'ll) (?:be )?(?:using|use|wear|wearing|get|receive)\b|\b(?:anything|something) (?:in particular|specific)\b|\bwhat do you need (?:it )?for\b/g,
    questionOnly: true,
  },
  {
    flag: 'social_proof',
    re: /\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d)?k)\+? (?:orders|buyers|customers|happy customers|sales|units|pieces|(?:five-star |5-star |positive )?reviews)\b|\btop[- ](?:pick|rated)\b/g,
    negatable: true,
  },
  {
    // A feature tied to its benefit: "…, so it's easy…", "which helps with…", "keeps the leaves fresh".
    flag: 'value',
    re: /(?:,? so| which) (?:it(?:'s| is| stays| keeps| lasts| won't| doesn't| feels| fits| dries| charges| works)|you(?:'ll| can) (?:stay|keep|feel|enjoy|save|use it|wear it)|they (?:stay|keep|last|won't|don't))\b(?! (?:ships?|arrives?|goes out|be shipped|dispatch))|\bwhich (?:helps?|gives?|keeps?|makes?) (?:it|them|you|your|the|with)\b|\bkeeps? (?:the |your |its )?\w+ (?:fresh|warm|cool|dry|safe|clean|crisp|in place|secure|soft)\b|\bhand[- ]?(?:rolled|made|picked|crafted|stitched|sewn|knitted|woven|painted|carved|roasted|finished)\b|\bholds? up\b|\bfast[- ]charg\w*|\bsolid (?:wood|walnut|oak|pine|teak|beech|brass|silver|gold|steel|maple|ash)\b|\bfolds? (?:flat|down|up|away|with one hand|in seconds)\b|\bresealable\b|\b(?:it|this|which|that|they|these) (?:also )?helps? (?:with|prevent|reduce|keep|protect|relieve)\b/g,
  },
  {
    flag: 'social_proof',
    re: /\breviews?\b[^.!?]{0,25}?\b(?:are|is) (?:crazy |really |super |so |very |just )?(?:good|great|amazing|excellent|fantastic|glowing|brilliant|positive|awesome)\b|\bswear by\b|\b(?:loads|heaps|lots|tons|plenty|a bunch|many|most|a lot) of (?:our )?(?:mums|moms|mamas|parents|regulars|repeat buyers|clients|shoppers|people (?:buy|love|get|order|choose|pick|come back))\b/g,
  },
  {
    // "I'd go one size up", "size up", "people add the … as well".
    flag: 'recommend',
    re: /\bi(?:'d| would) (?:go|size|get|pick|take|choose|grab)\b(?! (?:ahead|back|and check|through|over))|\bsize (?:up|down)\b|\b(?:people|customers|buyers|most people|many people|a lot of people) (?:also )?(?:add|get|grab|pair)\b[^.!?]{0,40}?\b(?:as well|too|with it)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'probe',
    re: /\bhow (?:wide|big|long|large|high|deep|tall|much space|much room) (?:is|are) (?:your|the)\b|\bare you thinking (?:of |about )?(?:the|a)\b/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    re: /\bi(?:'d| would) (?:lean|steer you|point you|nudge you) (?:towards?|to)\b|\b(?:have|take) a look at the [^.!?]{1,40}? instead\b|\bwould (?:the|a|an) [^.!?]{1,30}? work (?:for you )?instead\?|\bsounds like (?:the|a) [^.!?]{1,20}? is (?:your|the right|perfect)\b|\b(?:people|customers|buyers|parents) who (?:buy|get|order)\b[^.!?]{1,30}?\b(?:often|usually|also|always) (?:add|get|grab|pair|buy)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'social_proof',
    re: /\bmost (?:ppl|people|customers|buyers|folks) (?:go for|pick|choose|take|get|buy|order)\b|\b(?:parents|people|customers|mums|moms|buyers|folks) keep (?:ordering|buying|coming back|reordering)\b|\b(?:loads|heaps|tons|lots|plenty) of (?:our )?(?:customers|buyers|clients|people|parents|mums|moms)\b|\b(?:people|customers|buyers|parents) who (?:buy|get|order)\b[^.!?]{1,30}?\b(?:often|usually|always) (?:add|get|grab|pair|buy)\b/g,
  },
];
