/**
 * es rules: the semantics of shared/reply-flags.md in Spanish shop-chat phrasing, grounded in
 * seed 004 (afinidad, persuasión, the concession ladder, trust). Text is normalised: lower case,
 * NFKC, accents stripped (ñ → n), so every pattern is written without accents.
 */
import type { LocaleRules, PhraseRule } from './types';

/** First-person-plural verb forms that are nouns or adjectives, not "we". */
const NOT_WE = 'ramos|amos|gamos|tramos|reclamos|extremos|supremos|mismos|memos|temos|ramos';
/** Words in -imos that are nouns or adjectives (primos, últimos…), not "we". */
const NOT_WE_IMOS =
  'primos|minimos|ultimos|intimos|animos|mimos|maximos|optimos|legitimos|proximos|anonimos|sinonimos|racimos|centimos|limos|timos|opimos';

/** One bare minimal answer (sí / no / vale / aquí), as in 003 §6 案例. */
const ES_CURT =
  '(?:si|no|nop|nope|sip|vale|ok|okey|dale|aqui|aca|claro|bueno|de acuerdo|hay|no hay|si hay|agotado|no queda|listo|correcto|ya|nada|espere|un momento|ninguno|tampoco|puede|sin stock|en stock|si tenemos|no tenemos)';

/** "Sin pagar portes" is about shipping costs, not an unpaid order. */
const PAYMENT_VETO = /\bsin pagar (?:portes|envio|gastos|nada|de mas)\b/g;

const rules: PhraseRule[] = [
  {
    flag: 'greeting',
    re: /\b(?:hola|(?<!(?:tenga|pase|tengan|pasen|tengas|pases) (?:muy )?)buen(?:os|as) (?:dias|tardes|noches)|(?<!un )buen dia|bienvenid[oa]s?|(?:le|les|te) (?:damos|doy) la bienvenida|saludos cordiales|encantad[oa] de (?:saludarle|atenderle|ayudarle))\b/g,
  },
  {
    flag: 'thanks',
    re: /\b(?:(?:muchas |mil )?gracias|agradec\w+|agradezc\w+|se lo agradezco)\b/g,
    negatable: true,
    veto: /\bgracias a (?:su|sus|la|el|los|las|que|este|esta|ese|esa|nuestr\w+)\b/g,
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
    // stem (denos, escribanos), or -imos in 7+ letters (blind5 family; not NOT_WE_IMOS).
    flag: 'we_language',
    re: new RegExp(
      `\\b(?:nosotr[oa]s|nuestr[oa]s?|nos|somos|estamos|hemos|vamos|incluimos|recibimos|abrimos|subimos|sentimos|cubrimos|seguimos|atendemos|respondemos|sugerimos|conseguimos|cumplimos|decidimos|permitimos|escribimos|pedimos|servimos|compartimos|repartimos)\\b|\\b\\w+\\b(?<=[mn]os)(?<=\\b(?!(?:${NOT_WE})\\b)\\w{2,}[ae]mos|\\w[ai]rnos|(?:d|g|v|escrib|contact|indiqu|sig|permit|llam|pregunt|dig|avis|escuch|dej|mand|envi)[ae]nos|\\b(?!(?:${NOT_WE_IMOS})\\b)\\w{3,}imos)`,
      'g',
    ),
  },
  {
    flag: 'compliment',
    re: /\b(?:(?:muy |tan |que )?buen (?:gusto|ojo|criterio)|(?:excelente|buena|gran|estupenda|magnifica|acertada|sabia|perfecta) (?:eleccion|decision|opcion)(?! de\b)|sabe (?:elegir|lo que (?:busca|quiere|hace)|mucho de|escoger)|se nota que (?:sabe|usted sabe|tiene|entiende|conoce)|(?:que|muy|tan) (?:detallista|observador[a]?|atent[oa]|considerad[oa]|previsor[a]?|cuidados[oa])|\btan (?:cuidados[oa]|detallista|atent[oa]|previsor[a]?|sensat[oa])|que detalle|hace (?:muy )?bien en|tiene (?:muy |un )?buen gusto|(?:usted )?es (?:todo )?un(?:a)? (?:experto|experta|conocedor[a]?|entendid[oa])|ha (?:elegido|escogido) (?:muy )?bien|(?:usted )?si que sabe|(?:un )?gusto (?:excelente|exquisito|impecable|estupendo)|que bien que (?:pregunte|se informe|lo compruebe|consulte|pida)|(?:eligio|escogio) (?:muy )?bien)\b/g,
    negatable: true,
  },
  {
    flag: 'rude',
    re: /\blo toma o lo deja\b|\b(?:ya )?se lo (?:he )?(?:dije|dicho|explique|explicado|repetido)\b|\bya le (?:dije|he dicho|explique|he explicado)\b|\bcuantas veces\b|\blea(?:lo)? (?:la \w+ )?(?:usted mism[oa]|otra vez|bien)\b|\bbusquelo usted\b|\bno es (?:mi|nuestro) problema\b|\bdeje de (?:preguntar|escribir\w*|molestar|insistir|quejarse|dar la lata)|\bsi no le (?:gusta|convence|interesa),? no (?:lo )?compre\b|\bno (?:tengo|tenemos) tiempo\b|\b(?:vaya|compre|busque) (?:a|en) otra tienda\b|(?:^|[.!?] *)lo que sea(?=[.!?]|$)|\bno podemos esperar todo el dia\b|\bpague ya\b|\bo se lo cancel\w+|\bno sabe leer\b|\bme da igual\b|\b(?:viene|vienen|ahora se queja|viene ahora) a (?:quejarse|reclamar|protestar)|\bahora se queja\b|\bcomo (?:iba|voy|podia|puedo) (?:yo )?a saber\w*|\bcompre o no compre\b|\bno me haga perder el tiempo\b/g,
  },
  {
    flag: 'argue',
    re: /\b(?:esta|estas) (?:usted )?(?:equivocad[oa]|confundid[oa])|\b(?:usted )?se equivoca\b|\b(?:eso|esto) (?:no es|es) (?:cierto|verdad|falso|mentira)\b|\beso es (?:falso|mentira|imposible)\b|\bno es (?:cierto|verdad)\b|\bes imposible\b(?! que)|\bno tiene razon\b|\bcomo que (?:es|no)\b|\bno lo es\b|\bde ninguna manera\b|(?:^|¡)imposible(?=[!.,])|\bno,? (?:nosotros )?no (?:enviamos|mandamos|hemos|tenemos la culpa|vendemos)|\b(?:no es|no fue) (?:culpa nuestra|nuestra culpa)\b|\bno tenemos (?:la )?culpa\b/g,
    negatable: true,
  },
  {
    flag: 'blame',
    re: /\bes (?:culpa suya|su culpa)\b|\bculpa (?:suya|de usted)\b|\b(?:usted )?debio (?:leer|revisar|mirar|comprobar|fijarse|elegir|medir|preguntar|consultar)\w*|\bdeberia haber (?:leido|revisado|mirado|comprobado|elegido|medido|preguntado)|\b(?:es usted quien|fue usted quien|usted mism[oa]) (?:no |eligio|puso|escogio|hizo|ha |lo |la )|\busted (?:no )?(?:leyo|reviso|miro|comprobo|eligio mal|puso mal|escogio mal|se equivoco al|lavo mal|lo lavo|la lavo|uso mal|no ha comparado)|\b(?:lo|la|los|las) (?:lavo|uso|instalo) mal\b|\beligio la talla equivocada\b|\bno (?:me|nos) (?:dijo|indico|especifico|comento|aviso)\b|\bde quien es la culpa\b|\b(?:compro|pidio|eligio|encargo) sin (?:leer|mirar|revisar|fijarse|comprobar)|\bse le (?:cayo|rompio|cayeron)\b|\busted lo (?:rompio|tiro|dejo caer)\b|\b(?:puso|escribio|introdujo) mal (?:la|su)\b|\busted (?:eligio|escogio|pidio|puso) (?:\w+ ){0,2}(?:equivocad[oa]|mal|incorrect[oa])\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:le|te|les) (?:garantizo|aseguro|prometo|juro)\b|\bse lo (?:aseguro|garantizo|prometo|juro)\b|\bseguro que (?:no|llega|le|lo|la|funciona|sale|va)\b|\bsin falta\b|\bdefinitivamente\b|\bnunca (?:se rompe|falla|se estropea|se raya|destine|encoge|se rompera)|\bno se (?:rompe|raya|estropea|rompen|rayan|estropean) nunca|\bsin ninguna duda\b|\bsin duda (?:llegara|le|lo|no)\b|\bes imposible que\b|\bjamas (?:se|falla)\b|\bgarantizado que\b|\bcien por cien seguro\b/g,
    negatable: true,
  },
  {
    flag: 'hedge',
    re: /\b(?:quizas?|tal vez|probablemente|posiblemente|a lo mejor|puede que|creo que|me parece que|supongo|diria que|diria yo|mas o menos(?![^.!]*\?)|alrededor de|aproximadamente|unos? \d|unas? \d|no estoy segur[oa]|no se (?:si|seguro)|deberia (?:ser|de ser|quedar)|seguramente|igual es)\b/g,
    negatable: true,
    veto: /\b(?:quizas?|tal vez|a lo mejor|puede que) (?:tambien )?le (?:guste|interese|encante|vaya)\b/g,
  },
  {
    flag: 'probe',
    re: /\b(?:para quien|(?:es|seria|son) para (?:usted|regalar|su|un|una|regalo|alguien)|que (?:talla|numero|color|tipo|estilo|edad|presupuesto|uso|medida)|(?:cuantos?|cuantas?) (?:meses|anos|personas|semanas)|cuanto (?:mide|pesa|quiere gastar)|(?:ha|habia) (?:usado|probado|comprado|llevado) (?:antes|ya|alguna)?|(?:usa|calza|lleva|suele usar) normalmente|para que lo (?:va|quiere|necesita)|que (?:le|te) (?:gusta|interesa)|busca algo|tiene (?:la )?piel|su piel|su (?:altura|peso|talla|presupuesto|bebe|hij[oa]|nin[oa]|marido|esposa|pareja|madre|padre|cama|casa|habitacion|pelo|cabello|perro|gato|mascota|coche|movil|familia)|lo necesita para|(?:que|cual) (?:uso|ocasion)|tiene (?:algun|alguna) preferencia)/g,
    questionOnly: true,
  },
  {
    flag: 'choice_question',
    re: /\bcual (?:le gusta|prefiere|quiere|elige|le queda|le va)|(?<!\b(?:duda|dudas|pregunta|preguntas|consulta|algo|problema|cosa|mas)) [ou] (?!no\b|algo\b|alguna\b|alguno\b|cualquier\b|pregunta|duda|consulta|menos\b)|¿o (?:prefiere|quiere|le va mejor|mejor)\b/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    veto: /\ble (?:recomiendo|sugiero|aconsejo) (?:pagar|completar|realizar el pago|hacer el pago)/g,
    re: /\b(?:se l[oa]s? (?:recomiendo|recomendamos|aconsejo|sugiero)|le (?:recomiendo|recomendamos|sugiero|sugerimos|aconsejo|aconsejamos|propongo|proponemos)|(?:le|te) (?:puede|podria|podrian|pueden) (?:gustar|interesar|encantar)|(?:quizas?|tal vez|a lo mejor) (?:tambien )?le (?:guste|interese|encante|vaya bien)|(?:tambien )?(?:pruebe|considere) (?:la|el|nuestr|est)|llevese (?:tambien|el|la|los|las|este|esta)\b|combina (?:muy |perfectamente )?bien con|(?:le|te) (?:quedaria|iria|vendria) (?:muy |genial|perfect)|(?:mi|nuestra) recomendacion|ideal para usted|de la misma (?:linea|coleccion|serie|gama)|le (?:anado|incluyo|agrego) (?:uno|una|otro|otra)(?=[?.!,]|$)|perfect[oa] para usted|(?:es |son )?muy parecid[oa]s?|(?:un|una) (?:modelo|opcion|alternativa|version) (?:similar|parecid[oa])|otra opcion)\b/g,
    negatable: true,
  },
  {
    flag: 'value',
    re: /\b(?:algodon|seda|lana|cachemir|cuero|piel autentica|lino|gasa|acero|aluminio|bambu|material|tejido|calidad(?! de (?:servicio|atencion))|transpira\w*|suave|comod[oa]|duradero|resistente|ligero|impermeable|abriga\w*|mantiene|amortigua\w*|hidrat\w*|nutritiv\w*|nutre|ingredientes?|formula|acido hialuronico|natural|organic[oa]|vale (?:\w+ )?la pena|merece (?:\w+ )?la pena|relacion calidad[- ]precio|merece la pena|facil de (?:limpiar|usar|lavar)|lleva \w+ina|contiene|sin bpa|libre de|aguanta|resiste|soporta|refuerza|proteccion|favorece|probiotic\w*|vitaminas?|proteinas?|favorecedor\w*|estiliza|sienta (?:muy )?bien|compatible|cancelacion de ruido|calidad de sonido|duran? \d+|enriquecid[oa]|protege|dura \d+|costuras?|doble costura|reforzad[oa]s?|dura (?:mucho|muchisimo|anos|bastante)|bateria|no (?:pica|irrita|destine|se deforma)|fresc[oa]|espacio de sobra|capacidad|antiadherente)\b/g,
    veto: /\b(?:problema|defecto|fallo)s? de calidad\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:mas vendid[oa]s?|superventas|exito de ventas|muy popular(?:es)?|(?:modelo|producto|articulo) (?:favorit[oa]|estrella)|favorit[oa] de (?:nuestr[oa]s|los|las) (?:clientes|clientas)|(?:muchos|muchas|miles de|cientos de|la mayoria de|tantos|tantas) (?:clientes|clientas|compradores|compradoras|personas|mamas|usuarios|usuarias)|(?:clientes|clientas) (?:repiten|vuelven|lo recomiendan|estan encantad)|repiten compra|(?:que )?mas (?:repiten|compran|se venden?|piden|venden)|les encanta|(?:buenas|excelentes|muy buenas|cientos de|miles de|\d+) (?:resenas|opiniones|valoraciones)|resenas de (?:cinco|5) estrellas|hemos vendido|llevamos (?:\w+ )?anos vendiend\w*|nadie se ha quejado|vendimos (?:mas de |miles|cientos|\d)|se vendieron (?:mas de |miles|cientos|\d)|se (?:esta )?vend(?:e|iendo) (?:muy bien|muchisimo|mucho)|se agota)\b/g,
    negatable: true,
  },
  {
    flag: 'discount_offer',
    re: /\b(?:descuento|cupon(?:es)?|rebaja(?:rle|rlo|rla)?|le rebajo|rebajo|\d+ ?% (?:de descuento|menos)|\d+ ?(?:€|euros?) (?:de descuento|menos)|precio especial|codigo (?:de descuento|promocional)|oferta especial|le dejo (?:el precio )?en|ajust\w+ el precio|le mejoro el precio|un precio mejor|bajar(?:le)? el precio|le hago (?:un )?precio|vale de descuento)\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'gift_offer',
    re: /\b(?:regalo|obsequio|de regalo|le regalo|le regalamos|regalamos|(?:muestra|muestras|sobres?|unidad|funda|bolsa|llavero) (?:\w+ ){0,3}(?:gratis|gratuit[oa]s?)|detalle de regalo|sin coste adicional)\b/g,
    negatable: true,
    veto: /\b(?:para|es un|es una) regalo\b|\bpara regalar\b/g,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:envio (?:es |sera |sale |va )?(?:gratis|gratuito)|envio gratuito|envio gratis|sin (?:gastos|costes?|costo|cargo)s? de envio|(?:le )?(?:envio|enviamos|mandamos|mando) (?:el pedido |el paquete |su pedido |lo |la )?(?:gratis|sin coste)|(?:el )?envio corre (?:de mi cuenta|por (?:nuestra|mi) cuenta|de nuestra cuenta)|(?:pagamos|cubrimos|asumimos|pago|cubro) (?:el|los gastos de) envio|portes gratis|(?:portes|envios?|gastos de envio)(?: de ida y vuelta)? (?:corren?|van|va) (?:de|por|a) (?:nuestra|mi) (?:cuenta|parte|cargo)|envio sin coste)\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'assurance',
    re: /\b(?:devoluci\w+|(?:puede|podra|se puede|pueden) devolver\w*|devolverl[oa]s? (?:gratis|sin)|reembolso (?:completo|total|integro)|(?:se le|le|les) reembols\w+|reembolsamos|(?:solicitar|pedir|tramitar|solicite|pida) (?:el |un |su )?reembolso|derecho a (?:un )?reembolso|garantia|garantizad[oa]|(?:productos?|articulos?|son|es) (?:100 ?% )?(?:original(?:es)?|autentic[oa]s?)|original(?:es)?,? garantizad|(?:el )?pago (?:queda|esta|se queda) retenido|retenido|proteccion (?:al|del) comprador|seguro de envio|distribuidor oficial|tienda oficial|se libera el pago|cambio gratuito|cambio gratis|tramit\w+ (?:el|la|un|una) (?:cambio|devolucion|reembolso)|le cambiamos|puede cambiarl[oa]s?|cambiarl[oa]s? (?:gratis|sin coste)|devolv\w+ el dinero|le devolvemos|reenviamos|reenvio gratuito)\b/g,
    negatable: true,
    veto: /\bgarantizado que\b/g,
  },
  {
    flag: 'closing_push',
    veto: /\b(?:cuando|si|al|antes de|despues de) (?:haga|hacer|realice|realizar|formalice) (?:el|su|la) (?:pedido|compra)/g,
    re: /\b(?:(?:puede|pueda) (?:hacer|realizar|formalizar) (?:el|su) pedido|haga (?:el|su) pedido|(?:realice|formalice) (?:el|su) pedido|compre(?:lo|la)? (?:ya|hoy|ahora)|si (?:lo |la )?compra (?:ahora|hoy|ya)|si (?:hace|realiza) (?:el|su) pedido (?:hoy|ahora|ya)|(?:solo )?quedan (?:\d+|las ultimas)\b|queda(?:n)? poc[oa]s?(?: stock| unidades)?\b|no espere (?:mucho|demasiado)|anadalo al carrito|(?:anadir|agregar|agreguelo|anadirlo) al carrito|no se lo pierda|quedan (?:pocas|pocos|solo)|ultimas unidades|aproveche|hagase con|pidalo (?:ya|hoy|ahora)|reservelo)\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:falta (?:el|realizar el|hacer el) pago|(?:aun|todavia) no (?:ha )?(?:pagado|pago|realizado el pago|completado el pago)|pendiente de pago|sin pagar|falta pagar|complete el pago|completar el pago|realice el pago|realizar el pago|(?:recuerde|no olvide) (?:pagar|realizar el pago|completar)|pague (?:ya|hoy|ahora|cuanto antes)|si (?:lo )?paga\b|le recuerdo que (?:el|su) pedido|finalice (?:el|su) pago|efectue el pago)\b/g,
    veto: PAYMENT_VETO,
  },
  {
    flag: 'order_check',
    re: /\b(?:confirm(?:emos|o|ar|e|amos|a)? (?:su |la |el |los |las )?(?:direccion|pedido|datos|talla|color|modelo|numero|telefono)|le confirmo(?! si\b)|para confirmar|verific\w+ (?:su |la |el )?(?:direccion|pedido|datos|numero|telefono|talla|color|codigo postal|nombre)|comprob\w+ (?:su |la |el )?(?:direccion|pedido|datos)|(?:he )?revisado (?:la|su) direccion|la direccion (?:de entrega |de envio )?es|a nombre de|el telefono termina|(?:pidio|eligio|escogio) (?:el|la|los|las) \w+ (?:en|de) talla)\b|\b(?:es|era|son|eran) (?:el|la|los|las) [^.?!]{1,24}, ¿(?:verdad|cierto|correcto|no)\?|, ¿(?:correcto|es correcto|esta bien|todo bien)\?|¿?es correcto\?|¿era (?:el|la|los|las)\b/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:que (?:tenga|pase) (?:un |una )?(?:buen|buena|feliz|excelente|bonito|bonita|lindo|linda|gran) (?:dia|fin de semana|tarde|noche|semana)|hasta (?:pronto|luego|la proxima|manana)|adios|nos vemos|vuelva (?:pronto|cuando quiera|cuando guste)|(?:le|la|lo|les) esperamos|siganos|(?:siga|seguir) nuestra tienda|guarde (?:nuestra tienda|la tienda) en favoritos|que disfrute|un saludo)\b/g,
  },
  {
    flag: 'escalate',
    re: /\b(?:supervisor[a]?|encargad[oa]|gerente|jef[ea]|responsable(?! de\b)|(?:pedir|solicitar) (?:autorizacion|aprobacion|permiso)|lo consulto|lo he consultado|consultar(?:lo)? con (?:mi|el|la)|(?:supera|excede) (?:lo que|mi) (?:yo )?(?:puedo autorizar|autorizacion|limite)|para que lo apruebe|se lo traslado|escalar)\b/g,
  },

  // ---- Families broadened after the blind2 round (issue 2): whole phrasings, not lines. ----
  {
    // "Ya le respondí", "¿otra vez lo mismo?", "es la tercera vez", "no pienso repetirlo".
    flag: 'rude',
    re: /\bya (?:le |se lo |te |lo )?(?:respondi|conteste|dije|explique|comente|indique)\b|\bya lo (?:puse|escribi|deje) (?:en|arriba)\b|\bno me haga (?:repetir\w*|esperar|perder)|\bya (?:le |se lo )?(?:he|habia) (?:respondido|contestado|dicho|explicado|comentado|indicado)\b|\b(?:ya )?esta todo (?:en|explicado|dicho|arriba)\b|\bexplicado arriba\b|(?:^|¿)otra vez(?: lo mismo| la misma pregunta)?\?|\b(?:otra vez|de nuevo) (?:lo mismo|la misma pregunta)\b|\b(?:me )?pregunta (?:otra vez|de nuevo)\b|\bes la (?:segunda|tercera|cuarta|quinta|enesima) vez\b|\b(?:se lo|le) (?:he )?(?:dicho|repetido|explicado) (?:\w+ )?veces\b|\bno (?:pienso|voy a|vuelvo a) repetir\w*/g,
  },
  {
    // Sending the buyer off to look it up themselves.
    flag: 'rude',
    re: /\blea(?:l[oa]s?)?(?= *[.!,]|$)|\blea bien\b|\bbusquel[oa]s?\b|\bmire (?:las fotos|la ficha|la descripcion|la pagina|arriba|bien)\b|\bahi lo (?:tiene|pone|dice)\b|\bahi se ve\b|\bno hace falta que (?:me )?pregunte\b|\bantes de preguntar\b/g,
  },
  {
    // Hurrying the buyer; "si no le convence, vaya a otra tienda".
    flag: 'rude',
    re: /\bdecidase\b|\bdecida(?:se)? (?:ya|de una vez)\b|\bdese prisa\b|\bapurese\b|\bque tengo (?:mas|otros) clientes\b|\bno tengo todo el dia\b|\bcompre o no\b|\bsi (?:no )?le (?:gusta|convence|interesa|parece (?:caro|mal|mucho))[^.!?]{0,30}?\b(?:no (?:lo |la )?compre|vaya a otra|busque en otra|compre en otra)/g,
  },
  {
    // Head-on contradiction in other words.
    flag: 'argue',
    re: /\b(?:eso|esto) no es asi\b|\bno es asi como\b|(?:^|[.!?¡] *)para nada(?=[,.!;])|\bno (?:esta|estas) (?:usted )?en lo cierto\b|\bno lleva razon\b/g,
  },
  {
    // probe = a question about the buyer's need or situation (which product, who for, what use).
    // A generic offer of help (有什么可以帮您 / how can I help / ¿en qué le puedo ayudar?) is the
    // reception opener of 003 §6, not a probe: it names no need (consistent with the dev corpus).
    flag: 'probe',
    re: /\b(?:que|cual) (?:esta|anda) buscando\b|\bque (?:necesita|busca)\b|\b(?:que|cual) (?:modelo|producto|articulo) le interesa\b|\ben que (?:producto|modelo|articulo) esta interesad[oa]\b/g,
    questionOnly: true,
  },
  {
    flag: 'social_proof',
    re: /\b(?:mas de )?(?:\d[\d.]*|mil|cien|cientos|miles)(?: de)? (?:unidades |pedidos )?vendid[oa]s\b|\b(?:ya )?(?:hemos|han|se han) vendido\b|\bmas (?:pedid|solicitad|buscad)[oa]s\b|\b(?:lo|la|los|las) (?:han|habian) comprado (?:ya )?(?:mas de |miles|cientos|\d|much)/g,
    negatable: true,
  },
  {
    flag: 'free_shipping',
    re: /\benvio (?:\w+ ){0,3}(?:gratis|gratuito)\b|\bno (?:le |les )?(?:cobramos|cobro|cobraremos|cobrare) (?:nada de |los |el )?(?:gastos de )?envio\b|\b(?:nos hacemos|me hago|se hace) cargo (?:del|de los gastos de) envio\b|\b(?:asumimos|cubrimos|pagamos|absorbemos) (?:el |los )?(?:gastos de |coste del )?envio\b|\b(?:el )?envio (?:lo |se lo )?(?:pagamos|cubrimos|asumimos|pago|cubro|regalamos)\b/g,
    negatable: true,
    postNegatable: true,
  },
  {
    flag: 'closing_push',
    re: /\b(?:puede|pueda|podra) (?:realizar|hacer|formalizar|completar|finalizar|tramitar) (?:la|su) compra\b|\b(?:puede|pueda|podra) (?:finalizar|completar|tramitar) (?:el|su) pedido\b|\b(?:realice|finalice|complete|formalice) (?:la|su) compra\b|\b(?:anad|agreg|pong|met)al[oa]s? (?:a|al|en) (?:la cesta|el carrito|carrito|la cesta de la compra)\b/g,
  },
  {
    flag: 'blame',
    re: /\b(?:la|lo|las|los) (?:puso|escribio|eligio|escogio|pidio|introdujo|lavo|uso) usted mal\b|\busted (?:la |lo )?(?:puso|escribio|introdujo) mal\b/g,
  },
  {
    flag: 'rude',
    re: /\b(?:mire|lea|revise|consulte)(?:l[oa]s?)(?= *[.!,]|$)|\b(?:va a|quiere|piensa) (?:comprar|llevar|pedir)\w*(?: \w+)? o no\b|\b(?:lo|la) (?:va a comprar|quiere|compra) o no\b|\bpor ultima vez\b|\b(?:se lo|le|lo) repito (?:otra vez|de nuevo|una vez mas)\b/g,
  },
  {
    flag: 'argue',
    re: /\b(?:eso|esto|lo que dice) no es (?:correcto|exacto)\b|\b(?:usted )?se confunde\b|\besta (?:usted )?en un error\b|(?:^|[.!?¡] *)nada de eso\b/g,
  },
  {
    flag: 'probe',
    re: /\b(?:lo|la|los|las) (?:quiere|necesita|busca|va a usar) para\b/g,
    questionOnly: true,
  },
  {
    flag: 'discount_offer',
    re: /\b(?:se lo|se la|le|te) (?:dejo|pongo) (?:\w+ ){0,3}mas barat[oa]s?\b|\ble (?:quito|resto|descuento) (?:un |el )?\d+/g,
    negatable: true,
  },
  {
    flag: 'blame',
    re: /\busted (?:marco|puso|eligio|escogio|selecciono|escribio|introdujo|indico|pidio|compro) (?:la|el|una|un|las|los) (?:\w+ )?(?:antigu[oa]s?|equivocad[oa]s?|incorrect[oa]s?|erronea?s?)\b/g,
    negatable: true,
  },

  // ---- Families broadened after the blind5 round: whole phrasings, not lines. ----
  // (First-person-plural -imos verbs — advertimos, decidimos — are in the first we_language rule.)
  {
    flag: 'greeting',
    re: /(?:^|[.!?¡] *)(?:muy )?buenas(?=[!,.~ ]*(?:$|[a-z]))(?! (?:noticias|tardes|noches|opiniones|resenas|valoraciones))/g,
  },
  {
    flag: 'compliment',
    re: /\bque (?:acertad[oa]|buena eleccion|bien elegid[oa])\b|\bojazo\b|\bel ojo que tiene\b|\b(?:vos )?tenes (?:muy )?buen (?:gusto|ojo)\b/g,
    negatable: true,
  },
  {
    flag: 'empathy',
    re: /\bnormal que (?:le|se|usted|este|quiera|busque|tenga|dude|lo|la)\b|\btiene (?:todo el )?derecho a (?:estar|sentirse|enfadarse|quejarse|molestarse)\b|\ba nadie le gusta\b|\ba mi tambien me (?:pasa|paso|ha pasado)\b|\bes logico que\b/g,
    negatable: true,
  },
  {
    flag: 'recommend',
    re: /\b(?:yo )?me quedaria con\b|\byo (?:elegiria|escogeria|cogeria|optaria por|iria (?:a|por)|compraria)\b|\blo ideal (?:es|seria|para)\b|\b(?:le|te) (?:va|queda|sienta|van|quedan) (?:perfect\w*|genial|ideal|de maravilla|de lujo)\b|\b(?:le|te) va a (?:quedar|ir|sentar) (?:mejor|genial|perfect\w*|ideal|de maravilla)\b/g,
  },
  {
    flag: 'value',
    re: /\b(?:ayuda|ayudan) a (?:su|mantener|proteger|prevenir|reducir|cuidar|que)\b|\bpractic[oa]s?\b|\bpesa solo\b|\bplieg\w+ con una mano\b|\bsin (?:resecar|irritar|picar|apelmazar|encoger|destenir|grasa)\b|\bautonomia\b|\bhoras de bateria\b|\bfresquit[oa]s?\b|\bno transparenta\b|\bcierra el poro\b|\bunifica\b|\b(?:con|de) (?:dha|vitamina|hierro|calcio|colageno|niacinamida|retinol)\b/g,
  },
  {
    flag: 'hedge',
    re: /(?:^|, )creo(?=,)|\bno pondria la mano en el fuego\b|\brondar\w*\b|\bno (?:le |se lo )?(?:sabria|podria) (?:asegurar|decir)\b|\bno lo tengo (?:aqui )?para medir/g,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:le|te) doy mi palabra\b|\bsi o si\b|\b(?:no )?(?:le |te )?va a fallar nunca\b|\bno (?:le |te )?fallara nunca\b|\bpongo la mano en el fuego\b/g,
    negatable: true,
  },
  {
    flag: 'argue',
    re: /\b(?:eso|lo) que dice (?:usted )?es (?:falso|mentira|incorrecto)\b|(?:^|[.!?¡] *)no,? no es asi\b|\bno es asi(?=[.!,]|$)/g,
  },
  {
    flag: 'blame',
    re: /\b(?:el )?(?:fallo|error|problema|culpa) es suy[oa]\b|\ben la (?:descripcion|ficha) (?:ya )?(?:lo |se )?(?:advertimos|avisamos|advierte|avisa)\b|\blo (?:advertimos|avisamos) en la (?:descripcion|ficha)\b|\bno es (?:mi|nuestra) culpa que\b|\bque usted no sepa\b|\busted (?:no )?(?:puso|escribio|indico|eligio|marco|selecciono|pidio|compro)\b[^.!?]{0,50}?,? por eso\b|\bresponsabilidad (?:del comprador|suya|de usted|del cliente)\b|\b(?:tendria|tenia|deberia|debia) que? ?haber(?:se)? (?:fijado|leido|revisado|mirado|comprobado|medido|preguntado)\b/g,
  },
  {
    flag: 'rude',
    re: /\bes lo que hay\b|\by si no,? (?:pues )?nada\b|\bno me (?:grite|hable asi|levante la voz)\b|\bque usted no sepa\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:lo mas alto|el top|cabeza|lideres?) (?:de|en) (?:las )?ventas\b|\brepiten (?:mucho|compra|siempre|un monton)\b|\b(?:muchos|muchas|tantos|tantas) (?:papas|padres|madres|mamis|chicas|novias|abuelas|familias|clientes|clientas) (?:nos )?(?:lo |la |los |las )?(?:compran|piden|eligen|llevan|repiten|recomiendan)\b|\b(?:mas de )?\d+ (?:clientes|clientas|personas|compradores|compradoras|mamas|familias) (?:lo |la |los |las )?(?:compraron|han comprado|compran|eligieron|han elegido)\b|\b(?:resenas|valoraciones|opiniones) (?:estan en|de) \d|\b\d(?:[.,]\d)? de media\b|\bde (?:los|las) que mas se venden\b/g,
  },
  {
    flag: 'farewell',
    re: /\bque (?:tenga|pase)s? (?:muy )?(?:buenas|buenos) (?:noches|dias|tardes)\b|\bchao\b|\bchau\b|\bhasta la vista\b|\bcualquier cosa (?:me|nos) (?:escribe|dice|avisa|comenta)\b/g,
  },
  {
    flag: 'discount_offer',
    re: /\b\d+x\d+\b|\boferton\b|\ben (?:lugar|vez) de \d|\b(?:hacer(?:le)?|hago|dejo|aplico|aplicarle|aplicamos) (?:un|el) \d+ ?%/g,
    negatable: true,
  },
  {
    flag: 'closing_push',
    re: /\bsi (?:lo |la )?compras? (?:hoy|ahora|ya)\b|\b(?:cierre|cierra|confirme|confirma) (?:el|su) pedido (?:hoy|ya|ahora)\b|\bse lo (?:preparo|envio|mando|reservo|dejo listo)\?|\bdele a comprar\b|\b(?:tramite|haga|realice|cierre) (?:la|su) compra (?:ya|hoy|ahora)\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:aun|todavia) no se ha (?:completado|realizado|hecho) (?:el )?pago\b|\bhasta que (?:pague|realice el pago|complete el pago)\b/g,
    veto: PAYMENT_VETO,
  },
  {
    flag: 'order_check',
    re: /\brepas\w+ (?:su|el) pedido\b|¿todo (?:bien|correcto|en orden)\?|\b(?:telefono|direccion|numero)\b[^.?!]{0,30}?\b(?:sigue siendo|termina en)\b/g,
  },
  {
    flag: 'probe',
    re: /\bque (?:modelo|marca) de \w+ (?:tiene|usa)\b|\b(?:lo|la) toma (?:solo|sola|con|sin)\b/g,
    questionOnly: true,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:llevamos|enviamos|mandamos|llevo|envio|mando)\b[^.!?]{0,25}?\bsin (?:coste|costo|cargo)\b|\bsin pagar (?:portes|envio|gastos de envio)\b/g,
    negatable: true,
  },
  {
    flag: 'gift_offer',
    re: /\bcortesia de la casa\b|\binvita la casa\b|\bde cortesia\b/g,
  },
  {
    flag: 'escalate',
    re: /\baprobacion (?:del|de la|de) \w+|\b(?:la|lo) tiene que aprobar\b|\bque (?:me|nos) (?:lo )?autorice\b/g,
  },
  {
    flag: 'assurance',
    re: /\bcustodia\b|\b(?:lo )?retiene la plataforma\b|\bno nos llega hasta que\b/g,
    negatable: true,
  },
  // ---- Families broadened after the blind7 round: whole phrasings, not lines. ----
  {
    // Inviting the order now: "pídelo hoy", "hágame el pedido ahora", "¿se anima a llevársela?".
    flag: 'closing_push',
    re: /\b(?:puede|puedes|podes) (?:comprarl[oa]s?|pedirl[oa]s?|hacer (?:el|su|tu) pedido)\b|\bpid(?:elo|ela|alo|ala|elos|alos|anlo)\b|\b(?:haz|hagame|hazme) (?:tu|su|el) pedido\b|\bhaga su pedido (?:ahora|hoy|ya)\b|\bl[oa] pide (?:hoy|ahora|ya)\b|\bse anima a (?:llevar|pedir|comprar)\w*|\banimese\b|\banimate\b/g,
  },
  {
    flag: 'blame',
    re: /\busted (?:marco|puso|eligio|selecciono|escogio|pidio) (?:mal|la|el|los|las)\b|\btenia que haber(?:l[oa])? (?:leido|mirado|revisado|medido)\b|\bse equivoco usted\b|\bsi hubiera (?:medido|leido|revisado|mirado|comprobado)\b|\beso pasa por (?:lavarl|usarl|no |dejarl|ponerl)\w*|\bporque usted l[oa]\b/g,
    negatable: true,
  },
  {
    flag: 'assurance',
    re: /\bcertificad[oa]s?\b|\b(?:tiene|dispone de|cuenta con) \d+ dias para (?:devolver|cambiar|descambiar)\w*|\bsu dinero (?:esta|queda) (?:protegido|seguro|retenido)\b|\b(?:la plataforma|le) devuelve (?:el importe|su dinero|el dinero)\b/g,
    negatable: true,
  },
  {
    // Reading the order back: "le leo la dirección:", "le repito los datos:", "¿es ese el modelo correcto?".
    flag: 'order_check',
    re: /\b(?:le |te )?(?:leo|repito|repaso|confirmo)\b(?: los datos| la direccion| el pedido)?:|\bes (?:ese|este) el (?:modelo|color|tamano|talle|pedido) correcto\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:solo )?(?:te|le) falta (?:pagarl[oa]|pagar|abonar\w*|completar el pago)\b|\b(?:quedan|tiene|tienes) \d+ (?:minutos|horas) para pagar\b|\ben cuanto (?:completes|complete|realice|realices|hagas|haga) el pago\b/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:segui|sigue|siga|siganos|siguenos) (?:la |nuestra )?tienda\b|\bque (?:pase|pases|tenga|tengas) (?:una )?buena (?:tarde|noche)\b|\bbuen fin de semana\b|\besperamos verl[ea] (?:pronto|de nuevo)\b/g,
  },
  {
    flag: 'absolute_promise',
    re: /\bseguro que (?:el|lo|la|llega|le|te)\b|\b(?:te|se) lo aseguro\b|\b(?:no falla nunca|nunca falla)\b|\beso seguro\b|\bllega\b[^.!?]{0,20}?\bseguro\b/g,
    negatable: true,
  },
  {
    flag: 'social_proof',
    re: /\b(?:la mayoria|casi todos|casi todas|muchos|muchas) de (?:nuestr[oa]s )?(?:clientes|clientas|compradores|compradoras)\b|\blas resenas hablan (?:muy )?bien\b|\blo que hacen casi todos\b|\bel (?:tono|modelo|color) mas pedido\b|\bde los que mas vendemos\b|\brepiten\b/g,
  },
  {
    flag: 'recommend',
    re: /\bte (?:recomiendo|recomendamos|sugiero|sugerimos|aconsejo|aconsejamos|propongo)\b|\byo me llevaria\b|\bpuede que (?:le|te) interese\b/g,
    negatable: true,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:le |te )?(?:regalo|regalamos) el envio\b/g,
    negatable: true,
  },
  {
    flag: 'compliment',
    re: /\bgenial eleccion\b|\bque bien elegiste\b|\bbuen criterio\b|\bque buen ojo\b/g,
    negatable: true,
  },
  {
    flag: 'rude',
    re: /\bno es (?:problema|cosa) mi[oa]\b|\bno estoy para\b|\bque quiere que le haga\b/g,
  },
];

/** es: a sentence opened by ¿ or ending with a question mark. */
function isQuestion(sentence: string): boolean {
  return sentence.includes('?') || sentence.includes('¿');
}

/** The es rule set. */
export const esRules: LocaleRules = {
  rules,
  gramLength: 4,
  negatorBefore: /\b(?:no|nunca|jamas|sin|ni|tampoco|ningun[oa]?)\b/,
  negatorExceptions:
    /\bno se preocupe\b|\bsin (?:duda|problema|compromiso|preguntas)\b|\bno olvide\b|\bno dude\b/g,
  negationWindow: 40,
  negatorAfter: /^\s+(?:no|ya no)\b/,
  curt: new RegExp(`^${ES_CURT}(?: ${ES_CURT}){0,2}$`),
  isQuestion,
};
