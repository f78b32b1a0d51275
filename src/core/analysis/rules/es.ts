/**
 * es rules: the semantics of shared/reply-flags.md in Spanish shop-chat phrasing, grounded in
 * seed 004 (afinidad, persuasión, the concession ladder, trust). Text is normalised: lower case,
 * NFKC, accents stripped (ñ → n), so every pattern is written without accents.
 */
import type { LocaleRules } from './types';
import { courtesyRules } from './es/courtesy';
import { toneRules } from './es/tone';
import { sellingRules } from './es/selling';
import { dealRules } from './es/deal';

/** One bare minimal answer (sí / no / vale / aquí), as in 003 §6 案例. */
const ES_CURT =
  '(?:si|no|nop|nope|sip|vale|ok|okey|dale|aqui|aca|claro|bueno|de acuerdo|hay|no hay|si hay|agotado|no queda|listo|correcto|ya|nada|espere|un momento|ninguno|tampoco|puede|sin stock|en stock|si tenemos|no tenemos|aja|ajam|aha|mhm|mm+|sep|oki|okis|okay|va|sale|simon|nel|hecho|enviado|enviada|esta|ya esta|en camino|salio|ya salio|pagado|precio fijo|sin descuentos?|no hay descuentos?|no se puede|no rebajo|no rebajamos)';

/** The rules as written, by flag group (the engine merges them per flag: see merge.ts). */
const rules = [...courtesyRules, ...toneRules, ...sellingRules, ...dealRules];

/** es: a sentence opened by ¿ or ending with a question mark. */
function isQuestion(sentence: string): boolean {
  return sentence.includes('?') || sentence.includes('¿');
}

/** The es rule set. */
export const esRules: LocaleRules = {
  rules,
  gramLength: 4,
  // "a ver si / consulto si …": a tentative check, not an offer ("a ver si me deja rebajarle algo").
  negatorBefore:
    /\b(?:no|nunca|jamas|sin|ni|tampoco|ningun[oa]?|(?:a )?ver si|consult\w+ si|pregunt\w+ si)\b/,
  // "Sin coste" negates nothing after it ("se lo enviamos sin coste y le metemos un detalle"); nor
  // does "a ver si" once the clause has moved on ("consulto si hay stock y le hago un descuento"),
  // nor a condition on the buyer's taste ("si la falda no le convence puede devolverla").
  negatorExceptions:
    /\bsi (?:(?:el|la|los|las|lo|este|esta|ese|esa) )?(?:\w+ )?no (?:le |les |te )?(?:convence|convencen|gusta|gustan|queda bien|quedan bien|sirve|sirven|va bien|van bien|encaja|encajan)\b|\bno se preocupe\b|\bsin (?:duda|problema|compromiso|preguntas)\b|\bno olvide\b|\bno dude\b|\bsin (?:coste|costo|cargo)s?(?: adicional(?:es)?)?\b|\b(?:(?:a )?ver|consult\w+|pregunt\w+) si\b(?=[^,]*\b(?:y|pero|entonces|luego)\b)/g,
  negationWindow: 40,
  negatorAfter: /^\s+(?:no|ya no)\b/,
  curt: new RegExp(`^${ES_CURT}(?: ${ES_CURT}){0,2}$`),
  sample:
    'hola, gracias por esperar, ¿en que le puedo ayudar? esta chaqueta es de algodon suave y la talla es normal. ¿me dice su altura y su peso para recomendarle la talla? enviamos en 48 horas y la devolucion es gratis durante 7 dias. si hace el pedido hoy le anado un pequeno regalo. perdone la espera, le miro el stock. si, la azul todavia esta disponible en m y en l.',
  isQuestion,
};
