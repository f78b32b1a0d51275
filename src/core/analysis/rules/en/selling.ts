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
  /\b(?:how|what) about a free\b|\b(?:suggest|recommend)(?:ed)? (?:measuring|checking|washing|hand[- ]washing|reading|contacting|keeping|storing|letting|waiting|trying on)\b|\bso (?:you|she|he|they) can try\b|\b(?:call|choice|move|idea|thinking|instinct|pick),? (?:on |with )?(?:going|sizing|getting|to go) (?:\w+ ){0,3}?size (?:up|down)\b|\b(?:exchange|swap|switch|change)\b[^.!?]{0,25}?\bsize (?:up|down)\b|\b(?:most|many|lots of|a lot of|plenty of) (?:of our )?(?:customers|people|buyers|shoppers|parents|mums|moms) (?:go for|pick|choose)\b|\b(?:would|will|do|shall|did|could) you (?:rather |prefer to |like to |want to )?go for\b|\b(?:that's|that is) (?:exactly |just |definitely |also )?(?:the [\w-]+|what|the one) i(?:'d| would) (?:pick|choose|go for|get|buy)\b/g;

/** Whom a need question asks about: the buyer's people, skin and hair, pets ("your mum's" excluded). */
const SITUATION =
  "(?:baby|little one|child|kid|toddler|son|daughter|husband|wife|partner|mum|mom|dad|grandma|grandpa|skin|hair|scalp|feet|foot|wrist|dog|cat|pet|puppy|kitten)\\b(?!')";

/** "Not many people do", "few customers ask": a count that is small is no social proof. */
const SOCIAL_PROOF_VETO =
  /\bnot (?:that |very |so |too )?many\b|\b(?:very |so |too )?few (?:customers|people|buyers|shoppers)\b/g;

/** A fault or an order named in fabric words, a defect explained away as "natural", a bare "yes, it's
 * dishwasher safe" answer, a feature denied or only guessed at: none of these argues worth. */
const VALUE_VETO =
  /\b(?:quality|material|fabric) (?:issues?|problems?|defects?|complaints?)\b|\bformula (?:is|'s) (?:for|suitable for) (?:\d|ages?\b|stage\b)|\b(?:a|one|the|two|three|your|\d) (?:linen|cotton|silk|wool|leather|cashmere|bamboo|chiffon|denim|velvet) (?:shirts?|dress(?:es)?|scarf|scarves|sweaters?|jumpers?|tops?|blouses?|skirts?|pants|trousers|jackets?|coats?|bags?|wallets?|belts?|tees?|t-shirts?|pyjamas|pajamas|sheets?|socks|gloves|hats?)\b|\bany quality\b|\bgentle (?:reminder|nudge|note|push)\b|\bformula (?:is|has) (?:one of|our|the (?:most|best)|sold|back|in stock|out of stock|currently|been)\b|\b(?:free|complimentary|bonus) (?:mini |little |small |travel-size )?(?:silk|cotton|wool|leather|linen|bamboo|cashmere|organic|natural|velvet)\b|\b(?:silk|wool|cotton|leather|linen|cashmere|bamboo|chiffon) \w+(?: \w+)? (?:is|are) (?:sitting|waiting|still|stuck|on (?:its|their) way|out for|back in stock|sold out|in your)\b|\b(?:listing|description|page|label|title) (?:said|says|stated|claimed|showed|listed) (?:it was |it's )?(?:100 ?% )?\w+|\bwhen it(?:'s| is) actually\b[^.!?,]{0,25}|\bstitching (?:in|on) (?:your|the) (?:photos?|pictures?|pics?|images?|video)\b|\b(?:same|matching) (?:fabric|material)\b|\bnothing wrong with (?:the |your |its )?(?:\w+ )?(?:stitching|fabric|material|quality|seams?|leather)\b|\b(?:it's|it is|that's|that is|they're|they are|these are|those are|this is) (?:just |simply |only |actually |completely |totally |perfectly )?(?:an? |the )?natural (?:[\w-]+ )?(?:lines?|marks?|markings?|variations?|inclusions?|veins?|veining|imperfections?|flaws?|occurrence|process|phenomenon|part of)\b|(?:^|[.!?] *)(?:yes|yep|yeah|absolutely|sure|of course|definitely|correct|indeed)[,!]? (?:it's|it is|they're|they are|both are)(?: fully| completely| also)? (?:(?:machine|hand)[- ]washable|(?:dishwasher|microwave|oven|freezer|dryer|food)(?: and (?:dishwasher|microwave|oven|freezer|dryer))?[- ]safe|(?:water|splash|sweat|dust|shock)[- ]?(?:proof|resistant))(?: (?:at|up to|to) \d+ ?(?:degrees|c|f|m|metres|meters))?(?=[.!]|$)|\b(?:not|never|isn't|aren't|wasn't|weren't)\b(?: \w+){0,2} (?:water|sweat|splash|dust|rain|wind|stain|scratch|heat|shock|fade|rust)[- ]?(?:proof|resistant)\b|\b(?:believe|sure|think|guess|probably|maybe)\b[^.!?]{0,30}?\b[a-z]+-free\b/g;

export const sellingRules: PhraseRule[] = [
  {
    flag: 'probe',
    re: /\b(?:who (?:is|'s|are) (?:it|this|they|the gift|these) for|who(?:'s| is) it for|for yourself|is (?:it|this|that) (?:a gift|a present|a surprise|(?:meant|going to be) (?:as )?a (?:gift|present)|for (?:you|yourself|your|a|someone|him|her|them))|what (?:size|sizes|colou?r|style|budget|kind|type|skin|age|shoe size|fit|occasion|length)|which (?:size|colou?r|style|model|one) do you|what (?:do|will|would|did) you (?:mostly |mainly |usually |normally |typically )?(?:use|need|want(?! me\b)|wear|like|plan|have in mind|look for)|what (?:are|were) you (?:looking|planning|hoping)|what(?:'s| is) (?:your|the) (?:skin|size|budget|height|usual|favorite|favourite|preferred|style|age|occasion|weight)|how (?:old|tall|big|often|many people|much do you|long do you)|how much (?:does|do|did) (?:your|the|he|she|they|it) ?\w* weigh|weigh|your (?:baby|little one|child|kid|son|daughter|husband|wife|partner|mom|dad)|have you (?:used|worn|tried|had|bought|owned)|do you (?:usually|normally|often|mostly|have (?:sensitive|dry|oily|any (?:allergies|preference))|need (?:it|them|this|one) (?:for|by)|plan|wear|use|already have|mainly)|what (?:is|are) (?:it|they|these) for|are you (?:looking for|shopping for|buying for|planning)|any (?:particular|specific) (?:colou?r|style|size|budget|preference)|(?:your|the baby's|their) (?:budget|skin type|usual size|height|weight|age)|is your (?:bed|room|home|house|baby|child|kid|skin|hair|dog|cat|pet|car|phone|laptop|device|space|kitchen|family))\b/g,
    questionOnly: true,
  },
  {
    flag: 'choice_question',
    re: /\bwhich (?:one|do you|would you|of (?:these|them|the))\b|(?<!\b(?:questions|question|anything|concerns|problems|issues|help|something|else)) or (?!not\b|anything\b|something\b|so\b|other\b|any\b|concerns\b|questions\b|else\b|two\b|if\b|would\b|do\b|are\b|is\b|can\b|i\b|we\b|you'd\b)|\bor (?:would|do) you (?:rather|prefer)\b|\bwould you rather\b|\b(?:and|or) [\w-]+(?: [\w-]+)?[,;:\u2014\u2013-] ?which (?:one|colou?r|shade|size|style|model|flavou?r|scent|finish|version|pattern|option)\b/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    re: /\b(?:i(?:'d| would)? (?:recommend|suggest|go with|advise)|we (?:(?:would|'d) )?(?:recommend|suggest)|my (?:recommendation|suggestion|pick)|you (?:might|may|could|would) (?:also )?(?:like|love|enjoy|want to (?:try|check|consider|add|pair|look at))|you might want|(?:also |why not )?(?:try|consider|check out) (?:the|this|our|a|these|it in)\b|pairs? (?:well|nicely|perfectly|great|beautifully) with|(?:goes|go) (?:really |so )?(?:well|great|perfectly|nicely|beautifully) with|add the matching|\bthe matching \w+|same (?:line|series|collection|range)\b|(?:want|like) to add (?:one|it|a|an|the)\b|add one to your (?:order|cart)|there's also a matching|works (?:great|well|perfectly|nicely) with|(?:how|what) about (?:the|our|this|a)\b|(?:is|looks) (?:very |really |quite )?similar|a similar (?:one|style|model|item|design)|(?:add|get) (?:a|the|our) matching|would suit you|(?:is|are) perfect for you|a better (?:fit|choice|option) for you|go for the|worth adding)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'value',
    re: /\b(?:made (?:of|from|with)|material|fabric|cotton|silk|wool|cashmere|leather|linen|chiffon|alumin(?:um|ium)|stainless|steel|bamboo|breathab\w*|breathes|soft|comfortable|comfy|durable|sturdy|lightweight|waterproof|water-resistant|(?:high |premium |top |great |excellent )quality|quality is (?:really |very |super |truly )?(?:great|good|excellent|amazing|outstanding|top)|premium|high-grade|aircraft-grade|handmade|hand-stitched|stitching|craftsmanship|battery (?:lasts|life)|lasts|long-lasting|noise[- ]cancel\w*|keeps? (?:you|your|drinks|food|it|them) (?:warm|cool|cold|hot|dry|fresh|comfortable|safe|clean|going)|on a (?:single )?charge|cleans? (?:really |very )?(?:deep|deeply|well|thoroughly|gently)|protects?|won't (?:itch|pill|fade|crack|stretch|irritate|scratch)|doesn't (?:itch|pill|fade|irritate)|gentle|hypoallergenic|moisturi\w*|hydrat\w*|nourish\w*|enriched|formulated|(?:the |this )formula (?:is|contains|has)|ingredients?|natural|organic|nutrition\w*|easy to (?:clean|use|wash|carry|store)|machine washable|worth (?:every|it|the)|value for (?:money|the price)|great value|good value|pays for itself|insulated|cozy|flattering|slimming|versatile|absorb\w*|ergonomic|energy-saving|capacity|blocks out|non-stick|anti-(?!counterfeit|fake)\w+|works with|compatible with|boosts?|enhances?|fits (?:all|most|any))\b/g,
    veto: VALUE_VETO,
  },
  {
    flag: 'social_proof',
    re: /\b(?:best[- ]?sell\w*|top[- ]sell\w*|top seller|most popular|(?:very |really |super |hugely )popular|customers? (?:love|keep|rave|adore|say|buy|come back|reorder|swear)|(?:many|lots of|thousands of|hundreds of|tons of|plenty of|most of our|a lot of|so many) (?:customers|buyers|people|moms|parents|shoppers|happy customers|of our customers|repeat)|repeat (?:customers|buyers|purchases?)|(?:great|good|excellent|positive|glowing|rave|five-star|5-star|amazing) reviews|\d[\d,.]* (?:five-star |5-star |positive |good |great )?(?:reviews|ratings)|reviews? (?:are|is) (?:great|excellent|amazing|fantastic)|highly rated|rated \d|we've sold|sold (?:tens of |hundreds of |thousands of |over |more than )?(?:\d[\d,]*|thousands|hundreds|millions)|sell(?:s|ing)? (?:out|like (?:hot cakes|crazy)|really well|very well|fast|quickly)|fan favou?rite|everyone loves|flying off the shelves|reorder\w*|word of mouth|customer favou?rite)\b/g,
    veto: SOCIAL_PROOF_VETO,
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
    // Who uses it, how many cats, "oily, dry or combination?", and what went wrong ("which side
    // stopped working?", "when did you notice it?", "does it still turn on?").
    flag: 'probe',
    re: /\bwho (?:will|would|is going to|'ll) (?:be )?(?:using|use|wear|wearing|get|receive)\b|\bhow many (?:[\w-]+ ){0,2}?(?:do you (?:have|need|own|use|keep|feed)|will (?:you|there) be|are (?:you|there) (?:in|at|buying for|shopping for|feeding|cooking for))\b|\b(?:oily|dry|normal|combination|combo|sensitive|acne-prone|mature|curly|straight|wavy|coily|frizzy|indoors?|outdoors?|boy|girl)(?: skin| hair| use)?,? (?:or |and )?(?:a )?(?:oily|dry|normal|combination|combo|sensitive|acne-prone|mature|curly|straight|wavy|coily|frizzy|indoors?|outdoors?|boy|girl)\b|\bwhich (?:side|part|one|button|ear|earbud|bud|piece|light|key|zip|zipper|strap|leg|corner|seam|wheel|burner|bulb|drawer|panel|item|size|colou?r) (?:has |is |was |keeps |just )?(?:stopped|stops|broke|broken|came|comes|fell|falls|leaking|leaks|cracked|damaged|missing|faulty|not working|isn't working|doesn't work|won't)\b|\bwhen did (?:it|they|this|that|the \w+|you) (?:first )?(?:start|stop|notice|break|happen|arrive|begin)\w*|\bwhat happens when you\b|\b(?:does|do|did) (?:it|they|the \w+) (?:still )?(?:turn on|power on|charge|light up|connect|pair|make (?:a|any) (?:noise|sound))\b|\b(?:anything|something) (?:in particular|specific)\b|\bwhat do you need (?:it )?for\b/g,
    questionOnly: true,
  },
  {
    flag: 'social_proof',
    re: /(?<!\b(?:first|next|last) )\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d)?k)\+? (?:orders|buyers|customers|happy customers|sales|units|pieces|(?:five-star |5-star |positive )?reviews)\b|\btop[- ](?:pick|rated)\b/g,
    negatable: true,
  },
  {
    // A feature tied to its benefit: "…, so it's easy…", "which helps with…", "keeps the leaves fresh".
    flag: 'value',
    re: /(?:,? so| which) (?:it(?:'s| is| stays| keeps| lasts| won't| doesn't| feels| fits| dries| charges| works)|you(?:'ll| can) (?:stay|keep|feel|enjoy|save|use it|wear it)|they (?:stay|keep|last|won't|don't))\b(?! (?:ships?|arrives?|goes out|be shipped|dispatch|back\b|now\b|on (?:the|its) way|in transit|(?:already )?(?:sent|shipped|dispatched|packed|delivered|ready to (?:ship|go))\b|(?:only |just |down to |now )?[$\u00a3\u20ac\u00a5]?\d|the (?:normal|regular|full|original|same|usual) price|cost\b|charge\b|be (?:charged|billed|long|free|covered|refunded|replaced)\b|take (?:long|more than)\b))|\bwhich (?:helps?|gives?|keeps?|makes?) (?:it|them|you|your|the|with)\b|\bkeeps? (?:the |your |its )?\w+ (?:fresh|warm|cool|dry|safe|clean|crisp|in place|secure|soft)\b|\bhand[- ]?(?:rolled|made|picked|crafted|stitched|sewn|knitted|woven|painted|carved|roasted|finished)\b|\bholds? up\b|\bfast[- ]charg\w*|\bsolid (?:wood|walnut|oak|pine|teak|beech|brass|silver|gold|steel|maple|ash)\b|\bfolds? (?:flat|down|up|away|with one hand|in seconds)\b|\bresealable\b|\b(?:it|this|which|that|they|these) (?:also )?helps? (?:with|prevent|reduce|keep|protect|relieve)\b/g,
    veto: VALUE_VETO,
  },
  {
    flag: 'social_proof',
    re: /\breviews?\b[^.!?]{0,25}?\b(?:are|is) (?:crazy |really |super |so |very |just )?(?:good|great|amazing|excellent|fantastic|glowing|brilliant|positive|awesome)\b|\bswear by\b|\b(?:loads|heaps|lots|tons|plenty|a bunch|many|most|a lot) of (?:our )?(?:mums|moms|mamas|parents|regulars|repeat buyers|clients|shoppers|people (?:buy|love|get|order|choose|pick|come back))\b/g,
    veto: SOCIAL_PROOF_VETO,
  },
  {
    // "I'd go one size up", "size up", "people add the … as well".
    flag: 'recommend',
    re: /\bi(?:'d| would) (?:go|size|get|pick|take|choose|grab)\b(?! (?:ahead|back|and check|through|over)\b| (?:it|them|one|yours|this|that) (?:now|today|quick|quickly|fast|soon|asap|while|before)\b)|\bsize (?:up|down)\b|\b(?:people|customers|buyers|mums|moms|parents|dads|owners|shoppers|folks|regulars) (?:also )?(?:add|get|grab|pair)\b[^.!?]{0,40}?\b(?:as well|too|with it)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'probe',
    re: /\bhow (?:wide|big|long|large|high|deep|tall|much space|much room) (?:is|are) (?:your|the)\b|\bare you thinking (?:of |about )?(?:the|a)\b/g,
    questionOnly: true,
  },
  {
    // Steering and alternatives: "I'd lean towards…", "we still have it in beige though", bundles
    // ("if you get the bed together with the blanket").
    flag: 'recommend',
    re: /\bi(?:'d| would) (?:lean|steer you|point you|nudge you) (?:towards?|to)\b|\b(?:have|take) a look at the [^.!?]{1,40}? instead\b|\bwould (?:the|a|an) [^.!?]{1,30}? work (?:for you )?instead\?|\bsounds like (?:the|a) [^.!?]{1,20}? is (?:your|the right|perfect)\b|\b(?:people|customers|buyers|parents) who (?:buy|get|order)\b[^.!?]{1,30}?\b(?:often|usually|also|always) (?:add|get|grab|pair|buy)\b|\b(?:we|i) (?:still |also |do )?(?:have|got|stock|carry) (?:it|them|this|that|one|the same(?: [\w-]+)?) in (?:[\w-]+ ){1,3}?(?:though|instead)\b|\bif you (?:get|buy|order|take|grab|add) (?:the |a |an |our )?[\w-]+(?: [\w-]+){0,3} (?:together with|along with|with the matching|as a (?:set|bundle|pair))\b|\b(?:get|buy|order|take|grab) (?:them (?:both )?|both (?:of them )?|the two |the pair |the set )together\b|\bbundle (?:it|them|this|that) with\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    flag: 'social_proof',
    re: /\bmost (?:ppl|people|customers|buyers|folks|families|parents|mums|moms|couples|owners|users|shoppers|reviewers) (?:go for|pick|choose|take|get|buy|order|say|agree|mention)\b|\b(?:parents|people|customers|mums|moms|buyers|folks) keep (?:ordering|buying|coming back|reordering)\b|\b(?:loads|heaps|tons|lots|plenty) of (?:our )?(?:customers|buyers|clients|people|parents|mums|moms)\b|\b(?:people|customers|buyers|parents) who (?:buy|get|order)\b[^.!?]{1,30}?\b(?:often|usually|always) (?:add|get|grab|pair|buy)\b/g,
    veto: SOCIAL_PROOF_VETO,
  },
  {
    // Need questions in other shapes: "would you say your skin is…", "could you measure around
    // her hand?", "is your baby on breast milk, formula, or both?", "was there a problem with the card?".
    flag: 'probe',
    re: new RegExp(
      `\\bwould you say (?:your|you|he|she|they|it)\\b|\\b(?:your|her|his|their) ${SITUATION}|\\b(?:could|can|would) you (?:please )?measure\\b|\\bmeasure (?:around )?(?:your|her|his|their|the baby's)\\b|\\bor (?<=\\b(?:is|are|does|do|has|was) (?:your|the baby's|his|her|their) ${SITUATION}[^.!?]{0,80}?,[^.!?]{0,60}?\\bor )(?:a |an |the |just |more )?\\w+|\\b(?:was|is) there (?:a|an|any) (?:problem|issue|trouble|error) (?:with|paying|at checkout)\\b|\\bdid you (?:have|run into|hit|get) (?:a|an|any) (?:problem|issue|trouble|error)\\b`,
      'g',
    ),
    questionOnly: true,
  },
  {
    // "The M harness is the one to go for", "the 256GB is worth it if you film a lot",
    // "maybe you'd like…", "you'd love…", "see the navy version as well".
    flag: 'recommend',
    re: /\b(?:the|this|that|our) [\w-]+(?: [\w-]+){0,2} (?:is|are|would be|'s) (?:definitely |really |honestly |totally )?(?:the ones? to (?:go for|get|pick|choose|buy)|your best bet|the way to go|the (?:better|best|safer|smarter) (?:buy|bet|choice|option|pick)|worth it if you|worth the (?:extra|upgrade|splurge))\b|\b(?:maybe|perhaps) you(?:'d| would) (?:also )?(?:like|love|enjoy|prefer)\b|\byou(?:'d| would) (?:also |really )?love\b|\b(?:see|try|check|consider|look at)(?: out)? the [\w-]+ (?:version|one|model|colou?r|option|style|variant) (?:as well|too)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    // Benefits in other words: provenance ("single-estate", "which is where that finish comes
    // from"), effects on skin and hair, toughness, battery, safety, easy care, "X means nothing sticks".
    flag: 'value',
    re: /\bsingle[- ](?:estate|origin)\b|\b(?:first|second)[- ]flush\b|\bwhich is (?:where|what gives) (?:that|the|its|this|it)\b|\bgives? (?:it|them) (?:its|their|that|a) (?:\w+ )?(?:taste|flavou?r|finish|aroma|texture|colou?r|shine|scent|glow|look)\b|\b(?:smooths?|softens?|brightens?|tames?|repairs?|strengthens?|soothes?|calms?|evens? out|firms?|plumps?|tightens?|detangles?|refreshes?|revives?|restores?) (?:the |your |dry |fine |frizzy |damaged |sensitive |tired |dull |rough |irritated )?(?:skin|hair|cuticles?|ends|scalp|complexion|pores|tone|texture|frizz|fine lines|wrinkles|redness|lips|strands)\b|\bwithout (?:weighing (?:\w+ ){0,3}down|drying (?:\w+ )?out|stripping|leaving (?:a |any )?(?:greasy|sticky|oily|white)|irritating)\b|\b(?:it's|it is|they're|they are|really|super|very) (?:tough|rugged)\b(?! to\b)|\b(?:robust|shockproof|drop-proof|shatterproof|scratch-resistant|stain-resistant|wrinkle-resistant|crease-resistant|wrinkle-free)\b|\bbattery (?:easily |comfortably |still )?(?:does|gets you|goes|runs|will do|handles|holds|keeps going)\b|\b(?:are|is|comes?|with|has|have) built[- ]in\b|\bbuilt-in \w+|\b(?:much |far |a lot |way )?safer (?:for|than|on|with)\b|\bsafe for (?:little|small|kids|children|babies|toddlers|newborns|sensitive|daily|everyday|pets|dogs|cats)\b|\b(?:play(?:ing)? with|us(?:e|ing)|wear(?:ing)?|enjoy(?:ing)?) (?:it|them|this|these) for (?:years|ages|a long time)\b|\bno longer (?:drips?|leaks?|spills?|tangles?|slips?|wobbles?|squeaks?|rusts?|clogs?|pills?|fades?|creases?|wrinkles?|smudges?)\b|\bthanks to (?:the|its|our|their) (?:new |improved |upgraded |special |unique )?[\w-]+ (?:design|formula|technology|coating|material|lining|fabric|construction|filter|seal|nozzle)\b|\bforgiving (?:with|on|of)\b|\bhides? (?:stains|dirt|marks|creases|wrinkles|fingerprints|scratches)\b|\bnothing sticks\b|\b(?:coating|design|material|lining|fabric|formula|technology|construction|frame|build|weave|sole|grip|seal|filter) means\b/g,
    veto: VALUE_VETO,
  },
  {
    // "Loads of bulldog owners buy it", "most reviewers say the same", "parents rave about it".
    flag: 'social_proof',
    re: /\b(?:loads|lots|tons|heaps|plenty|a lot|many|so many|most) of (?:our )?(?:[\w-]+ )?(?:owners|users|customers|buyers|parents|mums|moms|people|shoppers|fans|drinkers|runners|gamers|families|reviewers) (?:buy|love|use|choose|pick|get|order|swear|come back|rave|recommend|go for|say|mention)\b|\b(?:most|many|lots of|plenty of|a lot of|loads of) (?:reviewers|reviews|customers|buyers) (?:say|mention|agree|said|note|comment)\b|\brav(?:e|es|ed|ing) (?:about|over)\b/g,
    veto: SOCIAL_PROOF_VETO,
  },
  {
    // Need questions asked indirectly: "can I check which phone model you have?".
    flag: 'probe',
    re: /\b(?:which|what) (?!else\b|other\b|more\b|questions?\b)(?:[\w-]+ ){1,2}you(?:'re| are)? (?:have|use|using|wear|wearing|need|own|drive)\b/g,
    questionOnly: true,
  },
  {
    // Sizing and fit advice: "just go with your usual size", "the blocks would suit better".
    flag: 'recommend',
    re: /\b(?:go|stick|stay) (?:with|to) your (?:usual|normal|regular|true|standard)(?: \w+)? size\b|\b(?:take|order|get|pick|choose) your (?:usual|normal|regular|true|standard) size\b|\bwould (?:suit|fit|work) (?:\w+ )?better\b|\b(?:better|best) suited (?:to|for)\b/g,
    negatable: true,
    veto: RECOMMEND_VETO,
  },
  {
    // Worth in other words: performance "great for the price", "the sound is excellent", taste
    // ("smooth", "not bitter"), formula ("added DHA", "dissolves without lumps"), "made for
    // sensitive skin"; specs that carry a benefit ("30 hours of playtime", "IPX5 sweat resistant",
    // "fragrance-free", "dermatologist tested", "no small parts", "crushes ice easily", "this year's
    // spring harvest").
    flag: 'value',
    re: /\b(?:great|good|excellent|amazing|unbeatable|solid|fantastic|brilliant|impressive) for the (?:price|money)\b|\b(?:sound|picture|image|build|print|camera|screen|display|battery|fabric|material|taste|flavou?r)(?: quality)? (?:is|are) (?:really |very |super |honestly |so |just )?(?:great|excellent|amazing|fantastic|superb|crisp|clear|brilliant|impressive|outstanding|solid|rich|lovely)\b|\b(?:it's|it is|tastes?|really|very|so|super|nice and) (?:smooth|mellow|fragrant|aromatic|refreshing)\b|\bnot (?:at all |too |very |even a bit |a bit )?(?:bitter|astringent|greasy|sticky|itchy|scratchy)\b|\btastes? (?:great|amazing|fresh|smooth|rich|sweet|lovely|delicious|clean)\b|\bdissolves? (?:easily|quickly|fast|instantly|completely|well|without)\b|\bwithout (?:any )?(?:lumps|clumps|clumping)\b|\b(?:added|enriched with|fortified with|rich in|packed with|full of) (?:dha|ara|vitamins?|iron|calcium|probiotics?|prebiotics?|omega|protein|fib(?:re|er)|antioxidants|minerals|zinc|collagen|hyaluronic)\b|\b(?:made|designed|developed|created) (?:especially |specially |specifically )?for (?:sensitive|delicate|dry|oily|little|small|tiny|newborn|active|busy)\b|\bflatters\b|\b\d+(?:\.\d+)?[- ]?(?:hours?|hrs?|h) (?:of )?(?:total )?(?:battery|playtime|play time|playback|listening|talk time|run ?time)\b|\b(?:sweat|splash|water|dust|rain|wind|stain|scratch|heat|shock|fade|rust|uv)[- ]?(?:resistant|proof|repellent)\b|\bip[x\d]\d\b|\b(?:fragrance|perfume|scent|paraben|sulfate|sulphate|alcohol|bpa|phthalate|silicone|latex|gluten|lactose|dairy|sugar|cruelty|lead|nickel|formaldehyde|toxin|plastic|pfoa|ptfe)[- ]free\b|\b(?:dermatologist|dermatologically|clinically|lab|ophthalmologist|p(?:a)?ediatrician|vet)[- ](?:tested|approved|recommended|proven)\b|\bno (?:small|sharp|loose|detachable) (?:parts|edges|pieces|bits)\b|\bwater[- ]based\b|\bnon[- ]toxic\b|\b(?:rounded|sanded|smooth|soft) (?:edges|corners)\b|\b(?:crushes|grinds|blends|chops|slices|cuts through|heats up|cools down|boils|charges|brews|absorbs|removes|lifts|picks up|dries) (?:\w+ ){0,3}?(?:easily|effortlessly|in seconds|in no time|with ease|in (?:under |just |about )?(?:a|one|\d+) (?:minutes?|seconds?|mins?))\b|\b(?:this year's|this season's|new season's|fresh|first|early|spring|autumn|summer|winter|latest) (?:spring |autumn |fall |summer |winter )?(?:harvest|crop|picking|pluck)\b|\bfreshly (?:picked|roasted|harvested|ground|baked|made|brewed|milled|pressed)\b|\b(?:looks?|is) (?:even |so |really |super |way |much |far )?(?:gorgeous|stunning|beautiful|amazing|lovely|prettier|nicer|richer|brighter)(?: \w+)? (?:in (?:person|real life|daylight|natural light|the sun|sunlight)|irl)\b|\b(?:prettier|nicer|lovelier|richer|more vibrant) (?:in person |in real life )?than (?:in )?(?:the|our) (?:photos?|pictures?|pics)\b|\b(?:dishwasher|microwave|oven|freezer|food)(?: and (?:dishwasher|microwave|oven|freezer))?[- ]safe\b|\bfood[- ]grade\b/g,
    veto: VALUE_VETO,
  },
];
