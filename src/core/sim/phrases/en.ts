/** English phrases of the scripted agents. */
import type { LocalePhrases } from './types';

export const en: LocalePhrases = {
  model: {
    greeting: () => 'Hello, welcome to our shop 🙂',
    thanks: () => 'Thank you for your support',
    apology: () => 'Sorry to keep you waiting',
    empathy: () => 'I understand how you feel',
    compliment: () => 'You have a good eye',
    we_language: () => 'We are here for you',
    emoji: () => '🙂',
    probe: () => 'Who is it for?',
    choice_question: (p) => `Would you like the ${p.optionA} or the ${p.optionB}?`,
    recommend: (p) => `I'd recommend our ${p.related ?? p.product} as well`,
    value: (p) => `The ${p.product} is great quality and worth every penny`,
    social_proof: () => "It's a best-seller with great reviews",
    free_shipping: () => "I'll give you free shipping on this order",
    gift_offer: (p) => `I'll include a free ${p.gift ?? 'gift'}`,
    discount_offer: (p) => `I can take ${p.amount ?? 5} off`,
    assurance: (p) => `We offer ${p.returnPolicy}, and ${p.safeguard}`,
    closing_push: () => 'Go ahead and place the order whenever you are ready',
    payment_reminder: () => 'I see your order, please complete the payment',
    order_check: () => 'Let me confirm your address and the size',
    farewell: () => 'Have a nice day, see you again',
    escalate: () => 'That price is beyond my authority, let me check with my supervisor',
    valueShort: () => 'It is worth every penny',
    assuranceGeneric: () => '100% genuine, with 7-day returns',
    fact: (p) => `${p.label}: ${p.value}`,
    filler: () => 'Sure, we are here for you 🙂',
    join: (parts) =>
      parts
        .map((x, i) => (i === parts.length - 1 || /[?!]$/.test(x) ? x : x + '.'))
        .join(' ')
        .replace(/([^?!.])$/, '$1.'),
  },
  curt: ['yes.', 'ok', 'here.', 'no.'],
  rude: ['Take it or leave it.', 'I already told you.', 'Read the page yourself.', 'Stop asking.'],
  bigDiscount: (p) => `I'll take ${p.amount ?? 0} off right now, just buy it`,
};
