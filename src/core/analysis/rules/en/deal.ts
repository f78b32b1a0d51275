/**
 * en rules for the deal: concessions (discount_offer, gift_offer, free_shipping), trust (assurance)
 * and closing (closing_push, payment_reminder, order_check, farewell, escalate) (reply-flags.md
 * "Concessions", "Trust", "Closing"; seeds 001 §5, 003 §6 and §8, 004 §2.1).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** A discount that ended, is only asked about, or is declined in favour of something else. */
const DISCOUNT_VETO =
  /\b(?:discount|coupon|promo|sale) (?:(?:event|period|season|code) )?(?:ended|is over|has ended|expired|finished)\b|(?:\$?\d+ ?%?|\$\d+) off\b[^.!?]{0,60}?\b(?:(?:has |had |is |was |it's |it is )?expired|(?:has |had )?ended|is over|(?:was|were) only (?:for|valid|available)|no longer (?:valid|available|active|works|applies))\b|\binstead of a (?:discount|coupon)\b|\bwhether (?:a|the|any) (?:coupon|discount)\b|\bask(?:s|ed|ing)? (?:me |us )?(?:for|about) (?:a |an |any |more |another |extra |bigger |further |the )?(?:discount|coupon|voucher|promo|price cut|markdown)s?\b/g;

/** A remedy offered as one side of a choice question ("a replacement, or would you rather…?"). */
const ASSURANCE_VETO =
  /\b(?:match(?:es|ing)?|same as|cheaper than|lower than|than|as|vs\.?|compared (?:to|with)|beat(?:s|ing)?) (?:the |an? |any )?official (?:store|retailer|distributor|price|site|website|shop)s?\b|\b(?:replacement|exchange|refund|return)\b,? or (?:would|do) you (?:rather|prefer|like|want)\b|\bor (?:(?:to )?(?:get|have|receive|take) )?(?:a |an )?(?:full )?(?:refund|replacement|exchange|return)\?|\b(?:to|can|could|must|needs? to|has to|will need to|would need to) (?:approve|authori[sz]e|sign off on|ok|okay) (?:a |the |your |any )?(?:full |partial )?refund\b/g;

/** Putting an item in the cart only to think it over is not a push to order now. */
const CLOSING_VETO =
  /\b(?:cart|basket)\b[^.!?]{0,12}? (?:and |to )(?:think (?:it |about it )?over|sleep on it|decide later|save it for later|come back to it|have a think)\b/g;

export const dealRules: PhraseRule[] = [
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
    re: /\b(?:free (?:shipping|delivery|postage|standard shipping)(?! only (?:applies|covers|works|counts|for|to|on|within|in)\b| applies only\b| is only (?:for|available|on|within)\b)|(?:ships?|deliver) (?:it |them |everything |the order |your order |both |them both |both of them |all of them |the lot |the whole (?:order|lot) )?(?:for )?free|shipping(?: is|'s| will be| is totally| is completely) (?:free|on (?:us|me|the house))|(?:we'll|we will|i'll|i will|we|i can|we can) (?:cover|pay for|pay|waive) (?:the |your )?(?:return )?(?:shipping|postage|delivery)|shipping on (?:us|me|the house)|no (?:shipping|delivery|postage) (?:fee|cost|charge)s?|(?:everything|it all|all orders) ships? free)\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'assurance',
    re: /\b(?:escrow|held (?:by|until)|buyer protection|purchase protection|money[- ]back|full refund|refund (?:if|within|policy|guarantee)|(?:request|get|claim|receive) a (?:full )?refund|refundable|(?<!\bexception (?:on|to|for) (?:the|your|our) )returns?\b(?! to\b)(?! back)(?! shipping)(?! label)(?! it\b)(?! them\b)|(?:can|may|could) return (?:it|them)|return (?:it|them) (?:within|for free|free|at no)|refund you|refund (?:it|the|your|you) in full|in full|reship|(?:arrange|process|offer|do) (?:an |a |a free )?(?:exchange|replacement|return|refund)|send (?:you )?a (?:free )?replacement|free replacement|(?<!\bexception (?:on|to|for) (?:the|your|our) )return (?:policy|window)|free returns|exchange (?:policy|it for free|within)|warrant\w*|guarantee(?:d)? (?:genuine|authentic|original)|(?:genuine|authentic|original),? guaranteed|100 ?% (?:genuine|authentic|original)|(?<!\b(?:probably|maybe|possibly|perhaps|likely|might be|may be|should be|think it's|guess it's) )(?:genuine|authentic)|authori[sz]ed (?:dealer|retailer|seller|reseller|store)|official (?:store|retailer|distributor)|shipping insurance|insured|quality guarantee|satisfaction guarantee|no counterfeits?|payment is released|released to (?:us|the seller)|until you confirm (?:receipt|delivery))\b/g,
    negatable: true,
    veto: ASSURANCE_VETO,
  },
  {
    flag: 'closing_push',
    re: /\b(?:place (?:the|your|an) order|order (?:now|today|it now|yours)|(?:go ahead and|just|please|you can|feel free to|ready to|time to) check ?out(?! (?:the|our|this|these|a|my)\b)|check ?out (?:now|today)|buy (?:now|it now|today)|(?:buy|order|purchase|grab) (?:the|this|these|those|your) [\w-]+(?: [\w-]+)? (?:now|today|tonight)|(?:add|pop|put|throw|stick|toss|drop) (?:it |them |this |that |one |these |those |both )?(?:in|into|to) (?:your |the )?(?:shopping )?(?:cart|basket)|get (?:your|an|the) order in|grab (?:it|one|yours|them)|snap (?:it|one) up|lock (?:it |them |this |that |the price |yours )?in|secure (?:yours|one|it)|complete (?:your|the) (?:order|purchase)|before (?:it's|they're|they are|it is) (?:gone|sold out)|while (?:it's|they're|stocks?) (?:in stock|last|available)|only (?:a few|\d+) left|limited stock|don't miss (?:out)?|ready to order|go ahead and (?:order|buy|get)|feel free to (?:order|buy|place)|order (?:before|while) (?:it's|they're|stocks?))\b/g,
    veto: CLOSING_VETO,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:complete (?:the|your) payment|(?:haven't|have not|hasn't|has not|not yet|still not|not been) (?:yet )?paid|unpaid|awaiting payment|pending payment|payment (?:is )?(?:still )?pending|still no payment|no payment yet|(?:remember|don't forget|please remember) to pay|pay (?:for )?(?:your|the) order|pay (?:now|today|soon)|finish (?:the )?(?:checkout|payment)|make the payment|(?:submit|complete) payment|payment reminder|(?:if|once|when|as soon as) you pay\b(?! attention)|hasn't been paid)\b/g,
  },
  {
    flag: 'order_check',
    re: /\b(?:confirm (?:your|the) (?:address|order|size|colou?r|details|shipping|delivery|phone)|let me confirm|(?:double|triple)[- ]check(?:ed)? (?:the |your )?(?:shipping |delivery )?(?:address|order|details|size)|just to (?:double-check|confirm|verify|be sure)|verify (?:your|the) (?:shipping |delivery )?(?:address|order|details)|(?:is|was) (?:that|this) (?:right|correct)|is (?:the|your) (?:shipping |delivery )?(?:address|order|size|phone(?: number)?|recipient|post ?code|zip(?: code)?)(?: (?:on|in|for) (?:your|the) (?:account|order|profile|file|app))? (?:still|correct|right|the same|up to date|current)|(?:shipping|delivery) address is|the address is|shipping to|(?:was|is) (?:that|it) the|you ordered (?!(?:the|a|an) (?:wrong|incorrect)\b)(?![^.!?]{0,40}?\b(?:right there|yourself|on your (?:side|end|part|order|screen|account|receipt)|(?:not )?(?:our|my|your) (?:mistake|fault)))(?:the|a|an|one|\d)|phone number (?:is|ends)|is that all correct|if (?:that's|that is|everything is|it's) (?:all )?correct)\b|, (?:right|correct|is that right|is that correct)\?/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:have a (?:nice|great|good|lovely|wonderful|pleasant|fantastic) (?:day|evening|weekend|one|night|time)|see you(?: again| soon| next time| later| tomorrow|(?=[.!]|$))|goodbye(?! to\b)|bye(?! to\b)|take care|come back (?:soon|anytime|again|any time)|(?:visit|shop with) us again|follow (?:our|the) (?:shop|store)|(?:bookmark|favorite|favourite) (?:our|the) (?:shop|store)|enjoy your (?:day|purchase|new|weekend|shopping|order)|hope to see you|look forward to (?:seeing|serving|hearing)|feel free to come back|welcome to come back|until next time|have a good one)\b/g,
  },
  {
    flag: 'escalate',
    re: /\b(?:supervisor|manager|team lead(?:er)?|my lead|my boss|the boss|management|escalat\w*|(?:get|request|ask for|need|seek|apply for|request for) (?:an? |the )?(?:special )?(?:approval|authori[sz]ation|sign[- ]off)|special (?:approval|permission|authori[sz]ation)|sign off|approv\w* (?:by|from)|check with (?:my|our|the) (?:team|manager|supervisor|boss|lead)|beyond what i can (?:approve|authori[sz]e|offer)|above my (?:authority|pay grade|limit))\b/g,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:shipping|delivery|postage)(?:'s| is| will be| comes)? (?:totally |completely |also |always )?(?:free|on us|on the house)\b/g,
    negatable: true,
  },
  {
    flag: 'order_check',
    re: /\b(?:confirm|double[- ]check|verify) (?:the |your |that )?(?:\w+ )?(?:size|zip(?: code)?|post(?:al)? ?code|phone(?: number)?|apartment|unit number|recipient|street|house number|quantity|colou?r|model|variant)\b/g,
  },
  {
    flag: 'assurance',
    re: /\b(?:money|payment|refund) (?:goes|will go|is sent|will be sent|comes) (?:straight )?back to\b|\bback to your (?:original )?(?:payment|account|card|wallet)\b|\b(?:payment|money) (?:stays|is held|remains) with (?:the platform|taobao|alipay)\b|\buntil you confirm\b|\byou(?:'re| are) (?:fully |completely |100% )?(?:protected|covered)\b/g,
    negatable: true,
    veto: ASSURANCE_VETO,
  },
  {
    flag: 'closing_push',
    re: /\border (?:before|by) (?:\d+(?:[:.]\d\d)?(?: ?[ap]m)?|noon|midnight|tonight|today|tomorrow|the end|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bto catch (?:the|today's|tomorrow's) (?:next |last )?(?:delivery|dispatch|shipment|pickup|courier|batch|run)\b/g,
    veto: CLOSING_VETO,
  },
  {
    // "Only step left is payment", "have you paid?", "pay or it's cancelled", "please pay", "pay already".
    flag: 'payment_reminder',
    re: /\b(?:only|last|final|one) (?:step|thing) (?:left|remaining)? ?(?:is |now is )?(?:the )?payment\b|\bjust (?:need|needs|waiting on|waiting for) (?:the |your )?payment\b|\bpayment to go (?:thru|through)\b|\b(?:just |only |still )?needs? (?:paying|to be paid)\b|\bhave you (?:paid|made (?:the )?payment|completed (?:the )?payment)\b|\bpay (?:now |up |today )?or (?:i'll|i will|we'll|we will|it'll|it will|the order will|your order will) (?:be )?cancel|\bpay (?:for it |up )?already\b|\b(?:please|just|go ahead and) (?:pay|make (?:the )?payment)(?: (?:for )?(?:it|the order|your order|now|already|today))?(?=[.!?,]|$)/g,
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
    re: /\b(?:add|include|throw in|pop in|tuck in|slip in)(?! (?:a |an )?(?:refund|replacement|exchange|return))(?: [\w-]+){1,5}? (?:for free|free of charge|on the house|as a gift|at no (?:extra )?(?:charge|cost))\b/g,
    negatable: true,
  },
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
    // A lower price named: "I can let it go for 880 instead of 950", "I'll drop them to 45 each".
    flag: 'discount_offer',
    re: /\b(?:let (?:it|them) go|do (?:it|them|the \w+)|drop (?:it|them|the price)) (?:for|to|at) \$?\d|\bfor \$?\d[\d.,]* instead of \$?\d/g,
    negatable: true,
    postNegatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:post|postage|shipping|delivery)-free\b|\b(?:won't|will not|don't|do not) charge (?:you )?(?:for |any )?(?:the )?(?:shipping|postage|delivery)\b(?! insurance)|\b(?:postage|shipping|delivery)(?:'s| is) (?:already |also )?(?:included|free of charge)\b|\bshipping won't cost you\b|\bwaive (?:the |your )?(?:delivery|shipping|postage) (?:fee|cost|charge)/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'assurance',
    re: /\bcertified (?:natural|genuine|authentic|organic)\b|\bcertificate of authenticity\b|\b(?:customs|import) (?:docs|documents|papers)\b/g,
    negatable: true,
    veto: ASSURANCE_VETO,
  },
  {
    // "Go for it", "I'd order soon", "just hit buy".
    flag: 'closing_push',
    re: /(?:^|[.!?] *)go for it\b|\b(?:i'd|i would|better|best to|you'll want to|you may want to|you might want to) (?:order|buy|grab|purchase|check out)(?: it| them| one| yours| this| that| now)? (?:soon|asap|sooner rather than later|right away|straight away|quickly|fast)\b|\b(?:hit|tap|click|press|smash) (?:on )?(?:the )?["']?(?:buy|buy now|order now|place order|checkout|check out|add to cart|add to basket)\b/g,
    veto: CLOSING_VETO,
  },
  {
    // Gifts tucked in or given to make up: "tuck a sample of the night cream in the box",
    // "add a sheet-mask set to make up for it".
    flag: 'gift_offer',
    re: /\b(?:tuck|pop|slip|throw|put|add|include|pack|send you|give you) (?:in )?(?:a|an|some|two|three|a few|one|\d) (?:free |little |small |travel-size |mini |trial-size |extra )?(?:samples?|minis?|testers?)\b|\b(?:tuck|pop|slip) (?:a|an|some) [\w-]+(?: [\w-]+){0,4} in (?:the|your) (?:box|parcel|package|order|bag)\b|\b(?:add|include|throw in|pop in|tuck in|slip in) (?:a |an |some )?(?!(?:refund|replacement|exchange|return)\b)[\w-]+(?: [\w-]+){0,3} (?:to make up for|as an apology|to say sorry|as a sorry|for the (?:trouble|inconvenience|wait|hassle))\b/g,
    negatable: true,
  },
  {
    // "What I can do is cover the postage", "happy to cover the shipping for you".
    flag: 'free_shipping',
    re: /\b(?:do is|is to|happy to|glad to|able to|can also|will also|'ll also) (?:cover|pay for|waive) (?:the |your )?(?:return )?(?:shipping|postage|delivery)\b|\bcover (?:the |your )?(?:shipping|postage|delivery)(?: (?:fee|cost|charge)s?)? for you\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    // Certified stones and goods: "comes with a lab certificate", "verify the number online".
    flag: 'assurance',
    re: /\b(?:comes? with|with|includes?|has|have|plus) (?:a|an|its own|the|their own) (?:[\w-]+ ){0,2}certificate\b|\bcertificate (?:of authenticity|from)\b|\bverif(?:y|ied) (?:the |its |it |each |every )?(?:\w+ ){0,2}(?:online|on (?:the|our|their) (?:[\w'-]+ ){0,2}(?:website|site|app))\b|\banti-counterfeit\b/g,
    negatable: true,
    veto: ASSURANCE_VETO,
  },
  {
    // A payment that failed or a balance still due: "the payment didn't", "the balance is due by…".
    flag: 'payment_reminder',
    re: /\b(?:the |your )?payment (?:didn't|did not|hasn't|has not)(?=[.!?,;]| yet\b)|\bpayment (?:failed|was declined|got declined|bounced|was unsuccessful)\b|\b(?:balance|final payment|remaining (?:amount|payment|balance)|rest of the payment|final instal?ment)\b[^.!?]{0,20}?\b(?:is |are )?(?:due|outstanding|payable)\b|\b(?:pay|settle|clear) (?:the |your )?(?:balance|remaining amount|remaining balance|rest of the (?:payment|amount))\b/g,
  },
  {
    // "To confirm, the sofa goes to…", "to recap:", "your address shows no flat number", "could you
    // check if anything is missing?".
    flag: 'order_check',
    re: /(?:^|[.!?] *)(?:just )?to (?:confirm|recap|double-check)[,:]|\byour (?:shipping |delivery )?(?:address|post ?code|zip(?: code)?|phone number|delivery details)\b[^.!?]{0,10}?\b(?:shows|says|reads|is missing|has no|doesn't (?:have|include)|lacks|seems (?:incomplete|to be missing))\b|\bno (?:flat|apartment|apt|unit|house|door|suite|building|room) (?:number|no)\b|\b(?:could|can) you (?:please )?(?:check|confirm|verify|double[- ]check) (?:if|whether|that) (?:anything|everything|it|the address|your address|the details|the (?:name|number|postcode))\b/g,
  },
  {
    // Asking the one who decides: "I've asked the shop owner if we can make an exception".
    flag: 'escalate',
    re: /\b(?:ask|asked|asking|check with|checked with|checking with|run (?:it|this) by|talk to|talked to|speak to|spoke to|consult|consulted|pass(?:ed)? (?:it|this) (?:on )?to|flag(?:ged)? (?:it|this) (?:to|with)) (?:the|my|our) (?:shop |store )?(?:owner|boss|higher-ups|head office|team leader)\b|\b(?:see|check|ask|find out) (?:if|whether) (?:we|i|they|she|he) (?:can|could) make an exception\b/g,
  },
  {
    // Sign-offs and well-wishes: "Kind regards, Sophie", "Goodnight", "good luck with the move".
    flag: 'farewell',
    re: /\b(?:kind|best|warm|warmest) regards\b|\bbest wishes\b|\byours (?:sincerely|truly)\b|\bgood ?night\b(?!'s)|\b(?:good luck|all the best|best of luck) with\b|\bspeak soon\b|\bbye for now\b|\bcheerio\b/g,
  },
  {
    // Free extras in other words: "pack it in a gift box with a card, free of charge",
    // "I'll send it postage-free and add an extra pair of laces".
    flag: 'gift_offer',
    re: /\b(?:gift[- ]?wrap\w*|gift (?:box|bag)|(?:wrap|pack) (?:it|them|everything) (?:up )?(?:nicely )?(?:in|with))\b[^.!?]{0,30}?(?:for free|free of charge|on the house|at no (?:extra )?(?:charge|cost))\b|\b(?:i'll|i will|we'll|we will|(?:i|we) can(?!')|let me|(?:i'm|we're) happy to)\b[^.!?]{0,40}? (?:add|include|throw in|pop in|tuck in|slip in) (?:you )?(?:an? |one |some |two )?extra\b(?![^.!?]{0,25}?(?:\$|\bfor \d|\d+ ?(?:dollars|yuan|euros?|pounds?|more)|\b(?:charge|cost|fee)))/g,
    negatable: true,
  },
];
