/**
 * en rules for courtesy and tone, negative: rude, argue, blame, absolute_promise, hedge and the
 * other phrase-level faults (reply-flags.md "Courtesy and tone (negative)"; seeds 002, 003 §6 and
 * §8, 004 §2.3).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** A stated safeguard ("quality guaranteed", "genuine, guaranteed") is assurance, not a promise. */
const PROMISE_VETO =
  /\b(?:genuine|authentic|original|quality|satisfaction|money[- ]back|refunds?|returns?|authenticity)(?: is)?,? guaranteed\b/g;

export const toneRules: PhraseRule[] = [
  {
    flag: 'rude',
    re: /\btake it or leave it\b|\b(?:buy it|take it|order it) or (?:don't|not)\b|\bi (?:already|just) (?:told|said|explained)\b|\bi told you (?:already|before|twice|that|so)\b|(?:^|[.!?] *)just (?:read|look at|check) (?:the|it)\b|\bi(?:'ve| have) (?:already )?(?:told|said|explained) (?:you |this |that |it ){0,2}(?:already|before|twice|three times|\d+ times|many times|several times|a (?:few|hundred|million|thousand) times)|\bhow many times\b|\bas i (?:already )?(?:said|told you)\b|\bread (?:the \w+ |it |the \w+ \w+ )?(?:yourself|again)\b|\b(?:look|check|figure) (?:it |that )?(?:out )?(?:for )?yourself\b|\bfigure it out\b|\bstop (?:asking|messaging|bothering|texting|writing|complaining|nagging|saying|telling|accusing|calling|arguing|repeating|spamming|threatening|whining|pestering|harassing|demanding|insisting)|\bquit (?:asking|messaging|bothering|complaining|nagging|whining|saying|bugging)\b|\bnot my (?:problem|job|fault)\b|(?:^|[.!?] *)whatever(?=[.!?]|$)|\bare you (?:stupid|blind|kidding me)|\bcan't you read\b|\bif you don't (?:like|want) it,? (?:then )?(?:don't|go|just)\b|\bgo (?:somewhere else|elsewhere)\b|\bshop elsewhere\b|\bi don't (?:have time|care)\b|\bwe(?:'re| are) (?:busy|very busy|too busy)|\bi'm (?:busy|too busy)\b|\bdeal with it\b|\bor i(?:'m| am| will|'ll) cancel|\bpay (?:now|up) or\b|\bnot our problem\b|\bbuy it or not\b|\bi don't have all day\b|\bwasting my time\b|\bcan't afford it,? (?:then )?(?:don't|stop|go|just)\b|\b(?:now )?you (?:come|are) (?:back )?(?:complaining|whining|crying)|\bhow (?:would|should|could|am) i (?:supposed to )?know\b/g,
  },
  {
    flag: 'argue',
    re: /\byou(?:'re| are) (?:just |simply |completely |totally )?(?:wrong|mistaken|incorrect|confused)\b|\b(?:that|this)(?:'s| is) (?:simply |just |absolutely |completely |totally )?(?:not true|not the case|incorrect|false|wrong|impossible|nonsense|not right|not correct)\b|\bit(?:'s| is) (?:simply |just )?(?:not true|not the case|false)\b|\bthat's not how\b|\bno,? (?:we|it|that|this|they) (?:did|do|does|is|was|are)(?:n't| not)\b|\bthat never happened\b|\bthere's no way\b|\bnot true\b|\bthat makes no sense\b|\bare you sure\?|\b(?:can't|cannot|isn't|is not|wasn't|was not|not) (?:be )?our (?:fault|mistake)\b/g,
    negatable: true,
  },
  {
    flag: 'blame',
    re: /\b(?:that's|it's|this is|that is|it is) (?:entirely |completely |all |totally )?your (?:own )?(?:fault|mistake|problem|responsibility)|\byour fault\b|\byou should(?:'ve| have) (?:read|checked|looked|measured|asked|chosen|picked|ordered|selected|told|noticed|paid attention|double-checked|confirmed|contacted|seen|known)|\byou (?:didn't|did not|never|failed to) (?:read|check|look|measure|compare|notice|pay attention|follow|choose|select|tell|confirm|see)\b|\byou (?:just )?(?:didn't|did not) \w+ (?:properly|carefully|correctly)\b|\byou (?:also |just )?(?:picked|chose|selected|ordered|entered|typed|put|gave|sent|provided|wrote|filled in|set) (?:in |us |me )?(?:the |a |an )?(?:wrong|incorrect)\b|\byou (?:washed|used|installed|handled|stored|set up) (?:it|them) (?:the )?(?:wrong|incorrectly|improperly)|\byou (?:picked|chose|selected|ordered|bought) (?:\w+ ){0,2}yourself\b|\bthat's on you\b|\bwhose fault\b|\bwho's to blame\b|\byou (?:\w+ )?without (?:reading|checking|looking|measuring)\b|\byou (?:didn't|did not|never) (?:say|tell|mention|specify|write|note)\b|\byou must have (?:dropped|misread|broken|damaged|ordered|picked|chosen|misunderstood|missed|forgotten|entered|typed|washed|used|mixed up|confused)\b|\b\w+ (?:it|them) yourself\b(?<!\b(?:see|check|try|enjoy|try it|see it|check it) (?:it|them) yourself)|\bblame yourself\b|\buser error\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:guarantee|promise|swear)s? (?:you |it |that |they |this |delivery |it'll |you'll |it will |they'll )|\bguaranteed to (?:arrive|work|fit|last|be|get)|\bdefinitely (?:arrive|be|won't|will|no|not|get|fit|work|last)\b|\bwill (?:definitely|surely|certainly)\b|\bwill (?:absolutely |surely |definitely )?never (?:break|fail|fade|let you down|wear out|crack|shrink|stop|leak|tear|go wrong)|\b(?:never|won't ever) (?:breaks?|fails?|fades?|wears? out|shrinks?|leaks?|tears?)\b|\babsolutely (?:no problem|never|won't|will|sure|guaranteed)|\b100 ?% (?:sure|certain|won't|will|guaranteed to|no problem)|\bfor sure\b|\bno question(?=[.!,]|$)|\bwithout (?:a |any )?(?:doubt|fail)\b|\bi(?:'m| am) (?:100% |absolutely |completely )?(?:sure|certain) (?:it|you|they)\b|\bit will (?:arrive|be there|be at your door|reach you) (?:tomorrow|today|by)\b|\bno way it (?:will|can)\b|\bzero (?:chance|risk) of\b|\blasts? (?:a lifetime|forever)|\bwill last (?:a lifetime|forever|for years)/g,
    negatable: true,
    veto: PROMISE_VETO,
  },
  {
    flag: 'hedge',
    re: /\b(?:maybe|perhaps|probably|possibly|presumably|roughly|approximately|likely|apparently|supposedly|i think|i believe|i guess|i suppose|i assume|not (?:100% |totally |completely |entirely |really |quite )?sure|(?:pretty|fairly|reasonably|almost) (?:sure|certain)|not certain|should be|might be|may be|could be|more or less|or so|kind of|sort of|something like|around \d|about \d|about standard|around (?:standard|the same)|give or take|if i remember|if i recall|seems to|seems like|i'd say|i reckon|(?:may|might) (?:not )?(?:suit|fit|be|work|run|feel|come|last|take))\b/g,
    negatable: true,
    veto: /\b(?:what|which|any|this|that|the|a|each|every|same|other) (?:kind|sort) of\b|\bnot sure (?:why|what you)\b|\b(?:you )?(?:might|may|could|would) (?:also )?(?:like|love|enjoy)\b|\bmaybe you(?:'d| would)? (?:also )?(?:like|love)\b|\broughly (?:what|how)\b|\b(?:roughly|approximately|about|around|more or less|give or take|or so)\?|\b(?:know|tell me|let me know|measure|give me) (?:\w+ )?(?:roughly|approximately)\b|\bmight come in handy\b|\b(?:probably|maybe|perhaps|possibly) (?:best|better|a good idea|wise|wiser|safest|safer|easiest|easier) (?:to|if)\b|\b(?:might|may|could|should|will probably|probably) (?:be |get |arrive )?(?:a (?:bit|little|day|few days|couple of days) )?(?:delayed|late|held up|slower than usual)\b|\bi think you (?:may |might )?(?:have )?(?:meant|sent|messaged|got the wrong|have the wrong|mean)\b|\b(?:may|might) have meant\b|\bmaybe (?:the |your )?(?:app|page|site|website|browser|cache|system|link|screen|network|connection|wifi|signal)\b|\b(?:seems|appears) to be (?:missing|incomplete|wrong|incorrect|invalid|a typo)\b|\b(?:i think|i believe|i guess|probably|maybe|perhaps|likely|should|might|may|could)(?: be)? (?:it's |it is |they're |they are |(?:it|they) (?:will|'ll) |(?:your|the) (?:parcel|package|order|item|delivery|shipment) (?:is |has |will )?)?(?:still )?(?:be )?(?:held up|stuck|delayed|at customs|in customs|(?:out )?for delivery|in transit|on (?:its|the|their) way|with (?:the courier|you)|delivered|(?:there|here) (?:by|on|in|tomorrow|today)|at (?:the|your) (?:local )?(?:depot|warehouse|sorting \w+|hub|post office))\b|\b(?:maybe|perhaps|possibly) (?:try|you could|you can|check|give it|restart|reset|clear|turn|switch|unplug|recharge|charge|update|reinstall|contact|send|take a|have a)\b/g,
  },
  {
    // "I already answered that", "like I said", "you've already asked me that", "WHY… again??".
    flag: 'rude',
    re: /\b(?:i|we)(?:'ve| have)? already (?:told|said|explained|answered|replied|covered|mentioned|gone over|went over)\b|\b(?:i|we)(?:'ve| have) (?:answered|explained|told you|said|covered|replied to) (?:this|that|it)? ?(?:already|before|twice|(?:\w+|\d+) times)\b|\b(?:like|as) i (?:already )?said\b|\byou(?:'ve| have)? already asked\b|\byou(?:'re| are) asking (?:me )?(?:the same|that|this)(?: \w+)? again\b|\bsame question again\b|\bwhy (?:are|do|would) you (?:keep )?ask(?:ing)?\b|(?:^|[.!?,] *)(?:seriously,? )?again\?|\b(?:i'm|i am) not (?:going to|gonna) (?:repeat|say|explain)|\bnot (?:going to|gonna) (?:repeat|say|explain) (?:myself|it|this|that)|\bdon't (?:want|like) to repeat/g,
  },
  {
    // Sending the buyer off to look it up themselves.
    flag: 'rude',
    re: /\bscroll (?:back )?up\b|\bit'?s all (?:there|in the \w+|on the \w+)\b|\beverything(?:'s| is) (?:already )?(?:on|in) the (?:product |item )?(?:page|description|listing|photos|pictures|details)\b|\blook it up\b|\bgoogle it\b|\bbefore asking\b|(?:^|[.!?,] *)(?:please |just |go )?read the (?:product page|description|listing|page|details|whole)\b|\bdid you (?:even )?read\b/g,
  },
  {
    // Hurrying the buyer; "if you don't like it, go elsewhere"; "pay already", "I've been holding
    // it for you all day".
    flag: 'rude',
    re: /\bhurry up\b|\bmake up your mind\b|(?:^|[.!?,] *)(?:just |so |then |now )?(?:pay|order|buy|choose|pick|decide|answer|reply|respond|confirm|check ?out)(?: it| them| one| up| for it| the order)? already\b|\b(?:i|we)(?:'ve| have) been (?:holding|reserving|keeping|saving|putting aside|setting aside) (?:\w+ ){0,3}?(?:for you )?(?:all day|for hours|for ages|forever|for days|all week)\b|\bbeen waiting (?:for|on) (?:you|your (?:payment|reply|answer|decision|confirmation))\b[^.!?]{0,15}?\b(?:all day|for hours|for ages|forever|for days|all week)\b|\bdecide already\b|\bjust decide\b|\b(?:other|more) customers (?:waiting|to (?:serve|help|deal with))\b|\bwant it or not\b|\bif you don't (?:like|want)\b[^.!?]{0,30}?\b(?:don't buy|go (?:find|buy|look|shop|elsewhere|somewhere)|shop elsewhere|buy (?:it )?elsewhere)|\bgo (?:find|buy|look for) (?:it|one) (?:\w+ )?(?:somewhere else|elsewhere)\b/g,
  },
  {
    // Head-on contradiction in other words; "we sent exactly what you ordered", "we did send the
    // right size", "so it did arrive".
    flag: 'argue',
    re: /\byou (?:must|might|may|seem to) be (?:mistaken|wrong|confused)\b|\b(?:we|i) (?:sent|shipped|delivered|packed|gave) (?:you )?(?:exactly|precisely) what you\b|\b(?:that's|that is|it's|it is|this is|you got|you received) (?:exactly|precisely) what you (?:ordered|asked for|chose|picked|selected|bought|paid for)\b|\b(?:we|i) (?:definitely |certainly |did )(?:sent|send|shipped|ship|packed|pack|included|include|posted|post) (?:you )?(?:the )?(?:right|correct|it|them|everything)\b|\b(?:we|i) (?:sent|shipped|packed) (?:you )?the (?:right|correct) (?:size|colou?r|item|one|model|version|product|thing)\b|\b(?:so|but) (?:it|they|we|you|the (?:parcel|package|order|item)) did (?:in fact |actually )?(?:arrive|get delivered|get there|ship|go out|reach you|get sent|receive it)\b(?! (?:late|damaged|broken|cracked|crushed|wet|dented|opened|torn|after)\b)|\bthat(?:'s| is) (?:just |simply )?not (?:what happened|accurate|so)\b|(?:^|[.!?] *)(?:wrong|nope|incorrect)(?=[,;])|(?:^|[.!?] *)(?:wrong|incorrect|nonsense|rubbish)(?=[.!])/g,
  },
  {
    flag: 'rude',
    re: /\beverything(?:'s| is) (?:already )?(?:there|in there)\b|\bbefore (?:you )?(?:ask|message|contact|write|bother|complain)\w*|\b(?:the )?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|hundredth|umpteenth) time (?:you(?:'ve| have)?|i(?:'ve| have)?) (?:asked|said|told|explained|answered)|(?:^|[.!?] *)come on\b|\bpick one already\b|\b(?:buy|buying|want|take|taking|order|ordering|get|getting) (?:it|this|one|them) or not\b|\bcan't (?:wait|hold|keep|reserve)(?: it| them| this| the \w+| your \w+)? (?:forever|all day)\b|\b(?:you )?keep (?:asking|messaging|bugging|repeating)\b/g,
  },
  {
    flag: 'argue',
    re: /\byou(?:'ve| have)? got (?:it|that|this) (?:all )?wrong\b|\byou(?:'re| are) (?:getting|remembering) (?:it|that|this) wrong\b|\b(?:that|this|it) (?:isn't|is not|wasn't|was not) (?:true|correct|right|accurate|the case)\b/g,
  },
  {
    // Putting the fault on what the buyer did: "if you'd checked…", "you chose X, so…",
    // "the address you typed was missing…", "the label clearly says…", "not on our side", "why
    // didn't you measure?", "you're the one who…", "you probably dropped it".
    flag: 'blame',
    re: /\bif you(?:'d| had) (?:just |actually |even |only |bothered to )?(?:read|looked|checked|measured|followed|compared|paid attention|asked|told|put|entered|typed|added|included|chosen|picked|selected|written|given|filled)\b[^.!?]{0,60}?\b(?:wouldn't|would not|would never) have\b|\bwouldn't have happened if\b|\b\w+ you (?:typed|entered|gave|provided|wrote|filled in|put in|selected|chose|picked) (?:was|is|were|had) (?:missing|wrong|incorrect|incomplete|invalid)\b|\byou (?:chose|picked|selected|opted for|entered|typed|put in)\b[^.!?]{1,60}?,? (?:so|that's why|which is why)\b|\b(?:label|description|listing|size chart|product page|page|instructions|manual|chart|title|photos?) (?:clearly|plainly|literally|explicitly) (?:says|states|shows|said|stated|showed|mentions)\b|\bclearly (?:stated|written|marked|listed|mentioned|shown|says|states) (?:in|on) the\b|\bdid you even (?:look|read|check)\b|\bwhy didn't you (?:check|measure|read|look|ask|tell|say|mention|contact|choose|select|pick|order)\b|\byou(?:'re| are| were) the one who\b|\bnot (?:our|my) fault (?:that )?you\b|\byou (?:probably|likely|(?:may|might) have|must've) (?:dropped|misread|broke|broken|damaged|washed|misunderstood|mixed up|confused|overloaded|overfilled)\b|\b(?:isn't|is not|wasn't|was not|not) on (?:our|us)(?: side| end)?\b/g,
  },
  {
    // Dismissing the buyer: "plenty of others will", "buy it somewhere else", "why would you…".
    flag: 'rude',
    re: /\byou(?:'d| would) (?:know|have known|have seen|see) (?:that |this |it )?if you\b|\bif (?:you|u) don't (?:want|like) it\b[^.!?]{0,40}?\b(?:others|someone else|somebody else|other people|plenty of)\b|\b(?:plenty|lots|loads) of (?:other )?(?:people|buyers|customers|others) (?:will|would)\b|\b(?:price|it) is what it is\b(?! (?:now|for now|right now|at the moment|today|until)\b)|(?:^|[.!?] *)(?:whatever|ugh+),|\bwhy would you (?:leave|write|post|give|threaten|complain|do that|say that)\b|\b(?:it's|it is|that's|that is|it was|all) (?:literally |clearly |right |already ){1,2}(?:there |written |stated )?(?:in|on) the (?:description|listing|page|product page|details|photos?|pictures?|title|size chart)\b/g,
  },
  {
    flag: 'rude',
    re: /(?<!\b(?:won't|wouldn't|can't|cannot|not|never|couldn't) )\b(?:buy|get|find|shop for|shop|look|order) (?:it |them |one )?(?:somewhere else|elsewhere|from someone else|from another (?:shop|store|seller))\b/g,
  },
  {
    // "That's not possible", "there's no difference", "No, it's not fake", "you're lying",
    // "nobody else has complained".
    flag: 'argue',
    re: /\b(?:that|this|it)(?:'s| is) (?:just |simply )?not possible\b|\bthat can't be (?:right|true)\b|\bthere(?:'s| is) no difference\b|(?:^|[.!?] *)no[,.!]? (?:it|this|that|they|the \w+)(?:'s| is|'re| are| was| were)(?: not|n't) (?:fake|a fake|counterfeit|a copy|a knockoff|a replica|an imitation|refurbished|a refurb|opened|returned|expired|old stock|broken|used|damaged|defective|second-hand|overpriced|different|wrong|too \w+)\b|(?:^|[.!?] *)(?:it|this|that|they|these)(?:'s| is|'re| are)(?: not|n't) (?:fake|a fake|counterfeit|a copy|a knockoff|a replica|an imitation|broken|faulty|defective|damaged|used|expired|second-hand)\b|\b(?:was|were) (?:fine|perfect|intact|undamaged|in (?:perfect|good|great) (?:condition|shape)) when (?:it|they) (?:left|went out|was (?:shipped|packed|sent)|were (?:shipped|packed|sent))\b|\bthere(?:'s| is) nothing wrong with (?:the|it|them|this|that|your|these)\b|\b(?:that's|that is|it's|it is) not what (?:our|the) (?:records|system|tracking|photos?|logs?|video|footage) (?:shows?|says?)\b|\b(?:records?|system|tracking|photos?|logs?|video|footage) (?:shows?|says?|showed|said) otherwise\b|\b(?:that's|that is|this is) (?:a )?(?:lie|lies|false claim)\b|\byou(?:'re| are) (?:lying|making (?:this|that|it) up|exaggerating)\b|\b(?:no ?one|no-one|nobody) else (?:has )?(?:ever )?(?:complained|had (?:this|that|a problem|an issue|any (?:problems|issues)))\b|\bwe(?:'ve| have) never (?:had|received|got) (?:a |any |one |this |that )?(?:complaints?|problems?|issues?) (?:like (?:this|that)|about|with)\b/g,
  },
  {
    // Delivery dates and results stated as certain: "at your door by Thursday, 100%".
    flag: 'absolute_promise',
    re: /\b100 ?%(?=[.!]|$)|\bno doubt about (?:it|that)\b|\bi have no doubt\b|\b(?:it|they|your (?:order|parcel|package|item))(?:'ll| will) (?:arrive|be (?:there|delivered|at your door|with you)|reach you|get to you)\b[^.!?]{0,24}?\b(?:no later than|by (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|tonight|the weekend|\d)|tomorrow|today)\b/g,
    negatable: true,
    veto: PROMISE_VETO,
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
    veto: PROMISE_VETO,
  },
  {
    flag: 'argue',
    re: /\bi (?:have to|must|would have to|'ll have to) disagree\b|(?:^|[.!?] *)(?:impossible|not possible)[.!]/g,
    negatable: true,
  },
  {
    flag: 'rude',
    re: /\b(?:cheaper|other) (?:shops|stores|sellers) out there\b|\bstop sending\b|\bdon't come crying\b/g,
  },
  {
    // Scolding and shrugging off: "read more carefully next time", "what do you expect me to do".
    flag: 'rude',
    re: /\b(?:read|look|check)(?: (?:more|a bit more|things|it|them))? carefully (?:next time|in future|from now on)\b|\bnext time,? (?:please )?(?:read|check|look|pay attention)\b|\bwhat (?:do |did )?you expect me to do\b|\bwhat (?:do )?you want me to do about (?:it|that)\b|\bwhat did you expect\b/g,
  },
  {
    // Denying the buyer's account: "it's not a manufacturing fault", "that's not a crack", "we never
    // said…", "I disagree".
    flag: 'argue',
    re: /\b(?:it|this|that)(?:(?:'s| is)(?: just)? not| isn't| is just not) (?:a |an )?(?:manufacturing |quality |production |product |factory )?(?:fault|defect|flaw|crack|scratch|stain|tear|hole|dent|chip|scuff|bubble|leak|snag|rust|mou?ld)\b|\b(?:they|these|those)(?:'re| are)(?: just)?(?: not|n't) (?:manufacturing |quality |production |factory )?(?:faults|defects|flaws|cracks|scratches|stains|tears|holes|dents|chips|scuffs|bubbles|leaks|snags)\b|\b(?:we|i) (?:never|didn't|did not) (?:said|say|promised|promise|claimed|claim|advertised|advertise|stated|state)\b|\b(?:we|i) (?:didn't|did not|never) (?:send|sent|ship|shipped) (?:you )?(?:the |a |an )?(?:wrong|incorrect|different|damaged|broken|used)\b|(?:^|[.!?,] *)i (?:\w+ )?disagree\b|(?:\bisn't|\bis not|\bwasn't|\bwas not|'s not)(?<!\b(?:if|unless|when|whether) (?:it|this|that|there)(?:'s not| isn't| is not| wasn't| was not)) (?:a |an )?(?:quality|manufacturing|production|factory|product) (?:issue|problem|fault|defect|flaw)s?\b|\bnothing to do with (?:the |our )?(?:quality|product|manufacturing)\b|\byou(?:'re| are| must be) (?:confusing|mixing up|mixing) (?:it |this |us |them |the \w+ )?(?:up )?with\b/g,
    negatable: true,
  },
  {
    // Fault traced to what the buyer did: "cracked because you dropped it", "you didn't bother
    // reading", "you put it in the dryer", "you clicked X instead of Y", "follow the instructions".
    flag: 'blame',
    re: /\b(?:because|since|cos|cause) you (?:\w+ )?(?:dropped|washed|dried|tumble[- ]dried|microwaved|bleached|ironed|sat on|stepped on|overfilled|overloaded|forgot|ignored|skipped|misread|mixed up)\b|\byou (?:just |simply )?(?:didn't|did not|never) (?:even )?bother(?:ed)? (?:to )?\w+|\byou (?:put|threw|tossed|washed|ran|stuck) (?:it|them) (?:in|into|through) the (?:tumble )?(?:dryer|drier|washer|washing machine|dishwasher|microwave|oven|machine|freezer)\b|\byou (?:clicked|picked|chose|selected|ordered|typed|entered|ticked|tapped|bought)\b[^.!?]{1,30}? instead of\b|\byou (?:have|had|need(?:ed)?) to follow the (?:\w+ ){0,2}(?:instructions|directions)\b|\b(?:must|must've|could only) (?:have )?(?:happened|been damaged|been broken|been dropped|got damaged) (?:after|when|while|once) you\b|\b(?:wrong|incorrect(?:ly)?|mistake|error|typo|fault)\b[^.!?]{0,12}?\bon your (?:side|end|part)\b|\b(?:putting|washing|drying|tumble[- ]drying|dropping|ironing|bleaching|microwaving|leaving|storing|soaking) (?:it|them)\b[^.!?]{0,30}? (?:is|was) what (?:shrank|shrunk|damaged|broke|ruined|faded|cracked|stretched|scratched|bent|tore|melted|warped|caused)\b|\b(?:it's|it is|that's|that is) (?:right |clearly |all )?(?:there |shown |stated |written )?(?:on|in) your (?:own )?(?:order|order page|order details|order history|receipt|confirmation)\b/g,
    negatable: true,
  },
  {
    // A promise in other words: "I guarantee it", "you have my word", "no chance it will fade",
    // "zero chance it's too small".
    flag: 'absolute_promise',
    re: /\bi (?:can |will )?guarantee(?: it| that| this| you)?(?=[.!,;]|$)|\b(?:you have|i give you|take|you've got) my word\b|\bmy word on (?:it|that)\b|\bno chance (?:it|this|they|that|these|the \w+)(?:'ll| will| would| could| can|'d)\b|\bzero chance (?:it|this|they|that|these|the \w+)(?:'ll| will| would| could| can|'d|'s| is|'re| are| won't| gets?)\b|\bguaranteed(?=[.!]|$)|\b(?:i|we) (?:can )?assure you\b|\b(?:will|'ll) easily last\b/g,
    negatable: true,
    veto: PROMISE_VETO,
  },
  {
    // Brushing the buyer off: "if it's too expensive for you, …", "you'll just have to wait like
    // everyone else", "why a refund?!", "take it up with the courier", "not my concern", "contact
    // the courier yourself", "what part of … don't you understand", "ask someone else".
    flag: 'rude',
    re: /\bif (?:it's|it is|that's|that is|the price is|this is) too (?:expensive|pricey|much|dear|steep|high)(?: for you)?,? (?:then )?(?:don't|go|shop|buy|look|try|just|find)\b|\blike everyone else\b|\byou(?:'ll| will)? just (?:have to|need to|gotta) (?:wait|accept|deal|live)\b|(?:^|[.!?] *)why (?:a|the|this) (?:refund|return|complaint|bad review|one-star|1-star)\b|\bwhy would you (?:even )?(?:want|need|ask for|request) a (?:refund|return)\b|\bwhat more do you want\b|\bwhat else do you want (?:from me|me to do)\b|\btake it up with the (?:courier|carrier|post office|delivery company|manufacturer|brand)\b|\b(?:contact|call|ask|message|email|chase|deal with|sort it out with|talk to|complain to) (?:the |your )?(?:courier|carrier|post office|delivery company|manufacturer|brand|bank|platform|neighbou?rs?)(?: \w+)? yourself\b|\bwhat (?:part|bit) of\b[^.!?]{0,30}?\b(?:don't|do not|didn't) you (?:understand|get)\b|\bi(?:'m| am) not (?:going to|gonna) (?:argue|debate|discuss this)\b|\bnot (?:my|our) (?:concern|business|responsibility)\b|\bdon't (?:blame|bother) me\b|\bwhat(?:'s| is) (?:your problem|wrong with you)\b|\bnot rocket science\b|\bnot my department\b|\bask (?:someone|somebody) else\b|\b(?:live with|get over) it\b|\bwaste (?:my|our) time\b|\byou people\b|\bdo your own research\b|\bif you don't (?:trust|believe) (?:us|me|it)\b[^.!?]{0,30}?\b(?:don't buy|go|shop|buy (?:it )?elsewhere|then don't)\b|\bend of (?:story|discussion)\b|\bnothing (?:more|else) to (?:say|discuss|talk about)\b|\bi(?:'m| am) not a mind ?reader\b/g,
  },
  {
    // Fault put on the buyer's device or handling: "it's your screen settings", "you're pairing it
    // wrong", "it must be how you applied it", "that's what happens when you…", "check the tag
    // before complaining" (a bare "read it before asking" is rude only); "it shrank because it was
    // washed hot", "due to your handling".
    flag: 'blame',
    re: /\b(?:it's|it is|that's|that is|must be|it must be) (?:just |probably )?your (?:own )?(?:screen|monitor|phone|display|device|settings|screen settings|brightness|browser|network|wifi|wi-fi|connection|charger|cable)\b|\byou(?:'re| are) (?:just |simply |probably )?(?:using|pairing|installing|charging|wearing|washing|holding|connecting|setting|assembling|fitting|applying|storing|doing|putting|mounting|inserting|plugging|tying|lacing|measuring|folding|cleaning|operating|loading|filling|mixing|brewing|heating) (?:it |them |this |the \w+ )?(?:up )?(?:wrong|incorrectly|the wrong way)\b|\byou(?:'re| are) not (?:using|pairing|installing|charging|wearing|washing|holding|connecting|setting|assembling|fitting|applying|storing|doing|putting|mounting|inserting|plugging|tying|lacing|measuring|folding|cleaning|operating|loading|filling|mixing|brewing|heating) (?:it|them) (?:up )?(?:right|correctly|properly)\b|\b(?:must be|has to be|must have been|it's down to|comes down to|because of|due to|is down to) (?:how|the way) you\b|\bthat's what happens (?:when|if) you\b|\b(?:it was|that was) your (?:own )?(?:choice|decision)\b|\byour own doing\b|\b(?:because|since|cos|cause|as) (?:it|they|the \w+) (?:was|were|got|had been|has been|have been) (?:washed|dried|tumble[- ]dried|ironed|bleached|microwaved|dropped|overloaded|overfilled|left|stored|put|soaked|heated|exposed|handled|used|worn|charged|cleaned|boiled|run) (?:\w+ ){0,2}?(?:hot|in hot water|on (?:a )?hot|on (?:high|full (?:power|heat|blast)|max(?:imum)?)|at (?:a )?(?:high|hot|\d+)|in (?:the )?(?:dryer|drier|tumble dryer|direct sun|sun|sunlight|microwave|dishwasher|washing machine|washer|oven|rain)|with bleach|incorrectly|improperly|the wrong way|too (?:hot|long|often|hard|much|close))\b|\b(?:due to|because of|caused by|from|down to) your (?:own )?(?:\w+ )?(?:use|usage|handling|washing|care|installation|storage|cleaning|assembly|charging|mistake|error)\b|\b(?:caused|done) by (?:you|your own)\b|\b(?:look at|read|check) (?:the \w+|it|them)(?: first)? before (?:complaining|returning|leaving a (?:review|complaint))\b/g,
    negatable: true,
  },
];
