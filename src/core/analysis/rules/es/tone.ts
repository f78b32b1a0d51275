/**
 * es rules for courtesy and tone, negative: rude, argue, blame, absolute_promise, hedge and the
 * other phrase-level faults (reply-flags.md "Courtesy and tone (negative)"; seeds 002, 003 §6 and
 * §8, 004 §2.3).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

export const toneRules: PhraseRule[] = [
  {
    flag: 'rude',
    re: /\blo toma o lo deja\b|\b(?:ya )?se lo (?:he )?(?:dije|dicho|explique|explicado|repetido)\b|\bya le (?:dije|he dicho|explique|he explicado)\b|\bcuantas veces\b|\blea(?:lo)? (?:la \w+ )?(?:usted mism[oa]|otra vez|bien)\b|\bbusquelo usted\b|\bno es (?:mi|nuestro) problema\b|\bdeje de (?:preguntar|escribir\w*|molestar|insistir|quejarse|dar la lata)|\bsi no le (?:gusta|convence|interesa),? no (?:lo )?compre\b|\bno (?:tengo|tenemos) tiempo\b|\b(?:vaya|ve|compre|compra|busque|busca|pidalo|pidelo|busquelo|buscalo|comprelo|compralo) (?:a|en) (?:otra (?:tienda|parte|pagina|web)|otro (?:sitio|lado|lugar|vendedor)|la competencia)\b|\b(?:compre|compra|comprel[oa]s?|compral[oa]s?|pidal[oa]s?|pidel[oa]s?|busquel[oa]s?|buscal[oa]s?) (?:alli|alla|donde (?:quiera|quieras|le de la gana|te de la gana))\b|(?:^|[.!?] *)lo que sea(?=[.!?]|$)|\bno (?:puedo|podemos) (?:estar )?esper(?:ar|ando) (?:todo el dia|toda la vida|eternamente)\b|\bpague ya\b|\bo se lo cancel\w+|\bno sabe leer\b|\bme da igual\b|\b(?:viene|vienen|ahora se queja|viene ahora) a (?:quejarse|reclamar|protestar)|\bahora se queja\b|\bcomo (?:iba|voy|podia|puedo) (?:yo )?a saber\w*|\bcompre o no compre\b|\bno me haga perder el tiempo\b/g,
  },
  {
    flag: 'argue',
    re: /\b(?:esta|estas) (?:usted )?(?:equivocad[oa]|confundid[oa])|\b(?:usted )?se equivoca\b|\b(?:eso|esto) (?:no es|es) (?:cierto|verdad|falso|mentira)\b|\beso es (?:falso|mentira|imposible)\b|\bno es (?:cierto|verdad)\b|\bes imposible\b(?! que)|\bno tiene razon\b|\bcomo que (?:es|no)\b|\bno lo es\b|\bde ninguna manera\b|(?:^|¡)imposible(?=[!.,])|\bno,? (?:nosotros )?no (?:enviamos|mandamos|hemos|tenemos la culpa|vendemos)|\b(?:no es|no fue) (?:culpa nuestra|nuestra culpa)\b|\bno tenemos (?:la )?culpa\b/g,
    negatable: true,
  },
  {
    flag: 'blame',
    re: /\bes (?:culpa suya|su culpa|culpa tuya|tu culpa)\b|\bculpa (?:suya|de usted|tuya)\b|\b(?:usted )?debio (?:leer|revisar|mirar|comprobar|fijarse|elegir|medir|preguntar|consultar)\w*|\bdeberia haber (?:leido|revisado|mirado|comprobado|elegido|medido|preguntado)|\b(?:es usted quien|fue usted quien|usted mism[oa]) (?:no |eligio|puso|escogio|hizo|ha |lo |la )|\busted (?:no )?(?:leyo|reviso|miro|comprobo|eligio mal|puso mal|escogio mal|se equivoco al|lavo mal|lo lavo|la lavo|uso mal|no ha comparado)|\b(?:lo|la|los|las) (?:lavo|uso|instalo) mal\b|\beligio la talla equivocada\b|\bno (?:me|nos) (?:dijo|indico|especifico|comento|aviso)\b|\bde quien es la culpa\b|\b(?:compro|pidio|eligio|encargo) sin (?:leer|mirar|revisar|fijarse|comprobar)|\bse le (?:cayo|rompio|cayeron)\b|\busted lo (?:rompio|tiro|dejo caer)\b|(?<!\b(?:repartidor|mensajero|transportista|cartero|almacen|sistema|companer[oa]|agencia) )\b(?:puso|escribio|introdujo) mal (?:la|su)\b|\busted (?:eligio|escogio|pidio|puso) (?:\w+ ){0,2}(?:equivocad[oa]|mal|incorrect[oa])\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\b(?:le|te|les) (?:garantizo|aseguro|prometo|juro)\b|\b(?:se|te) lo (?:aseguro|garantizo|prometo|juro)\b|\bseguro que (?!(?:lo |la |le |se |los |las )?\w+ (?:alguien|algun|alguno|alguna|un vecino|una vecina|el portero|la portera|otra persona)\b)(?:no|llega|le|lo|la|funciona|sale|va)\b|\bsin falta\b|\bdefinitivamente\b|\bnunca (?:se rompe|falla|se estropea|se raya|destine|encoge|se rompera)|\bno se (?:le |te )?(?!preocupe|preocupes|moleste|molestes|arrepiente)\w+ (?:nunca|jamas)\b|\bsin ninguna duda\b|\bsin duda (?:llegara|le|lo|no)\b|\bes imposible que\b(?! (?:le |se |lo |la |les )?(?:haya\w*|\w+(?:ara|iera|aran|ieran))\b)|\bjamas (?:se|falla)\b|\bgarantizado que\b|\bcien por cien seguro\b|\b(?:irrompible|indestructible)s?\b|\baunque (?:se )?(?:le |te |lo |la )?(?:caiga|caigan|golpee|golpees|moje|mojes|tire|tires|pise|pises)\b[^.!?]{0,40}?\bno (?:le |te |les )?(?:pasa|pasara|va a pasar) nada\b/g,
    negatable: true,
  },
  {
    flag: 'hedge',
    re: /\b(?:quizas?|tal vez|probablemente|posiblemente|a lo mejor|puede que|no creo que|creo que|me parece que|supongo|diria que|diria yo|mas o menos(?![^.!]*\?)|alrededor de|aproximadamente|unos? \d+|unas? \d+|no estoy segur[oa]|no se (?:si|seguro)|deberia (?:ser|de ser|quedar)|seguramente|igual es)\b/g,
    negatable: true,
    // Guessing about the courier or the tracking, or about the chat itself, or whether someone is
    // mistaken ("no creo que esté equivocado"), is no product fact.
    veto: /\b(?:quizas?|tal vez|a lo mejor|puede que) (?:tambien )?le (?:guste|interese|encante|vaya)\b|\b(?:probablemente|quizas?|tal vez|seguramente|a lo mejor|puede que|posiblemente) (?:el|la|su|tu) (?:repartidor|mensajero|mensajeria|paquete|pedido|envio|seguimiento|transportista|agencia|paqueteria|entrega|cartero)\b|\b(?:quizas?|tal vez|a lo mejor|puede que) no me (?:explique|he explicado)\b|\bno creo que (?:usted |tu )?(?:este|estes|estemos|sea|seas|tenga|tengas) (?:usted )?(?:equivocad[oa]s?|confundid[oa]s?|en un error|razon)\b|\b(?:probablemente|quizas?|tal vez|seguramente|a lo mejor|puede que|posiblemente) (?:le |te |les |lo |la |los |las |se lo |se la )?(?:llegue|lleguen|llegara|llegaran|llega|llegan|reciba|reciban|recibira|recibiran|entregue|entreguen|entregaran|salga|salgan|saldra|saldran)\b|\bcreo que (?:le |te )?(?:falta|faltan|sobra|sobran) (?:un|una|algun|alguna|el|la)\b|\b(?:quizas?|tal vez|a lo mejor|puede que|creo que|probablemente|seguramente|posiblemente) (?:usted |tu )?(?:se|te) (?:(?:haya|hayas|ha|has|habra|habras) (?:equivocado|confundido)|equivoco|equivocaste|confundio|confundiste)\b/g,
  },
  {
    // "Ya le respondí", "¿otra vez lo mismo?", "es la tercera vez", "no pienso repetirlo".
    flag: 'rude',
    re: /\bya (?:le |se lo |te lo |te |lo )?(?:respondi|conteste|dije|explique|comente|indique)\b|\bya lo (?:puse|escribi|deje) (?:en|arriba)\b|\bno me hagas? (?:repetir\w*|esperar|perder)|\bya (?:le |se lo |te lo |te )?(?:he|habia) (?:respondido|contestado|dicho|explicado|comentado|indicado)\b|\b(?:ya )?esta todo (?:en|explicado|dicho|arriba)\b|\bexplicado arriba\b|(?:^|¿)otra vez(?: lo mismo| la misma pregunta)?\?|\b(?:otra vez|de nuevo) (?:lo mismo|la misma pregunta)\b|\b(?:me )?pregunta (?:otra vez|de nuevo)\b|\bes la (?:segunda|tercera|cuarta|quinta|enesima) vez\b|\b(?:se lo|le) (?:he )?(?:dicho|repetido|explicado) (?:\w+ )?veces\b|\b(?:se lo|se la|se los|le|te|te lo|te la) (?:he |hemos )?(?:dicho|repetido|explicado|pasado|enviado|mandado|dado|puesto|escrito|indicado|contestado|respondido) (?:\w+ ){0,4}(?:dos|tres|cuatro|varias|mil|muchas|cien|\d+) veces\b|\b(?:mirel[oa]s?|busquel[oa]s?|consultel[oa]s?|compruebel[oa]s?|revisel[oa]s?|leal[oa]s?|lea) usted\b|\bno (?:pienso|voy a|vuelvo a) repetir\w*/g,
  },
  {
    // Sending the buyer off to look it up themselves.
    flag: 'rude',
    re: /\blea(?:l[oa]s?)?(?= *[.!,]|$)|\blea bien\b|\bbusquel[oa]s?\b|\bmire (?:las fotos|la ficha|la descripcion|la pagina|arriba|bien)\b|\bahi lo (?:tiene|pone|dice)\b|\bahi se ve\b|\bno hace falta que (?:me )?pregunte\b|\bantes de (?:preguntar|decir eso|decir esas cosas|quejarse|quejarte|acusar\w*)\b/g,
  },
  {
    // Hurrying the buyer; "si no le convence, vaya a otra tienda".
    flag: 'rude',
    re: /\bdecidase\b|\bdecida(?:se)? (?:ya|de una vez)\b|\bdese prisa\b|\bapurese\b|\bque tengo (?:mas|otros) clientes\b|\bno tengo todo el dia\b|\bcompre o no\b|\bsi (?:no )?le (?:gusta|convence|interesa|parece (?:caro|mal|mucho))[^.!?]{0,30}?\b(?:no (?:lo |la )?compre|vaya a otra|busque en otra|compre en otra)/g,
  },
  {
    // Head-on contradiction in other words.
    flag: 'argue',
    re: /\b(?:eso|esto) no (?:es|fue|era) asi\b|\bno es asi como\b|(?:^|[.!?¡] *)para nada(?=[,.!;])|(?:^|[.!?¡] *)que no,? que\b|(?:^|[.!?¡,] *)no es (?:un |ningun )?(?:defecto|fallo|desperfecto)\b(?! (?:de|del) (?:la tienda|nuestr\w+|nosotros|la empresa|envio|almacen)\b)|\bno (?:fuimos|fui|hemos sido|he sido) (?:nosotros|yo)\b|\b(?:nosotros|yo) no (?:nos equivocamos|me equivoque|cometimos (?:ningun|el|un) error|tenemos (?:la )?culpa|tengo (?:la )?culpa)\b|\bno (?:esta|estas) (?:usted )?en lo cierto\b|\bno lleva razon\b/g,
  },
  {
    flag: 'blame',
    re: /\b(?:la|lo|las|los) (?:puso|escribio|eligio|escogio|pidio|introdujo|lavo|uso) usted mal\b|\busted (?:la |lo )?(?:puso|escribio|introdujo) mal\b|\bhayas? (?:pedido|elegido|escogido|puesto|marcado|seleccionado) (?:\w+ ){0,3}(?:equivocad[oa]s?|incorrect[oa]s?|erronea?s?)\b|\bsi (?:usted )?no (?:sabe (?:usar|leer|montar|instalar|elegir)\w*|(?:l[oa]s? )?(?:lee|leyo|mira|miro|revisa|reviso|mide|midio|comprueba|comprobo))\b[^.!?]{0,30}?\b(?:no es (?:mi |nuestro )?problema|no es (?:mi|nuestra) culpa|es (?:su|tu) problema|lea|lee)\b/g,
  },
  {
    flag: 'rude',
    re: /\b(?:mire|lea|revise|consulte)(?:l[oa]s?)(?= *[.!,]|$)|\b(?:va a|vas a|quiere|quieres|piensa|piensas) (?:comprar|llevar|pedir|pagar)\w*(?: \w+)? o no\b|\b(?:lo|la) (?:va a comprar|quiere|compra) o no\b|\bpor ultima vez\b|\b(?:se lo|le|lo) repito (?:otra vez|de nuevo|una vez mas)\b/g,
  },
  {
    flag: 'argue',
    re: /\b(?:eso|esto|lo que dice) no es (?:correcto|exacto)\b|\b(?:usted )?se confunde\b|\besta (?:usted )?en un error\b|(?:^|[.!?¡] *)nada de eso\b/g,
  },
  {
    flag: 'blame',
    re: /\busted (?:marco|puso|eligio|escogio|selecciono|escribio|introdujo|indico|pidio|compro) (?:la|el|una|un|las|los) (?:\w+ )?(?:antigu[oa]s?|equivocad[oa]s?|incorrect[oa]s?|erronea?s?)\b/g,
    negatable: true,
  },
  {
    flag: 'hedge',
    re: /(?:^|, )creo(?=,)|\bno (?:me acuerdo|lo recuerdo|recuerdo)(?: (?:bien|exactamente|del todo|ahora mismo))?(?= *[,.!]|$| si\b)|\bsi (?:no me equivoco|mal no recuerdo|no recuerdo mal)\b|\bcreo recordar\b|\bno pondria la mano en el fuego\b|\brondar\w*\b|\bno (?:le |se lo )?(?:sabria|podria) (?:asegurar|decir)\b|\bno lo tengo (?:aqui )?para medir/g,
  },
  {
    flag: 'absolute_promise',
    // also a result promised by date or "garantizado": "desaparecen seguro en dos semanas", "no se
    // estropea nunca, garantizado" (the span starts at "garantizado", past the "no" of "nunca").
    re: /\bseguro en (?:\w+ ){0,2}(?:dias|semanas|horas|meses|minutos)\b|\b(?:desaparece|desaparecen|funciona|funcionan|quita|elimina|notara|notaras|vera|veras) seguro\b|\bresultados? (?:100 ?% )?garantizad[oa]s?\b|(?<=\b(?:nunca|jamas)\b[^.!?]{0,40}?, )(?:100 ?% |cien por cien )?garantizad[oa]\b|\b(?:le|te) doy mi palabra\b|\bsi o si\b|\b(?:no )?(?:le |te )?va a fallar nunca\b|\bno (?:le |te )?fallara nunca\b|\bpongo la mano en el fuego\b/g,
    negatable: true,
  },
  {
    flag: 'argue',
    re: /\b(?:eso|lo) que dice (?:usted )?es (?:falso|mentira|incorrecto)\b|(?:^|[.!?¡] *)no,? no es asi\b|\bno es asi(?=[.!,]|$)/g,
  },
  {
    flag: 'blame',
    re: /\b(?:el |la )?(?:fallo|error|problema|culpa) es (?:suy[oa]|tuy[oa])\b|\ben la (?:descripcion|ficha) (?:ya )?(?:lo |se )?(?:advertimos|avisamos|advierte|avisa)\b|\blo (?:advertimos|avisamos) en la (?:descripcion|ficha)\b|\bno es (?:mi|nuestra) culpa que\b|\bque usted no sepa\b|\busted (?:no )?(?:puso|escribio|indico|eligio|marco|selecciono|pidio|compro)\b[^.!?]{0,50}?,? por eso\b|\bresponsabilidad (?:del comprador|suya|de usted|del cliente)\b|\b(?:tendria|tenia|deberia|debia) que? ?haber(?:se)? (?:fijado|leido|revisado|mirado|comprobado|medido|preguntado|estado (?:pendiente|en casa|atent[oa])|contestado|recogido|seguido|consultado)\b/g,
  },
  {
    flag: 'rude',
    re: /\bes lo que hay\b|\b(?:paguel[oa]s?|pague|paga|pagal[oa]s?|decida(?:se)?|decidase|confirme|comprel[oa]s?|compre)\b(?: \w+){0,3}?,? o se (?:l[oa]s? |le )?(?:anula|cancela|borra|elimina|pierde|libera)\b|\bno (?:le |se lo |se la |lo |la |los |las )?(?:vamos a|voy a|podemos|puedo|pienso|pensamos) (?:\w+ ){0,3}(?:eternamente|toda la vida)\b|\by si no,? (?:pues )?nada\b|(?:^|[.!?¡,] *)o (?:paga|pague|paguen|compra|compre|decide|decida|confirma|confirme|responde|responda|contesta|conteste)\w* (?:\w+ ){0,3}o (?:se lo |se la |le |te |lo |la )?(?:cancel|anul)\w+|\bque (?:le pasa|le ocurre|quiere|pasa) ahora(?= *[?!.]|$)|\by ahora que (?:le pasa|quiere|pasa)\b|\bno me (?:grites?|hables? asi|levantes? la voz)\b|\bque usted no sepa\b/g,
  },
  {
    flag: 'blame',
    re: /\busted (?:marco|puso|eligio|selecciono|escogio|pidio) (?:mal|la|el|los|las)\b|\btenia que haber(?:l[oa])? (?:leido|mirado|revisado|medido)\b|\bse equivoco usted\b|\bsi hubiera (?:medido|leido|revisado|mirado|comprobado)\b|\beso pasa por (?:lavarl|usarl|no |dejarl|ponerl)\w*|\bporque usted l[oa]\b/g,
    negatable: true,
  },
  {
    flag: 'absolute_promise',
    re: /\bseguro que (?!(?:lo |la |le |se |los |las )?\w+ (?:alguien|algun|alguno|alguna|un vecino|una vecina|el portero|la portera|otra persona)\b)(?:el|lo|la|llega|le|te)\b|\b(?:te|se) lo aseguro\b|\b(?:no falla nunca|nunca falla)\b|\beso seguro\b|\bllega\b[^.!?]{0,20}?\bseguro\b/g,
    negatable: true,
  },
  {
    flag: 'rude',
    re: /\bno es (?:problema|cosa|asunto) (?:mi[oa]|nuestr[oa])\b|\bno es (?:mi|nuestro) (?:problema|asunto)\b|\bno estoy para\b|\bque quiere que le haga\b/g,
  },
  {
    // "Imposible que haya llegado roto": denying what the buyer says happened (past subjunctive).
    flag: 'argue',
    re: /(?:^|[.!?¡,] *)(?:es )?imposible que (?:le |se |lo |la |les )?(?:haya\w*|\w+(?:ara|iera|aran|ieran))\b|\bno puede ser que (?:le |se |lo |la |les )?(?:haya\w*|\w+(?:ara|iera|aran|ieran))\b|\beso no puede ser\b/g,
  },
  {
    // Tú-form accusations: "elegiste tú la dirección vieja", "lo metiste en la secadora y por eso…",
    // "pusiste mal el número", "hayas pedido el color equivocado"; delivery disputes.
    flag: 'blame',
    re: /\b(?:elegiste|escogiste|pusiste|marcaste|seleccionaste|pediste|escribiste|indicaste|compraste) tu (?:la|el|los|las|mism[oa])\b|\bfuiste tu (?:quien|el que|la que)\b|\b(?:metiste|lavaste|pusiste|usaste|dejaste|secaste|planchaste|elegiste|escogiste|pediste|marcaste|escribiste|compraste|abriste|tiraste|rompiste|forzaste|mojaste|seleccionaste|indicaste)\b[^.!?]{0,50}?,? (?:y )?por eso\b|\b(?:lo|la|los|las) (?:metiste|lavaste|pusiste|secaste|metio|lavo|puso|seco) (?:en (?:la |el )?(?:secadora|lavadora|lavavajillas|microondas|agua caliente)|con agua caliente)\b|(?<!\b(?:repartidor|mensajero|transportista|cartero|almacen|sistema|companer[oa]|agencia) )\b(?:puso|pusiste|escribio|escribiste|introdujo|introdujiste|marcaste|seleccionaste|indicaste|elegiste|escogiste) mal\b|\b(?:pediste|elegiste|escogiste|pusiste|marcaste|seleccionaste) (?:\w+ ){0,3}(?:equivocad[oa]s?|incorrect[oa]s?|erronea?s?)\b|\b(?:lo|la|los|las) (?:recogio|recogiste|cogio|firmo|firmaste|recibio|recibiste) (?:alguien|algun (?:familiar|vecino|conocido)|un familiar|un vecino|una vecina|el portero|usted|tu mism[oa])\b|\bbien antes de (?:decir|quejarse|quejarte|reclamar|acusar)\w*/g,
    negatable: true,
  },
  {
    // Denying the buyer's claim about the goods: "No, las fotos no están retocadas", "No, no venía
    // roto", "No señora, la pintura no se cae con agua", "nunca salió defectuoso de aquí".
    flag: 'argue',
    re: /(?:^|[.!?¡] *)no,? (?:(?:senora|senor|caballero|senorita),? )?(?:[^.!?]{0,40}? )?no (?:(?:venia|venian|vino|vinieron|llego|llegaron|salio|salieron|estaba|estaban|esta|estan|es|son|se envio|se mando) (?:\w+ )?(?:(?:retocad|editad|trucad|defectuos|usad|falsificad|danad|caducad)\w*|rot[oa]s?\b|fals[oa]s?\b|(?:una )?(?:copia|replica|imitacion)\b)|(?:venia|venian|vino|vinieron|llego|llegaron|salio|salieron|se envio|se mando) (?:\w+ )?(?:abiert|incomplet|manchad)\w*|se (?:cae|caen|destine|destinen|despega|despegan|rompe|rompen|encoge|encogen|decolora|decoloran|oxida|oxidan|pela|pelan)\b)|\b(?:no|nunca) (?:venia|vino|llego|salio|se envio|se mando|lo enviamos|lo mandamos|se lo enviamos|se lo mandamos) (?:rot|defectuos|danad|incomplet)\w*/g,
  },
  {
    // Guessing the buyer misused it: "usted lo habrá lavado con lejía", "lo habrás metido en la secadora".
    flag: 'blame',
    re: /\b(?:usted|tu) (?:lo |la |los |las |le |se )?(?:habra|habras|habria|habrias) (?:lavado|metido|usado|forzado|golpeado|mojado|planchado|secado|roto|tirado|caido|dejado caer|apretado|doblado|calentado|cargado mal|montado mal|instalado mal)\b|\b(?:lo|la|los|las) (?:habra|habras) (?:lavado|metido|forzado|golpeado|mojado|planchado|secado|tirado|dejado caer)\b(?: (?:usted|tu)\b| (?:en|con) (?:la |el |agua )?(?:secadora|lavadora|lavavajillas|microondas|lejia|caliente|hirviendo))/g,
    negatable: true,
  },
  {
    // Dismissing the buyer: "si lo quiere bien, y si no…", "hay más tiendas", "usted verá.", "allá
    // usted", a fronted refusal ("cambios no hay"), "y punto", "no insista".
    flag: 'rude',
    re: /\bsi (?:lo |la |los |las )?(?:quiere|quieres|compra|compras|le gusta|te gusta),? (?:bien|perfecto|vale|genial)\b[^.!?]{0,12}?\by si no\b|\bhay (?:mas|otras|muchas|miles de|cientos de) (?:tiendas|paginas|webs|vendedores|sitios)\b|\b(?:usted|tu) (?:vera|veras|sabra|sabras)(?= *[.!,]|$)|\balla (?:usted|tu|vos|ustedes)\b|\bhaga lo que quiera\b|\bhaz lo que quieras\b|(?:^|[.!?¡] *)(?:cambios|devoluciones|reembolsos|descuentos|rebajas|garantia) no (?:hay|hacemos|se hacen|damos|aceptamos|admitimos)\b|\by punto(?: final)?(?= *[.!,]|$)|\bno (?:insista|insistas|siga insistiendo)\b|\bno hay (?:nada )?mas que (?:hablar|decir)\b|\bno diga (?:tonterias|bobadas)\b/g,
  },
  {
    // Denying the buyer's account in general terms: "nosotros no perdemos paquetes", "no se despegan
    // solos", "eso no pasa nunca", "lo dudo", "tú elegiste la talla, no nosotros".
    flag: 'argue',
    re: /\b(?:nosotros|aqui|en esta tienda|esta tienda|nuestra tienda) (?:no|nunca|jamas) (?:perdemos|extraviamos|nos equivocamos|cometemos errores|fallamos|(?:enviamos|mandamos) (?:nada |productos |articulos |paquetes )?(?:rot|defectuos|danad|usad|mal)\w*)\b|\bno se (?:despega|despegan|rompe|rompen|descose|descosen|cae|caen|raja|rajan|estropea|estropean|pela|pelan|desgasta|desgastan|suelta|sueltan|parte|parten|rasga|rasgan|destine|destinen|abre|abren|mancha|manchan) (?:sol[oa]s?|por si sol[oa]s?|de la nada)\b|\b(?:eso|esto) no (?:pasa|ocurre|sucede|puede pasar|puede ocurrir) (?:nunca|jamas|con (?:nuestr|est)\w+|asi como asi)\b|(?:^|[.!?¡,] *)lo dudo(?: mucho)?\b|\bpermitame dudarlo\b|\b(?:usted|tu) (?:eligio|escogio|pidio|puso|marco|selecciono|compro|elegiste|escogiste|pediste|pusiste|marcaste|seleccionaste|compraste)\b[^.!?]{0,30}?, no (?:nosotros|yo|la tienda)\b/g,
  },
  {
    // Shifting the fault to the buyer's handling or household: "eso es por mal uso", "tú elegiste la
    // talla, no nosotros", "alguien de su casa lo recogió", "algo habrá hecho", "le pasa por…".
    flag: 'blame',
    re: /\b(?:es|son|fue|ha sido|se debe a|se debio a|viene de|pasa por) (?:por )?(?:un |el )?(?:mal uso|uso indebido|uso incorrecto|mal lavado|mala manipulacion|mal trato|maltrato|mala instalacion|mal montaje)\b|\bpor (?:su|tu) (?:mal uso|descuido|culpa|mala manipulacion)\b|\b(?:usted|tu) (?:eligio|escogio|pidio|puso|marco|selecciono|compro|elegiste|escogiste|pediste|pusiste|marcaste|seleccionaste|compraste)\b[^.!?]{0,30}?, no (?:nosotros|yo|la tienda)\b|\b(?:alguien|algun (?:familiar|vecino|conocido)|un familiar|un vecino|una vecina|el portero|la portera) (?:de (?:su|tu) (?:casa|familia|edificio|portal|trabajo)|en (?:su|tu) casa) (?:l[oa]s? |se l[oa]s? )?(?:recogio|cogio|firmo|recibio|agarro|tomo)\b|\bseguro que (?:alguien|algun familiar|un familiar|un vecino|una vecina|el portero|la portera)\b[^.!?]{0,30}?\b(?:recogio|cogio|firmo|recibio)\b|\balgo (?:le )?(?:habra|habras|habria) hecho\b|\b(?:le|te) pasa por (?:no |usar|lavar|meter|dejar|poner|forzar|tirar)\w*/g,
    negatable: true,
  },
  {
    // Passing the buck and refusing to help: "eso es cosa de la mensajería, no nuestra", "reclámeles
    // a ellos", "eso es su problema", "a mí qué me cuenta", "no pienso devolverle nada", sarcasm.
    flag: 'rude',
    re: /\b(?:cosa|asunto|problema|responsabilidad) (?:de (?:la |el |los |las )?|del )\w+(?: \w+)?,? no (?:nuestr[oa]|mi[oa])\b|\breclame(?:les|le|lo)? (?:usted )?a ellos\b|\breclame(?:les|le|lo)? usted (?:a|al|con) \w+|\breclame(?:les|le) (?:a la (?:mensajeria|agencia|paqueteria|transportista)|al (?:transportista|repartidor|mensajero|fabricante|banco)|a correos)\b|\b(?:arreglese|entiendase|apanese) (?:usted )?(?:con ellos|a ellos)\b|\b(?:eso|esto|ese|este|ya) es (?:su|tu) problema\b|\bes problema (?:suyo|tuyo)\b|\ba mi que me (?:cuenta|dice|importa)\b|\by a mi que\b|\ba mi no me (?:importa|incumbe)\b|\bno (?:me|nos) incumbe\b|\bno (?:pienso|pensamos) hacer nada\b|\bno (?:le |te )?(?:pienso|pensamos) (?:devolver|cambiar|reembolsar|dar|rebajar)\w*|\bno estoy obligad[oa]\b|\bno (?:tengo|tenemos) por que (?:darle|darte|explicar|aguantar|hacer|devolver|cambiar)\w*|\bsi usted lo dice\b|\bno me haga reir\b|\bes que no (?:lee|lees|entiende|entiendes)\b/g,
  },
  {
    // Lecturing or belittling the buyer: "no me diga cómo tengo que hacer mi trabajo", "no me venga
    // con…", "no es para tanto", "no exagere".
    flag: 'rude',
    re: /\bno me (?:diga|digas|ensene|ensenes|explique|expliques|venga a decir) (?:como|lo que) (?:tengo que|debo|hay que|he de) (?:hacer|trabajar)\b|\b(?:yo )?se (?:hacer|como hacer) mi trabajo\b|\bno me (?:venga|vengas|vengan) con\b|\bno me (?:de|des) lecciones\b|\b(?:tampoco|no) es para tanto(?= *[.,!;?]| *$)|\bno (?:exagere|exageres)\b|\bno sea (?:exagerad|dramatic|pesad)[oa]\b/g,
  },
  {
    // Denying the shop erred or what the buyer reports: "no nos equivocamos", "eso no es un defecto",
    // "el error no es nuestro", "en ningún momento le dijimos eso", "usted miente", "falso".
    flag: 'argue',
    re: /\bno nos (?:equivocamos|hemos equivocado|confundimos|hemos confundido)\b(?<!\bsi no nos (?:\w+ )?\w+)|\b(?:el|ese) error no (?:es|fue|ha sido) (?:nuestro|mio)\b|\bno (?:hubo|hay|ha habido) (?:ningun |tal )?error (?:por )?(?:nuestra|mi) parte\b|\b(?:eso|esto|(?:ese|esa|este|esta|esos|esas|estos|estas) \w+|lo que (?:dice|ve|describe|comenta|cuenta)) no (?:es|son) (?:un |ningun )?(?:defecto|fallo|desperfecto|tara|error de fabricacion)\b|\bno se trata de (?:un |ningun )?(?:defecto|fallo|desperfecto)\b|\b(?:nunca|en ningun momento) (?:le |se lo |te )?(?:dijimos|dije|prometimos|prometi|hemos dicho|he dicho|hemos prometido|he prometido)(?= (?:eso|que|tal cosa|nada (?:de eso|parecido))\b| *[.!,]| *$)|\b(?:usted|tu) (?:me |nos )?(?:miente|mientes|esta mintiendo|estas mintiendo)\b|\b(?:me|nos) (?:esta|estas) mintiendo\b|\blo que (?:dice|dices|cuenta|cuentas|comenta) no (?:tiene (?:ningun )?sentido|es (?:posible|real))\b|\ben ningun (?:sitio|lado|lugar) (?:pone|dice|decia|ponia)\b|(?:^|[.!?¡] *)falso(?= *[.!,]|$)/g,
  },
  {
    // Causes laid on the buyer: "si lo hubiera cargado con el cargador original no habría pasado",
    // "eso pasa porque no lo montó bien", "usted no estaba en casa", "por no leer la ficha", "la
    // próxima vez fíjese", "se le pasó el plazo".
    flag: 'blame',
    re: /\bsi (?:usted |tu )?(?:no )?(?:lo |la |los |las |le |se lo |se la |se |me lo |me la |nos lo |nos la |me |nos )?(?:hubiera|hubiese|hubieras|hubieses) \w+(?:ado|ido|to|cho)\b[^.!?]{0,60}?\bno (?:se )?(?:le |te |lo |la )?(?:habria|hubiera|hubiese|habrias|hubieras|tendria|tendrias) (?:pasado|ocurrido|sucedido|roto|estropeado|danado|quemado|encogido|destenido|este problema|ese problema|ningun problema)\b|\b(?:eso|esto) (?:pasa|ocurre|sucede|le (?:pasa|ocurre|ha pasado)|se debe a que|es|fue|paso|ocurrio) porque (?:usted |tu )?(?:no )?(?:lo|la|los|las|se lo|se la) (?!(?:envio|mando|preparo|fabrico|empaqueto)\b)\w+(?:o|aste|iste)\b|\bporque (?:usted |tu )?no (?:lo |la |los |las )?(?:leyo|miro|reviso|comprobo|siguio|midio|monto|cargo|lavo|leiste|miraste|revisaste|comprobaste|seguiste|mediste|montaste|cargaste|lavaste)\b|\b(?:usted|tu) no (?:estaba|estabas|estuvo|estuviste|contesto|contestaste|cogio|cogiste|recogio|recogiste|abrio|abriste|bajo|bajaste) (?:en casa|el telefono|a tiempo|la puerta|al repartidor|el paquete)\b|\bpor no (?:haber )?(?:leer|leido|mirar|mirado|revisar|revisado|fijarse|fijado|medir|medido|seguir|seguido|comprobar|comprobado|preguntar|preguntado)\b(?<!\b(?:perdon|perdone|perdona|disculpe|disculpa|disculpen|siento|sentimos|lamento|lamentamos|gracias|nuestra|nuestro|mia|mio) por no (?:haber )?\w+)|\bla proxima vez (?:fijese|lea|revise|compruebe|mida|fijate|lee|revisa|comprueba|mide)\b|\bse le (?:paso|ha pasado|olvido|ha olvidado) (?:el plazo|poner|indicar|marcar|escribir|recoger)\b/g,
    negatable: true,
  },
  {
    // Promising no trouble ever: "no le va a dar ningún problema nunca", "nunca le va a fallar".
    flag: 'absolute_promise',
    re: /\bno (?:le |te |les )?(?:va a|van a|dara|daran|causara|causaran) (?:dar |causar |traer )?(?:ningun|ni un|nunca (?:ningun|un))(?: solo)? (?:problema|fallo|disgusto)\b|\bnunca (?:le |te |les )?(?:va a|van a|dara|daran) (?:dar |causar )?(?:ningun |un |ni un )?(?:problema|fallo|disgusto)s?\b|\bnunca (?:le |te |les )?(?:va a|van a) (?:fallar|romperse|estropearse)\b|\bnunca (?:le |te |les )?(?:fallara|fallaran)\b|\bno (?:le |te |les )?(?:(?:va|van) a tener|tendra|tendras|tendran) (?:nunca )?(?:ningun|ni un)(?: solo)? (?:problema|fallo|disgusto)\b(?! (?:para|en|al) (?:devolver|cambiar|hacer|pedir|tramitar|solicitar|recibir|pagar)\w*)/g,
    negatable: true,
  },
  {
    // The cause or the cost laid on the buyer's own act: "porque la metió en el lavavajillas", "el
    // problema es que no lo ha puesto en hora", "la habrá medido mal", "la dirección que puso
    // estaba incompleta", "en la ficha pone bien claro…", "el reenvío lo tiene que pagar usted".
    flag: 'blame',
    re: /\bporque (?:usted |tu )?(?:no )?(?:lo|la|los|las|se lo|se la) (?:metio|lavo|uso|puso|dejo|seco|tiro|forzo|golpeo|mojo|plancho|cargo|calento|monto|abrio|rompio|metiste|lavaste|usaste|pusiste|dejaste|secaste|tiraste|forzaste|golpeaste|mojaste|planchaste|cargaste|calentaste|montaste|abriste|rompiste)\b(?! (?:el|la|los|las) (?:repartidor|mensajero|transportista|cartero|agencia|almacen|companer\w*|fabricante|sistema|tecnico)\b)|\b(?:el problema|el fallo|el error|lo que pasa|lo que paso|lo que ocurre|la causa) es que (?:usted |tu )?(?:no )?(?:lo|la|los|las|le|se lo|se la) (?:ha|has|habia|habias) \w+(?:ado|ido|to|cho)\b(?! (?:el|la|los|las) (?:repartidor|mensajero|transportista|cartero|agencia|almacen|companer\w*|fabricante|proveedor|sistema|mensajeria|paqueteria)\b)|\b(?:el problema|el fallo|el error|lo que pasa|lo que paso|la causa) es que (?:usted|tu) \w+|\b(?:lo|la|los|las) (?:habra|habras|habria|habrias) \w+(?:ado|ido) mal\b|\b(?:direccion|talla|color|numero|datos?|codigo postal|modelo|medidas?|telefono) que (?:usted |tu )?(?:puso|pusiste|indico|indicaste|escribio|escribiste|marco|marcaste|eligio|elegiste|selecciono|seleccionaste|introdujo|introdujiste|nos dio|me dio|nos diste|me diste|pidio|pediste) (?:usted |tu )?(?:estaba|era|esta|es|estaban|eran|estan|son) (?:\w+ )?(?:mal\b|incomplet|incorrect|equivocad|errone)|\b(?:pone|dice|indica|explica|avisa|advierte|especifica) (?:bien |muy )?clar(?:o|isimo)\b|\b(?:lo|la|los|las) (?:tiene|tendra|tendria|debe|debera) que pagar (?:usted|tu)\b|\blo paga usted\b/g,
    negatable: true,
  },
];
