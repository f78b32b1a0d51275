/** Spanish phrases of the scripted agents. */
import type { LocalePhrases } from './types';

export const es: LocalePhrases = {
  model: {
    greeting: () => 'Hola, bienvenido a nuestra tienda 😊',
    thanks: () => 'Gracias por su confianza',
    apology: () => 'Disculpe la espera',
    empathy: () => 'Entiendo su preocupación',
    compliment: () => 'Tiene muy buen gusto',
    we_language: () => 'Nuestro equipo está para ayudarle',
    emoji: () => '😊',
    probe: () => '¿Para quién es?',
    choice_question: (p) => `¿Prefiere ${p.optionA} o ${p.optionB}?`,
    recommend: (p) => `Le recomiendo también este artículo: ${p.related ?? p.product}`,
    value: (p) => `Este producto (${p.product}) es de gran calidad y vale la pena`,
    social_proof: () => 'Es el más vendido y tiene muy buenas reseñas',
    free_shipping: () => 'Le doy envío gratis en este pedido',
    gift_offer: (p) => `Le regalo ${p.gift ?? 'un obsequio'}`,
    discount_offer: (p) => `Le hago un descuento de ${p.amount ?? 5}`,
    assurance: (p) => `Ofrecemos ${p.returnPolicy} y ${p.safeguard}`,
    closing_push: () => 'Puede hacer su pedido ahora cuando quiera',
    payment_reminder: () => 'Vi su pedido, solo falta el pago',
    order_check: () => 'Confirmemos su dirección y la talla',
    farewell: () => 'Que tenga un buen día, hasta pronto',
    escalate: () => 'Ese precio supera mi autorización, lo consulto con mi supervisor',
    valueShort: () => 'Vale la pena, es de gran calidad',
    assuranceGeneric: () => 'Producto original, con devolución en 7 días',
    fact: (p) => `${p.label}: ${p.value}`,
    filler: () => 'De acuerdo, nuestro equipo está para ayudarle 😊',
    join: (parts) =>
      parts
        .map((x, i) => (i === parts.length - 1 || /[?!]$/.test(x) ? x : x + '.'))
        .join(' ')
        .replace(/([^?!.])$/, '$1.'),
  },
  curt: ['sí.', 'vale', 'no.', 'ok'],
  rude: [
    'Lo toma o lo deja.',
    'Ya se lo dije.',
    'Lea la página usted mismo.',
    'Ya se lo expliqué, no me haga perder el tiempo.',
  ],
  bigDiscount: (p) => `Le hago un descuento de ${p.amount ?? 0} ahora mismo, cómprelo ya`,
};
