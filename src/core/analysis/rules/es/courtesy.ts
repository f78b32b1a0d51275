/**
 * es rules for courtesy and tone, positive: greeting, thanks, apology, empathy, we_language, emoji,
 * compliment (reply-flags.md "Courtesy and tone (positive)"; seeds 001 §6, 002, 003 §6 and §8).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** First-person-plural verb forms that are nouns or adjectives, not "we". */
const NOT_WE = 'ramos|amos|gamos|tramos|reclamos|extremos|supremos|mismos|memos|temos';

/** Words in -ernos that are nouns or adjectives (modernos, cuadernos…), not "we" (entendernos). */
const NOT_WE_ERNOS =
  'modernos|internos|externos|cuadernos|eternos|gobiernos|inviernos|infiernos|tiernos|alternos|maternos|paternos|fraternos|subalternos|averno|avernos|posmodernos';

/** Words in -imos that are nouns or adjectives (primos, últimos…), not "we". */
const NOT_WE_IMOS =
  'primos|minimos|ultimos|intimos|animos|mimos|maximos|optimos|legitimos|proximos|anonimos|sinonimos|racimos|centimos|limos|timos|opimos';

export const courtesyRules: PhraseRule[] = [
  {
    flag: 'greeting',
    re: /\b(?:hola+s?|holi(?:s|ta)?|(?<!(?:tenga|pase|tengan|pasen|tengas|pases) (?:muy )?)buen(?:os|as) (?:dias|tardes|noches)|(?<!(?:un|chao|chau|adios|gracias|y|hasta luego|tenga|tengas|tengan|pase|pases|pasen),? )buen dia|(?<!\bde )bienvenid[oa]s?|(?:le|les|te) (?:damos|doy) la bienvenida|encantad[oa] de (?:saludarle|atenderle|ayudarle))\b/g,
  },
  {
    flag: 'thanks',
    re: /\b(?:(?:muchas |mil )?gracias|agradec\w+|agradezc\w+|se lo agradezco)\b/g,
    negatable: true,
    // "Gracias a la doble capa" credits a feature; "es muy agradecida" describes a plant or a fabric.
    veto: /\bgracias a (?:su|sus|la|el|los|las|que|este|esta|ese|esa|nuestr\w+)\b|\b(?:es|son|sea|sean|resulta|resultan) (?:muy |super |bastante |tan |una planta |un tejido )?agradecid[oa]s?\b/g,
  },
  {
    flag: 'apology',
    re: /\b(?:lo siento|lo sentimos|lamento|lamentamos|(?:lo )?siento (?:mucho |muchisimo |de verdad |sinceramente )?(?:la|el|las|los|lo|que)|disculpe|disculpa|disculpas|disculpen|perdon|perdone|perdona|mil perdones|sentimos (?:mucho )?(?:la|el|las|los|lo))\b/g,
    negatable: true,
    // "Siento que el verde le va a quedar mejor": an opinion, not an apology.
    veto: /\bsiento que [^.!?]{0,30}?\b(?:le|te) (?:va a|queda|quedaria|iria|sentaria|va)\b/g,
  },
  {
    flag: 'empathy',
    re: /\b(?:(?:le |lo )?entiendo|entendemos|(?:le |lo )?comprendo|comprendemos|me imagino|nos imaginamos|me hago cargo|es (?:muy |totalmente )?(?:normal|logico|comprensible) que|(?:es|resulta|debe ser) (?:muy |realmente |bastante |tan )?(?:frustrante|molesto|desagradable|estresante|preocupante|incomodo|fastidioso)|lo (?:frustrante|molesto|desagradable|estresante|preocupante|incomodo)|en su lugar|a cualquiera le (?:molestaria|enfadaria|preocuparia|pasaria)|se (?:como|lo que) se siente|tiene (?:toda la )?razon en (?:estar|preocuparse|sentirse|enfadarse)|su preocupacion|sus preocupaciones|su (?:malestar|molestia|frustracion))\b/g,
    negatable: true,
  },
  {
    // First-person-plural verbs (incluimos, enviamos, confirmemos) speak as the shop team just as
    // "nosotros" does (003 §8 (5) 多说"我们"): they count, in every tense and the subjunctive.
    // A match is one whole word: a listed form, or a word scanned once (\w+\b) whose ending the
    // lookbehinds then test: -amos/-emos (not NOT_WE), -arnos/-irnos, -enos/-anos after a listed
    // stem (denos, escribanos), -ernos (entendernos; not NOT_WE_ERNOS), or -imos in 7+ letters
    // (blind5 family; not NOT_WE_IMOS, nor a superlative in -ísimos: muchísimos, carísimos).
    flag: 'we_language',
    re: new RegExp(
      `\\b(?:nosotr[oa]s|nuestr[oa]s?|nos|somos|estamos|hemos|vamos(?![,!])|vemos|veamos|vimos|damos|demos|dimos|fuimos|incluimos|recibimos|abrimos|subimos|sentimos|cubrimos|seguimos|atendemos|respondemos|sugerimos|conseguimos|cumplimos|decidimos|permitimos|escribimos|pedimos|servimos|compartimos|repartimos)\\b|\\b\\w+\\b(?<=[mn]os)(?<=\\b(?!(?:${NOT_WE})\\b)\\w{2,}[ae]mos|\\w[ai]rnos|(?:d|g|v|escrib|contact|indiqu|sig|permit|llam|pregunt|dig|avis|escuch|dej|mand|envi)[ae]nos|\\b(?!(?:${NOT_WE_ERNOS})\\b)\\w+ernos|\\b(?!(?:${NOT_WE_IMOS})\\b|\\w{3,}isimos\\b)\\w{3,}imos)`,
      'g',
    ),
  },
  {
    flag: 'compliment',
    re: /\b(?:(?:muy |tan |que )?buen (?:gusto|ojo|criterio)|(?:excelente|buena|buenisima|gran|estupenda|magnifica|acertada|sabia|perfecta|genial|fantastica|super) (?:eleccion|decision|opcion)(?! de\b)|sabes? (?:elegir|lo que (?:busca|quiere|hace|compra|pide|elige|buscas|quieres|haces|compras|pides|eliges)|mucho de|escoger)|se nota que (?:sabe|usted sabe|tiene|entiende|conoce|(?:se ha|te has|ha|has|lo ha|lo has) (?:informado|documentado|mirado|investigado|estudiado|comparado|pensado bien)|(?:le |lo |la |los |las |les )?(?:cuida|cuidas|quiere|quieres|mima|mimas|adora|adoras) (?:mucho|muchisimo|un monton)|(?:se|te) preocupa (?:(?:mucho|muchisimo) )?por)|(?:que|muy|tan) (?:detallista|observador[a]?|atent[oa]|considerad[oa]|previsor[a]?|cuidados[oa])|\btan (?:cuidados[oa]|detallista|atent[oa]|previsor[a]?|sensat[oa])|que detalle|hace[s]? (?:muy )?bien en|tiene (?:muy |un )?buen gusto|(?:usted )?es (?:todo )?un(?:a)? (?:experto|experta|conocedor[a]?|entendid[oa])|ha (?:elegido|escogido) (?:muy )?bien|(?:usted )?si que sabe|(?:un )?gusto (?:excelente|exquisito|impecable|estupendo)|que bien que (?:lo |la |se |te |nos |me )?(?:pregunte|preguntes|se informe|te informes|lo compruebe|lo compruebes|consulte|consultes|pida|pidas|se fije|te fijes|revise|revises)|(?:eligio|escogio) (?:muy )?bien)\b/g,
    negatable: true,
  },
  // (First-person-plural -imos verbs — advertimos, decidimos — are in the first we_language rule.)
  {
    flag: 'greeting',
    re: /(?:^|[.!?¡] *)(?:muy )?buenas(?=[!,.~ ]*(?:$|[¿¡]?[a-z]))(?! (?:noticias|tardes|noches|opiniones|resenas|valoraciones))|^ola\b(?! de\b)|(?:^|¡)saludos(?! cordiales)(?=[!,.]* *¿?[a-z])/g,
  },
  {
    flag: 'compliment',
    re: /\bque (?:acertad[oa]|buena eleccion|bien elegid[oa]|detallazo)\b|\bojazo\b|\bel ojo que tiene\b|\b(?:vos )?tenes (?:muy )?buen (?:gusto|ojo)\b/g,
    negatable: true,
  },
  {
    flag: 'empathy',
    re: /\bnormal que (?:le|se|usted|este|quiera|busque|tenga|dude|lo|la)\b|\btiene (?:todo el )?derecho a (?:estar|sentirse|enfadarse|quejarse|molestarse)\b|\ba nadie le gusta\b|\ba mi tambien me (?:pasa|paso|ha pasado)\b|\bes logico que\b|\bque (?:rabia|faena|fastidio|mala suerte|disgusto|chasco)\b|\bcon (?:las|la|lo) ganas que (?:le )?(?:tenia|tenias|tenian)\b/g,
    negatable: true,
  },
  {
    flag: 'compliment',
    re: /\bgenial eleccion\b|\bque bien elegiste\b|\bbuen criterio\b|\bque buen ojo\b/g,
    negatable: true,
  },
  {
    // Praising the buyer's thoughtfulness: "eso dice mucho de usted", "qué bonito que lo busque para su madre".
    flag: 'compliment',
    re: /\bdice mucho (?:de usted|de ti|de vos|bueno de)\b|\bque (?:bonito|lindo|bonita|linda|tierno) (?:gesto|detalle)\b|\bque (?:bonito|lindo|bueno|tierno) que (?:lo |la |le |se |te )?(?:busque|busques|piense|pienses|regale|regales|quiera|quieras|cuide|cuides|tenga en cuenta|tengas en cuenta|preocupe|preocupes|acuerde|acuerdes)\b/g,
    negatable: true,
  },
  {
    // Praising the buyer's pick, care or question: "ha escogido uno de los más bonitos", "gracias
    // por unas fotos tan claras, así da gusto", "muy buena pregunta", "ha acertado".
    flag: 'compliment',
    re: /\b(?:ha|has|he visto que ha|veo que ha) (?:elegido|escogido) (?:uno de los |una de las |el |la |lo |los |las )(?:mas (?:bonit|precios|elegant|bell|especial|original|chul|lind|exclusiv|sofisticad|acertad)\w*|mejor(?:es)?\b(?! (?:momento|dia|epoca|fecha)\b))|\b(?:eligio|escogio|elegiste|escogiste) (?:uno de los |una de las |el |la |lo )(?:mas (?:bonit|precios|elegant|bell|especial|original|chul|lind)\w*|mejor(?:es)?\b)|\basi da gusto\b|\bda gusto (?:atender|tratar|hablar|ayudar)\w*|\b(?:fotos|explicacion|descripcion|datos|mensaje|indicaciones|medidas) (?:tan|super|muy bien) (?:clar|detallad|complet|precis|explicad|hech|tomad)\w*|\bque bien (?:lo )?(?:explica|explicas|ha explicado|has explicado)\b|\b(?:muy |que )?buena pregunta\b|\b(?:ha|has) acertado\b|\b(?:ha|has) dado en el clavo\b/g,
    negatable: true,
  },
];
