/**
 * en rules: the semantics of shared/reply-flags.md carried over to English shop-chat phrasing
 * (text is normalised: lower case, NFKC, accents stripped, curly apostrophes straightened).
 */
import type { LocaleRules, PhraseRule } from './types';

/** One bare minimal answer (yes / no / ok / here), as in 003 §6 案例. */
const EN_CURT =
  "(?:yes|no|ok|okay|k|kk|yep|yeah|yup|ya|nope|nah|here|here i am|sure|fine|right|correct|sold out|out of stock|in stock|no stock|none|done|noted|got it|available|not available|it is|it isn't|true|false|dunno|idk|nothing|wait|hold on|later|whatever|no idea|we do|we don't|alright|all right)";

/** Advice ("I suggest measuring…") and "so you can try", which are not a product recommendation. */
const RECOMMEND_VETO =
  /\b(?:how|what) about a free\b|\b(?:suggest|recommend)(?:ed)? (?:measuring|checking|washing|hand[- ]washing|reading|contacting|keeping|storing|letting|waiting|trying on)\b|\bso (?:you|she|he|they) can try\b/g;

/** A discount that ended, is only asked about, or is declined in favour of something else. */
const DISCOUNT_VETO =
  /\b(?:discount|coupon|promo|sale) (?:(?:event|period|season|code) )?(?:ended|is over|has ended|expired|finished)\b|\binstead of a (?:discount|coupon)\b|\bwhether (?:a|the|any) (?:coupon|discount)\b/g;

/** "No need to apologise" is not an apology. */
const APOLOGY_VETO = /\bno need to apologi[sz]e/g;

const rules: PhraseRule[] = [
  {
    flag: 'greeting',
    re: /\b(?:hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|(?<!you're |you are |you're very |you are very |you're most |you're always |you're more than )welcome(?! to (?:return|contact|ask|reach|come|message|write|get|let))|nice to (?:meet|see) you)\b/g,
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
    re: /\b(?:great|good|excellent|wise|smart|nice|perfect|fantastic|wonderful|lovely|brilliant|solid|superb|fine|terrific) (?:choice|pick|call|eye|taste|decision|find|selection)\b(?! of\b)|\byou(?: have|'ve got| got) (?:a |such a |such )?(?:really |very |truly )?(?:great|good|excellent|fine|keen|sharp|real|impeccable|exquisite) (?:eye|taste|sense)|\byou (?:clearly |really |obviously |certainly |definitely )?know (?:your|what you're|what you are|a thing|your stuff|quality)|\b(?:so|very|really|how) (?:thoughtful|considerate|sweet|kind|smart|wise|careful|caring) of you|\bgood (?:on you|for you)\b|\byou(?:'re| are) (?:so |very |really |clearly |quite |such )?(?:thoughtful|detail-oriented|observant|savvy|an expert|a pro|right to|smart to|wise to|careful|a careful|a smart)|\b(?:sharp|keen|good) eye\b|\bimpeccable taste\b|\bhas great taste\b/g,
    negatable: true,
  },
  {
    flag: 'rude',
    re: /\btake it or leave it\b|\b(?:buy it|take it|order it) or (?:don't|not)\b|\bi (?:already|just) (?:told|said|explained)\b|\bi told you (?:already|before|twice|that|so)\b|(?:^|[.!?] *)just (?:read|look at|check) (?:the|it)\b|\bi(?:'ve| have) (?:already )?(?:told|said|explained) (?:you |this |that |it ){0,2}(?:already|before|twice|three times|\d+ times|many times|several times|a (?:few|hundred|million|thousand) times)|\bhow many times\b|\bas i (?:already )?(?:said|told you)\b|\bread (?:the \w+ |it |the \w+ \w+ )?(?:yourself|again)\b|\b(?:look|check|figure) (?:it |that )?(?:out )?(?:for )?yourself\b|\bfigure it out\b|\bstop (?:asking|messaging|bothering|texting|writing|complaining|nagging)|\bnot my (?:problem|job|fault)\b|(?:^|[.!?] *)whatever(?=[.!?]|$)|\bare you (?:stupid|blind|kidding me)|\bcan't you read\b|\bif you don't (?:like|want) it,? (?:then )?(?:don't|go|just)\b|\bgo (?:somewhere else|elsewhere)\b|\bshop elsewhere\b|\bi don't (?:have time|care)\b|\bwe(?:'re| are) (?:busy|very busy|too busy)|\bi'm (?:busy|too busy)\b|\bdeal with it\b|\bor i(?:'m| am| will|'ll) cancel|\bpay (?:now|up) or\b|\bnot our problem\b|\bbuy it or not\b|\bi don't have all day\b|\bwasting my time\b|\bcan't afford it,? (?:then )?(?:don't|stop|go|just)\b|\b(?:now )?you (?:come|are) (?:back )?(?:complaining|whining|crying)|\bhow (?:would|should|could|am) i (?:supposed to )?know\b/g,
  },
  {
    flag: 'argue',
    re: /\byou(?:'re| are) (?:just |simply |completely |totally )?(?:wrong|mistaken|incorrect|confused)\b|\b(?:that|this)(?:'s| is) (?:simply |just |absolutely |completely |totally )?(?:not true|not the case|incorrect|false|wrong|impossible|nonsense|not right|not correct)\b|\bit(?:'s| is) (?:simply |just )?(?:not true|not the case|false)\b|\bthat's not how\b|\bno,? (?:we|it|that|this|they) (?:did|do|does|is|was|are)(?:n't| not)\b|\bthat never happened\b|\bthere's no way\b|\bnot true\b|\bthat makes no sense\b|\bare you sure\?|\b(?:can't|cannot|isn't|is not|wasn't|was not|not) (?:be )?our (?:fault|mistake)\b/g,
    negatable: true,
  },
  {
    flag: 'blame',
    re: /\b(?:that's|it's|this is|that is|it is) (?:entirely |completely |all |totally )?your (?:own )?(?:fault|mistake|problem|responsibility)|\byour fault\b|\byou should(?:'ve| have) (?:read|checked|looked|measured|asked|chosen|picked|ordered|selected|told|noticed|paid attention|double-checked|confirmed|contacted|seen|known)|\byou (?:didn't|did not|never|failed to) (?:read|check|look|measure|compare|notice|pay attention|follow|choose|select|tell|confirm|see)\b|\byou (?:just )?(?:didn't|did not) \w+ (?:properly|carefully|correctly)\b|\byou (?:picked|chose|selected|ordered|entered|typed|put|gave|wrote|filled in|set) (?:in )?(?:the |a )?(?:wrong|incorrect)\b|\byou (?:washed|used|installed|handled|stored|set up) (?:it|them) (?:the )?(?:wrong|incorrectly|improperly)|\byou (?:picked|chose|selected|ordered|bought) (?:\w+ ){0,2}yourself\b|\bthat's on you\b|\bwhose fault\b|\bwho's to blame\b|\byou (?:\w+ )?without (?:reading|checking|looking|measuring)\b|\byou (?:didn't|did not|never) (?:say|tell|mention|specify|write|note)\b|\byou must have (?:dropped|misread|broken|damaged|ordered|picked|chosen|misunderstood|missed|forgotten|entered|typed|washed|used|mixed up|confused)\b|\b\w+ (?:it|them) yourself\b(?<!\b(?:see|check|try|enjoy|try it|see it|check it) (?:it|them) yourself)|\bblame yourself\b|\buser error\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:guarantee|promise|swear)s? (?:you |it |that |they |this |delivery |it'll |you'll |it will |they'll )|\bguaranteed to (?:arrive|work|fit|last|be|get)|\bdefinitely (?:arrive|be|won't|will|no|not|get|fit|work|last)\b|\bwill (?:definitely|surely|certainly)\b|\bwill (?:absolutely |surely |definitely )?never (?:break|fail|fade|let you down|wear out|crack|shrink|stop|leak|tear|go wrong)|\b(?:never|won't ever) (?:breaks?|fails?|fades?|wears? out|shrinks?|leaks?|tears?)\b|\babsolutely (?:no problem|never|won't|will|sure|guaranteed)|\b100 ?% (?:sure|certain|won't|will|guaranteed to|no problem)|\bfor sure\b|\bno question(?=[.!,]|$)|\bwithout (?:a |any )?(?:doubt|fail)\b|\bi(?:'m| am) (?:100% |absolutely |completely )?(?:sure|certain) (?:it|you|they)\b|\bit will (?:arrive|be there|be at your door|reach you) (?:tomorrow|today|by)\b|\bno way it (?:will|can)\b|\bzero (?:chance|risk) of\b|\blasts? (?:a lifetime|forever)|\bwill last (?:a lifetime|forever|for years)/g,
    negatable: true,
  },
  {
    flag: 'hedge',
    re: /\b(?:maybe|perhaps|probably|possibly|presumably|roughly|approximately|likely|apparently|supposedly|i think|i believe|i guess|i suppose|i assume|not (?:100% |totally |completely |entirely |really |quite )?sure|not certain|should be|might be|may be|could be|more or less|or so|kind of|sort of|something like|around \d|about \d|about standard|around (?:standard|the same)|give or take|if i remember|if i recall|seems to|seems like|i'd say|i reckon|(?:may|might) (?:not )?(?:suit|fit|be|work|run|feel|come|last|take))\b/g,
    negatable: true,
    veto: /\b(?:what|which|any|this|that|the|a|each|every|same|other) (?:kind|sort) of\b|\bnot sure (?:why|what you)\b|\b(?:you )?(?:might|may|could|would) (?:also )?(?:like|love|enjoy)\b|\bmaybe you(?:'d| would)? (?:also )?(?:like|love)\b|\broughly (?:what|how)\b|\bmight come in handy\b/g,
  },
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
    flag: 'discount_offer',
    re: /(?:\$\d+(?:\.\d+)?|\d+ ?%|\b\d+ dollars?|\b\d+ (?:bucks|euros?|pounds?)|\b\d+(?:\.\d+)?) off\b(?!-)|\$\d+-off|(?:\$\d+|\b\d+ ?(?:dollars?|euros?|pounds?)) (?:store )?credit\b|\b(?:discount|coupon|voucher|promo(?: code)?|special price|lower (?:the |your )?price|(?:adjust|change|modify) the price|a better price|knock (?:\$?\d+ )?off|take (?:\$?\d+|\d+ ?%) off|price (?:cut|drop|reduction)|markdown|rebate|cash ?back|reduce the price|best price i can do)/g,
    negatable: true,
    postNegatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'gift_offer',
    re: /\b(?:free gifts?|(?:little |small |free |complimentary |bonus |extra )gifts?|as a (?:little |small |free )?gift|gift (?:for you|with (?:your|every|each))|complimentary|freebie|bonus|free samples?|(?:a|an|one|two|three|some|\d+|extra|plus) free (?!shipping|delivery|returns?|exchanges?|trial|consultation|postage|standard|express|upgrade)\w+|throw in|slip (?:a|an|in)|(?:add|include|throw in|give you|send you) (?:a |an |one |two |some )?(?:little |small |cute |nice )?\w+(?: \w+)? (?:for free|free of charge|on the house|as a gift)|include (?:a|an) (?:free|little|small|bonus|matching)|(?:add|include|get|comes? with) (?:a|two|an|one|some) free (?!shipping|delivery|returns?|postage))\b/g,
    negatable: true,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:free (?:shipping|delivery|postage|standard shipping)|ships? (?:it |them |everything |the order |your order )?(?:for )?free|shipping(?: is|'s| will be| is totally| is completely) (?:free|on (?:us|me|the house))|(?:we'll|we will|i'll|i will|we|i can|we can) (?:cover|pay for|pay|waive) (?:the |your )?(?:return )?(?:shipping|postage|delivery)|shipping on (?:us|me|the house)|no (?:shipping|delivery|postage) (?:fee|cost|charge)s?|(?:everything|it all|all orders) ships? free)\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'assurance',
    re: /\b(?:escrow|held (?:by|until)|buyer protection|purchase protection|money[- ]back|full refund|refund (?:if|within|policy|guarantee)|(?:request|get|claim|receive) a (?:full )?refund|refundable|returns?\b(?! to\b)(?! back)(?! shipping)(?! label)(?! it\b)(?! them\b)|(?:can|may|could) return (?:it|them)|return (?:it|them) (?:within|for free|free|at no)|refund you|refund (?:it|the|your|you) in full|in full|reship|(?:arrange|process|offer|do) (?:an |a |a free )?(?:exchange|replacement|return|refund)|send (?:you )?a (?:free )?replacement|free replacement|return (?:policy|window)|free returns|exchange (?:policy|it for free|within)|warrant\w*|guarantee(?:d)? (?:genuine|authentic|original)|(?:genuine|authentic|original),? guaranteed|100 ?% (?:genuine|authentic|original)|genuine|authentic|authori[sz]ed (?:dealer|retailer|seller|reseller|store)|official (?:store|retailer|distributor)|shipping insurance|insured|quality guarantee|satisfaction guarantee|no counterfeits?|payment is released|released to (?:us|the seller)|until you confirm (?:receipt|delivery))\b/g,
    negatable: true,
  },
  {
    flag: 'closing_push',
    re: /\b(?:place (?:the|your|an) order|order (?:now|today|it now|yours)|(?:go ahead and|just|please|you can|feel free to|ready to|time to) check ?out(?! (?:the|our|this|these|a|my)\b)|check ?out (?:now|today)|buy (?:now|it now|today)|add (?:it |them |this |one )?to (?:your |the )?(?:cart|basket)|grab (?:it|one|yours|them)|snap (?:it|one) up|lock in|secure (?:yours|one|it)|complete (?:your|the) (?:order|purchase)|before (?:it's|they're|they are|it is) (?:gone|sold out)|while (?:it's|they're|stocks?) (?:in stock|last|available)|only (?:a few|\d+) left|limited stock|don't miss (?:out)?|ready to order|go ahead and (?:order|buy|get)|feel free to (?:order|buy|place)|order (?:before|while) (?:it's|they're|stocks?))\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:complete (?:the|your) payment|(?:haven't|have not|hasn't|has not|not yet|still not|not been) (?:yet )?paid|unpaid|awaiting payment|pending payment|payment (?:is )?(?:still )?pending|still no payment|no payment yet|(?:remember|don't forget|please remember) to pay|pay (?:for )?(?:your|the) order|pay (?:now|today|soon)|finish (?:the )?(?:checkout|payment)|make the payment|(?:submit|complete) payment|payment reminder|(?:if|once|when|as soon as) you pay\b(?! attention)|hasn't been paid)\b/g,
  },
  {
    flag: 'order_check',
    re: /\b(?:confirm (?:your|the) (?:address|order|size|colou?r|details|shipping|delivery|phone)|let me confirm|(?:double|triple)[- ]check(?:ed)? (?:the |your )?(?:shipping |delivery )?(?:address|order|details|size)|just to (?:double-check|confirm|verify|be sure)|verify (?:your|the) (?:shipping |delivery )?(?:address|order|details)|(?:is|was) (?:that|this) (?:right|correct)|is (?:the|your) (?:address|order|size) (?:correct|right)|(?:shipping|delivery) address is|the address is|shipping to|(?:was|is) (?:that|it) the|you ordered (?!(?:the|a|an) (?:wrong|incorrect)\b)(?:the|a|an|one|\d)|phone number (?:is|ends)|is that all correct|if (?:that's|that is|everything is|it's) (?:all )?correct)\b|, (?:right|correct|is that right|is that correct)\?/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:have a (?:nice|great|good|lovely|wonderful|pleasant|fantastic) (?:day|evening|weekend|one|night|time)|see you(?: again| soon| next time| later| tomorrow|(?=[.!]|$))|goodbye|bye|take care|come back (?:soon|anytime|again|any time)|(?:visit|shop with) us again|follow (?:our|the) (?:shop|store)|(?:bookmark|favorite|favourite) (?:our|the) (?:shop|store)|enjoy your (?:day|purchase|new|weekend|shopping|order)|hope to see you|look forward to (?:seeing|serving|hearing)|feel free to come back|welcome to come back|until next time|have a good one)\b/g,
  },
  {
    flag: 'escalate',
    re: /\b(?:supervisor|manager|team lead(?:er)?|my lead|my boss|the boss|management|escalat\w*|(?:get|request|ask for|need|seek) (?:an? |the )?(?:approval|authori[sz]ation|sign[- ]off)|sign off|approv\w* (?:by|from)|check with (?:my|our|the) (?:team|manager|supervisor|boss|lead)|beyond what i can (?:approve|authori[sz]e|offer)|above my (?:authority|pay grade|limit))\b/g,
  },

  // ---- Families broadened after the blind2 round (issue 2): whole phrasings, not lines. ----
  {
    // "I already answered that", "like I said", "you've already asked me that", "WHY… again??".
    flag: 'rude',
    re: /\bi(?:'ve| have)? already (?:told|said|explained|answered|replied|covered|mentioned|gone over|went over)\b|\bi(?:'ve| have) (?:answered|explained|told you|said|covered|replied to) (?:this|that|it)? ?(?:already|before|twice|(?:\w+|\d+) times)\b|\b(?:like|as) i (?:already )?said\b|\byou(?:'ve| have)? already asked\b|\byou(?:'re| are) asking (?:me )?(?:the same|that|this)(?: \w+)? again\b|\bsame question again\b|\bwhy (?:are|do|would) you (?:keep )?ask(?:ing)?\b|(?:^|[.!?,] *)(?:seriously,? )?again\?|\b(?:i'm|i am) not (?:going to|gonna) (?:repeat|say|explain)|\bnot (?:going to|gonna) (?:repeat|say|explain) (?:myself|it|this|that)|\bdon't (?:want|like) to repeat/g,
  },
  {
    // Sending the buyer off to look it up themselves.
    flag: 'rude',
    re: /\bscroll (?:back )?up\b|\bit'?s all (?:there|in the \w+|on the \w+)\b|\beverything(?:'s| is) (?:already )?(?:on|in) the (?:product |item )?(?:page|description|listing|photos|pictures|details)\b|\blook it up\b|\bgoogle it\b|\bbefore asking\b|(?:^|[.!?,] *)(?:please |just |go )?read the (?:product page|description|listing|page|details|whole)\b|\bdid you (?:even )?read\b/g,
  },
  {
    // Hurrying the buyer; "if you don't like it, go elsewhere".
    flag: 'rude',
    re: /\bhurry up\b|\bmake up your mind\b|\bdecide already\b|\bjust decide\b|\b(?:other|more) customers (?:waiting|to (?:serve|help|deal with))\b|\bwant it or not\b|\bif you don't (?:like|want)\b[^.!?]{0,30}?\b(?:don't buy|go (?:find|buy|look|shop|elsewhere|somewhere)|shop elsewhere|buy (?:it )?elsewhere)|\bgo (?:find|buy|look for) (?:it|one) (?:\w+ )?(?:somewhere else|elsewhere)\b/g,
  },
  {
    // Head-on contradiction in other words.
    flag: 'argue',
    re: /\byou (?:must|might|may|seem to) be (?:mistaken|wrong|confused)\b|\bthat(?:'s| is) (?:just |simply )?not (?:what happened|accurate|so)\b|(?:^|[.!?] *)(?:wrong|nope|incorrect)(?=[,;])/g,
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
    flag: 'rude',
    re: /\beverything(?:'s| is) (?:already )?(?:there|in there)\b|\bbefore (?:you )?(?:ask|message|contact|write|bother)\w*|\b(?:the )?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|hundredth|umpteenth) time (?:you(?:'ve| have)?|i(?:'ve| have)?) (?:asked|said|told|explained|answered)|(?:^|[.!?] *)come on\b|\bpick one already\b|\b(?:buy|want|take|order|get) (?:it|this|one|them) or not\b|\bcan't (?:wait|hold it|hold them) (?:forever|all day)\b|\b(?:you )?keep (?:asking|messaging|bugging|repeating)\b/g,
  },
  {
    flag: 'argue',
    re: /\byou(?:'ve| have)? got (?:it|that|this) (?:all )?wrong\b|\byou(?:'re| are) (?:getting|remembering) (?:it|that|this) wrong\b|\b(?:that|this|it) (?:isn't|is not|wasn't|was not) (?:true|correct|right|accurate|the case)\b/g,
  },
  {
    flag: 'probe',
    re: /\bwho (?:will|would|is going to|'ll) (?:be )?(?:using|use|wear|wearing|get|receive)\b|\b(?:anything|something) (?:in particular|specific)\b|\bwhat do you need (?:it )?for\b/g,
    questionOnly: true,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:shipping|delivery|postage)(?:'s| is| will be| comes)? (?:totally |completely |also |always )?(?:free|on us|on the house)\b/g,
    negatable: true,
  },
  {
    flag: 'social_proof',
    re: /\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d)?k)\+? (?:orders|buyers|customers|happy customers|sales|units|pieces|(?:five-star |5-star |positive )?reviews)\b|\btop[- ](?:pick|rated)\b/g,
    negatable: true,
  },
  {
    flag: 'order_check',
    re: /\b(?:confirm|double[- ]check|verify) (?:the |your |that )?(?:zip(?: code)?|post(?:al)? ?code|phone(?: number)?|apartment|unit number|recipient|street|house number|quantity|colou?r|model|variant)\b/g,
  },

  // ---- Families broadened after the blind5 round: whole phrasings, not lines. ----
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
    re: /\byou(?:'ve| have) (?:clearly |really |obviously |definitely )?done your (?:homework|research)\b|\b(?:such a|what a|a (?:really |very |truly )?) ?(?:thoughtful|lovely|sweet|kind|considerate|generous) (?:gift|gesture|idea|present|choice|touch)\b|\b(?:great|good|excellent|smart|fair|very good) question\b|\b(?:she|he|they)(?:'s| is|'re| are) (?:so )?lucky (?:to have you)?\b/g,
    negatable: true,
  },
  {
    // Putting the fault on what the buyer did: "if you'd checked…", "you chose X, so…",
    // "the address you typed was missing…", "the label clearly says…", "not on our side".
    flag: 'blame',
    re: /\bif you(?:'d| had) (?:just |actually |even |only |bothered to )?(?:read|looked|checked|measured|followed|compared|paid attention|asked|told)\b[^.!?]{0,60}?\b(?:wouldn't|would not|would never) have\b|\bwouldn't have happened if\b|\b\w+ you (?:typed|entered|gave|provided|wrote|filled in|put in|selected|chose|picked) (?:was|is|were|had) (?:missing|wrong|incorrect|incomplete|invalid)\b|\byou (?:chose|picked|selected|opted for|entered|typed|put in)\b[^.!?]{1,60}?,? (?:so|that's why|which is why)\b|\b(?:label|description|listing|size chart|product page|page|instructions|manual|chart|title|photos?) (?:clearly|plainly|literally|explicitly) (?:says|states|shows|said|stated|showed|mentions)\b|\bclearly (?:stated|written|marked|listed|mentioned|shown|says|states) (?:in|on) the\b|\bdid you even (?:look|read|check)\b|\b(?:isn't|is not|wasn't|was not|not) on (?:our|us)(?: side| end)?\b/g,
  },
  {
    // Dismissing the buyer: "plenty of others will", "buy it somewhere else", "why would you…".
    flag: 'rude',
    re: /\byou(?:'d| would) (?:know|have known|have seen|see) (?:that |this |it )?if you\b|\bif (?:you|u) don't (?:want|like) it\b[^.!?]{0,40}?\b(?:others|someone else|somebody else|other people|plenty of)\b|\b(?:plenty|lots|loads) of (?:other )?(?:people|buyers|customers|others) (?:will|would)\b|\b(?:price|it) is what it is\b|(?:^|[.!?] *)(?:whatever|ugh+),|\bwhy would you (?:leave|write|post|give|threaten|complain|do that|say that)\b|\b(?:it's|it is|that's|that is|it was|all) (?:literally |clearly |right |already ){1,2}(?:there |written |stated )?(?:in|on) the (?:description|listing|page|product page|details|photos?|pictures?|title|size chart)\b/g,
  },
  {
    flag: 'rude',
    re: /(?<!\b(?:won't|wouldn't|can't|cannot|not|never|couldn't) )\b(?:buy|get|find|shop for|order) (?:it |them |one )?(?:somewhere else|elsewhere|from someone else|from another (?:shop|store|seller))\b/g,
  },
  {
    // "That's not possible", "there's no difference", "No, it's not fake".
    flag: 'argue',
    re: /\b(?:that|this|it)(?:'s| is) (?:just |simply )?not possible\b|\bthat can't be (?:right|true)\b|\bthere(?:'s| is) no difference\b|(?:^|[.!?] *)no[,.!]? (?:it|this|that|they|the \w+)(?:'s| is|'re| are| was| were)(?: not|n't) (?:fake|a fake|counterfeit|a copy|a knockoff|broken|used|damaged|defective|second-hand|overpriced|different|wrong|too \w+)\b/g,
  },
  {
    // Delivery dates and results stated as certain: "at your door by Thursday, 100%".
    flag: 'absolute_promise',
    re: /\b100 ?%(?=[.!]|$)|\bno doubt about (?:it|that)\b|\bi have no doubt\b|\b(?:it|they|your (?:order|parcel|package|item))(?:'ll| will) (?:arrive|be (?:there|delivered|at your door|with you)|reach you|get to you)\b[^.!?]{0,24}?\b(?:no later than|by (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight|the weekend|\d)|tomorrow|today)\b/g,
    negatable: true,
  },
  {
    flag: 'assurance',
    re: /\b(?:money|payment|refund) (?:goes|will go|is sent|will be sent|comes) (?:straight )?back to\b|\bback to your (?:original )?(?:payment|account|card|wallet)\b|\b(?:payment|money) (?:stays|is held|remains) with (?:the platform|taobao|alipay)\b|\buntil you confirm\b|\byou(?:'re| are) (?:fully |completely |100% )?(?:protected|covered)\b/g,
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
    flag: 'closing_push',
    re: /\border (?:before|by) (?:\d|noon|midnight|tonight|today|the end)\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:only|last|final|one) (?:step|thing) (?:left|remaining)? ?(?:is |now is )?(?:the )?payment\b|\bjust (?:need|needs|waiting on|waiting for) (?:the |your )?payment\b|\bpayment to go (?:thru|through)\b/g,
  },
  {
    flag: 'order_check',
    re: /\blet me (?:just )?(?:double[- ]check|confirm|verify|check)\b[^.!?]{0,12}?(?::|the order|your order|the details|the address|your address)|\ball (?:correct|good|right)\?|\b(?:quick |just a )?check on (?:your|ur|the) (?:address|order|details)\b|\bconfirm (?:your|ur|the) (?:shipping |delivery )?(?:address|details|order)\b/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:catch you (?:later|soon|next time)|talk (?:to you )?soon|ttyl|cya|see ya|later(?=[!.~]|$))\b/g,
  },
  {
    flag: 'gift_offer',
    re: /\b(?:add|include|throw in|pop in|tuck in|slip in)(?! (?:a |an )?(?:refund|replacement|exchange|return))(?: \w+){1,5}? (?:for free|free of charge|on the house|as a gift|at no (?:extra )?(?:charge|cost))\b/g,
    negatable: true,
  },
  {
    flag: 'probe',
    re: /\bhow (?:wide|big|long|large|high|deep|tall|much space|much room) (?:is|are) (?:your|the)\b|\bare you thinking (?:of |about )?(?:the|a)\b/g,
    questionOnly: true,
  },
  // ---- Families broadened after the blind7 round: whole phrasings, not lines. ----
  {
    // Payment not through yet: "payment hasn't come through", "still waiting on payment",
    // "auto-cancels if payment doesn't go through", "checked out but not paid", "resend the link".
    flag: 'payment_reminder',
    re: /\bpayment\b[^.!?]{0,30}?\b(?:hasn't|has not|hasnt|didn't|did not|doesn't|does not) (?:come|go|gone|went) (?:thru|through)\b|\b(?:still )?waiting (?:on|for) (?:the |your )?payment\b|\bpayment(?:'s| is)? still (?:pending|outstanding|due|open)\b|\b(?:checked out|ordered|placed)\b[^.!?]{0,30}?\bnot (?:yet )?paid\b|\b(?:resend|re-send) (?:you )?the (?:payment )?link\b|\bauto-?cancels?\b|\bonce (?:the )?payment(?:'s| is)? (?:through|thru|done|in)\b/g,
  },
  {
    // Checking where it goes and what it is: "confirm it's going to…", "…, correct?", "quick check".
    flag: 'order_check',
    re: /\b(?:confirm|check(?:ing)?)\b[^.!?]{0,25}?\b(?:going|shipping|heading|being sent) to\b|\b(?:check|confirm) the (?:phone number|number|address|size|name|details) on (?:the|your) order\b|\b(?:quick|one last|one more) check\b|\bjust checking,|\bbefore i (?:send|ship|post|pack) (?:it|this|them|your order)(?: off| out)?:|, (?:correct|yeah|yes)\?|\bjust to confirm, (?:that's|it's|this is)\b|\bto the [^.!?]{1,30}? address\?/g,
  },
  {
    // Fault put on what the buyer did or did not do.
    flag: 'blame',
    re: /\byou (?:ticked|clicked|marked|chose|picked|selected|ordered) the wrong\b|\b(?:is|was|'s) on you\b|\byou(?:'re| are| were) (?:meant|supposed) to\b|\byou skipped\b|\b\w+ clearly (?:says|said|states|stated|shows)\b|\b(?:chart|label|description|listing|instructions|manual|page|jar|box|tag) (?:did|does) (?:say|state|mention)\b|\byour (?:phone|address|number|details) (?:was|were) (?:off|wrong|incomplete|incorrect|missing)\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:'ll|will) 100 ?%|\bi promise\b|\bno matter what\b|\b(?:absolutely )?no chance\b[^.!?]{0,30}?\bever\b|\bdefinately (?:be|arrive|won't|will|get)\b|\bzero risk\b/g,
    negatable: true,
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
  {
    // A lower price named: "I can let it go for 880 instead of 950", "I'll drop them to 45 each".
    flag: 'discount_offer',
    re: /\b(?:let (?:it|them) go|do (?:it|them|the \w+)|drop (?:it|them|the price)) (?:for|to|at) \$?\d|\bfor \$?\d[\d.,]* instead of \$?\d/g,
    negatable: true,
    postNegatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'free_shipping',
    re: /\bpost-free\b|\bshipping won't cost you\b|\bwaive (?:the |your )?(?:delivery|shipping|postage) (?:fee|cost|charge)/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'argue',
    re: /\bi (?:have to|must|would have to|'ll have to) disagree\b|(?:^|[.!?] *)impossible[.!]/g,
    negatable: true,
  },
  {
    flag: 'assurance',
    re: /\bcertified (?:natural|genuine|authentic|organic)\b|\bcertificate of authenticity\b|\b(?:customs|import) (?:docs|documents|papers)\b/g,
    negatable: true,
  },
  {
    flag: 'empathy',
    re: /\b(?:totally|completely|fully) understand\b|\bmakes (?:total |complete |perfect )?sense (?:you'd|that you|to be)\b/g,
    negatable: true,
  },
  {
    flag: 'compliment',
    re: /\byou(?:'ve| have)? (?:clearly |really )?got (?:good |great |such )?taste\b|\bsmart thinking\b|\b(?:thorough|clever|sensible) of you\b/g,
    negatable: true,
  },
  {
    flag: 'closing_push',
    re: /(?:^|[.!?] *)go for it\b/g,
  },
  {
    flag: 'rude',
    re: /\b(?:cheaper|other) (?:shops|stores|sellers) out there\b|\bstop sending\b|\bdon't come crying\b/g,
  },
];

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
    /\bno (?:problem|worries|doubt|question|need to worry)\b|\bno[- ]questions[- ]asked\b|\bnot only\b|\bdon't (?:worry|hesitate|forget|miss)\b|\bwithout (?:a doubt|fail)\b/g,
  negationWindow: 40,
  negatorAfter:
    /^(?:\s+(?:is|are|was|were|does|do|will|would|can|could|has|have))?(?:\s+(?:not|never)\b|n't\b)/,
  curt: new RegExp(`^${EN_CURT}(?: ${EN_CURT}){0,2}$`),
  isQuestion,
};
