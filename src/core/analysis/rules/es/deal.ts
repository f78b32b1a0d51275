/**
 * es rules for the deal: concessions (discount_offer, gift_offer, free_shipping), trust (assurance)
 * and closing (closing_push, payment_reminder, order_check, farewell, escalate) (reply-flags.md
 * "Concessions", "Trust", "Closing"; seeds 001 §5, 003 §6 and §8, 004 §2.1).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

/** "Sin pagar portes" is about shipping costs, not an unpaid order. */
const PAYMENT_VETO = /\bsin pagar (?:portes|envio|gastos|nada|de mas)\b/g;

/**
 * An offer that is over or only applies elsewhere: "el descuento del Black Friday terminó". The
 * veto sees only 24 characters past the match, so past tenses are stems that exclude the present
 * ("terminó", not "termina hoy", which still offers).
 */
const OFFER_GONE =
  '\\b(?:descuento|cupon|oferta|promo|rebaja|regalo|obsequio|envio gratis|gratis|gratuito|\\d ?x ?\\d|\\d+ ?%)\\w*(?: [\\w.€%]+){0,3} (?:ya )?(?:termin(?!a)|acab(?!a|o de)|finaliz(?!a)|expir(?!a)|venc(?!e)|caduc(?!a)|se acab(?!a)|se termin(?!a)|ha (?:terminado|acabado|finalizado|expirado|vencido|caducado)|era (?:solo )?(?:hast|del |de la |valid)|fue hast|estuvo hast|valia hast|solo (?:apl|es v|val|sirv|func|esta d|rig))';

/** A discount the buyer already has is no new offer: "ya tiene aplicado el descuento". */
const DISCOUNT_VETO = new RegExp(
  `${OFFER_GONE}|\\b(?:tiene|tienes|lleva|llevas|esta|estan) (?:ya )?aplicad[oa]s? (?:el|la|los|un|una) (?:descuento|cupon|rebaja|oferta)|\\b(?:descuento|rebaja|cupon)(?: \\w+){0,2},? (?:me |nos )?(?:lo |la )?(?:tiene|tienen|debe|deben|tendra|tendria|ha de) (?:que )?(?:aprobar|autorizar|validar)\\b`,
  'g',
);

/** Free shipping that is over or limited to elsewhere. */
const SHIPPING_VETO = new RegExp(OFFER_GONE, 'g');

export const dealRules: PhraseRule[] = [
  {
    flag: 'discount_offer',
    re: /\b(?:descuento|cupon(?:es)?|rebaja(?:rle|rlo|rla)?|le rebajo|rebajo|\d+ ?% (?:de descuento|menos)|(?:hay|tenemos|tienen|tiene) (?:un |una rebaja del |un descuento del )?\d+ ?%(?= (?:en|de descuento|de rebaja|menos|dto|off|sobre|para)\b| ?[.,!]| ?$)|\d+ ?% en (?:toda|todo|todos|todas)\b|\d+ ?(?:€|euros?) (?:de descuento|menos)|precio especial|codigo (?:de descuento|promocional)|oferta especial|le dejo (?:el precio )?en|ajust\w+ el precio|le mejoro el precio|un precio mejor|bajar(?:le)? el precio|le hago (?:un )?precio|vale de descuento)\b/g,
    negatable: true,
    postNegatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'gift_offer',
    re: /\b(?:regalo|obsequio|de regalo|le regalo|(?:le |te |les )?(?:puedo|podemos|voy a|vamos a|podria|podriamos) regalar(?:le|te|les)?|le regalamos|regalamos|(?:muestra|muestras|sobres?|unidad|funda|bolsa|llavero) (?:\w+ ){0,3}(?:gratis|gratuit[oa]s?)|detalle de regalo|sin coste adicional)\b/g,
    negatable: true,
    // The buyer's own present, gift wrapping, or a gift promotion that is over.
    veto: new RegExp(
      `\\b(?:para|es un|es una|que un) regalo\\b|\\bpara (?:el|su|tu) regalo\\b|\\bel regalo (?:de|para) (?:su|tu)\\b|\\bpara regalar\\b|\\b(?:regalo|regalamos) (?:el envio|los portes|los gastos de envio)\\b(?!,? (?:y|mas|junto con) )|\\b(?:caja|papel|envoltorio|envoltura) de regalo\\b|${OFFER_GONE}`,
      'g',
    ),
  },
  {
    flag: 'free_shipping',
    re: /\b(?:envio (?:es |sera |sale |va )?(?:gratis|gratuito)|envio gratuito|envio gratis|sin (?:gastos|costes?|costo|cargo)s? de envio|(?:le )?(?:envio|enviamos|mandamos|mando) (?:el pedido |el paquete |su pedido |lo |la )?(?:gratis|sin coste)|(?:el )?envio corre (?:de mi cuenta|por (?:nuestra|mi) cuenta|de nuestra cuenta)|(?:pagamos|cubrimos|asumimos|pago|cubro) (?:el|los gastos de) envio|portes gratis|(?:portes|envios?|gastos de envio)(?: de ida y vuelta)? (?:corren?|van|va) (?:de|por|a) (?:nuestra|mi) (?:cuenta|parte|cargo)|envio sin coste)\b/g,
    negatable: true,
    postNegatable: true,
    veto: SHIPPING_VETO,
  },
  {
    flag: 'assurance',
    re: /\b(?:devoluci\w+|(?:puede|podra|se puede|pueden) devolver\w*|devolverl[oa]s? (?:gratis|sin)|reembolso (?:completo|total|integro)|(?:se le|le|les) reembols\w+|reembolsamos|(?:solicitar|pedir|tramitar|solicite|pida) (?:el |un |su )?reembolso|derecho a (?:un )?reembolso|garantia|garantizad[oa]|(?:productos?|articulos?|son|es) (?:100 ?% )?(?:original(?:es)?|autentic[oa]s?)|original(?:es)?,? garantizad|(?:el )?pago (?:queda|esta|se queda) retenido|retenido|proteccion (?:al|del) comprador|seguro de envio|distribuidor oficial|tienda oficial|se libera el pago|cambio gratuito|cambio gratis|tramit\w+ (?:el|la|un|una) (?:cambio|devolucion|reembolso)|(?:le|les|te|se l[oa]s?) cambiamos(?! (?:(?:el|la|los|las|su|sus|otro|otra|otros|otras|uno|una) )?(?:\w+ ){0,2}(?:lo antes posible|cuanto antes|enseguida|hoy mismo|ahora mismo|de inmediato|ya mismo))|puede cambiarl[oa]s?|cambiarl[oa]s? (?:gratis|sin coste)|devolv\w+ el dinero|le devolvemos|(?:nos|me) (?:l[oa]s? )?(?:devuelve|devuelves|devuelven|puede devolver|puedes devolver)|reenviamos(?! (?:(?:el|la|los|las|su|sus|otro|otra|otros|otras|uno|una) )?(?:\w+ ){0,2}(?:lo antes posible|cuanto antes|enseguida|hoy mismo|ahora mismo|de inmediato|ya mismo))|reenvio gratuito)\b/g,
    negatable: true,
    // "Garantizado que…" promises; a remedy still asked about or awaiting approval is not a stated
    // safeguard ("¿prefiere que le devolvamos el dinero?", "que apruebe el reembolso"); nor is a
    // guaranteed result ("desaparecen en dos semanas, 100% garantizado"); nor a remedy the supervisor
    // must approve ("el reembolso lo tiene que aprobar"), nor an exception to the return period asked
    // for ("una excepción con el plazo de devolución": the veto sees 24 characters, hence "cepcion"),
    // nor a fronted refusal ("devoluciones no hacemos").
    // (An exchange or resend done at once for the shop's slip, "le cambiamos el producto lo antes
    // posible", is a remedy, not a stated safeguard: the rule's own lookaheads leave it out.)
    veto: /\bgarantizado que\b|\bque (?:le |te |les )?(?:devolvamos|devuelva|reembolse|reembolsemos)\b(?: el (?:dinero|importe))?|\b(?:aprobar|autorizar|apruebe|autorice|aprueben|autoricen)(?: hoy| ya| mismo| cuanto antes| enseguida)? (?:la|el|su) (?:devolucion|reembolso|cambio)\b|\b(?:nunca|jamas)(?: [^.!?,]{0,20})?, (?:100 ?% |cien por cien )?garantizad[oa]\b|\ben (?:\w+ )?(?:dias|semanas|horas|meses),? (?:100 ?% |cien por cien )?garantizad[oa]\b|\bresultados? (?:100 ?% )?garantizad[oa]s?\b|\b(?:reembolso|devolucion|cambio|reenvio)(?: \w+){0,2},? (?:me |nos )?(?:lo |la )?(?:tiene|tienen|debe|deben|tendra|tendria|ha de) (?:que )?(?:aprobar|autorizar|validar)\b|cepcion (?:con|en|a) (?:el|la|su) (?:plazo|periodo|politica) de (?:devoluci\w+|cambios?)\b|\b(?:devoluciones|reembolsos|cambios) no (?:hay|hacemos|se hacen|aceptamos|admitimos)\b/g,
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
    re: /\b(?:confirm(?:emos|o|ar|e|amos|a)? (?:su |la |el |los |las )?(?:direccion|pedido|datos|talla|color|modelo|numero|telefono)|le confirmo(?! si\b)|para confirmar(?:l[oa]s?)?|verific\w+ (?:su |la |el )?(?:direccion|pedido|datos|numero|telefono|talla|color|codigo postal|nombre)|comprob\w+ (?:su |la |el )?(?:direccion|pedido|datos)|(?:he )?revisado (?:la|su) direccion|la direccion (?:de entrega |de envio )?es|a nombre de|el telefono termina|(?:pidio|eligio|escogio) (?:el|la|los|las) \w+ (?:en|de) talla)\b|\b(?:es|era|son|eran) (?:el|la|los|las) [^.?!]{1,24}, ¿(?:verdad|cierto|correcto|no)\?|, ¿(?:correcto|es correcto|esta bien|todo bien)\?|¿?es correcto\?|¿(?:era|eran) (?:el|la|los|las)\b/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:que (?:tenga|pase) (?:un |una )?(?:buen|buena|feliz|excelente|bonito|bonita|lindo|linda|gran) (?:dia|fin de semana|tarde|noche|semana|viaje|vuelo|regreso|estancia|vacaciones|verano|cumpleanos|navidad)|hasta (?:pronto|luego|la proxima|manana)|adios|nos vemos|vuelva (?:pronto|cuando quiera|cuando guste)|(?:le|la|lo|les) esperamos|siganos|(?:siga|seguir) nuestra tienda|guarde (?:nuestra tienda|la tienda) en favoritos|que disfrute|un saludo)\b/g,
  },
  {
    flag: 'escalate',
    re: /\b(?:supervisor[a]?|encargad[oa]|gerente|jef[ea]|coordinador[a]?|mis? superior(?:es)?|responsable(?! de\b)|(?:pedir|solicitar) (?:autorizacion|aprobacion|permiso)|lo consulto(?! con (?:el |la |los )?(?:almacen|bodega|logistica|mensajeria|transportista|paqueteria|fabrica|proveedor))|lo he consultado|consultar(?:lo)? con (?:mi|el|la)(?! (?:almacen|bodega|logistica|mensajeria|transportista|paqueteria|fabrica|proveedor))|(?:supera|excede) (?:lo que|mi) (?:yo )?(?:puedo autorizar|autorizacion|limite)|para que lo apruebe|se lo traslado|escalar)\b/g,
  },
  {
    flag: 'free_shipping',
    re: /\benvio (?:(?!no\b|ya\b|tampoco\b)\w+ ){0,3}(?:gratis|gratuito|a cero|a coste cero)\b|\benvio\b[^.!?]{0,30}?\blo (?:absorbemos|asumimos|cubrimos|pagamos|ponemos) (?:nosotros|yo)\b|\bno (?:le |les |te )?(?:cobramos|cobro|cobraremos|cobrare) (?:nada de |los |el )?(?:gastos de )?envio\b|\b(?:nos hacemos|me hago|se hace) cargo (?:del|de los gastos de) envio\b|\b(?:asumimos|cubrimos|pagamos|absorbemos) (?:el |los )?(?:gastos de |coste del )?envio\b|\b(?:el )?envio (?:lo |se lo )?(?:pagamos|cubrimos|asumimos|pago|cubro|regalamos)\b|\b(?:le|te|les) (?:quito|quitamos|perdono|perdonamos|ahorro|ahorramos) (?:(?:[\w€%]+ ){1,4}y )?(?:el |los )?(?:gastos de envio|envio|portes|coste del envio)\b|\bno (?:paga|pagas|pagan|pagara|pagaras|tiene que pagar|tienes que pagar|hay que pagar) (?:nada de |el |los )?(?:gastos de )?(?:envio|portes)\b|\b(?:envio|portes|gastos de envio) incluid[oa]s?\b|\b(?:sin|libre de) (?:gastos de )?portes\b|\ba portes pagados\b/g,
    negatable: true,
    postNegatable: true,
    veto: SHIPPING_VETO,
  },
  {
    flag: 'closing_push',
    re: /\b(?:puede|pueda|podra) (?:realizar|hacer|formalizar|completar|finalizar|tramitar) (?:la|su) compra\b|\b(?:puede|pueda|podra) (?:finalizar|completar|tramitar) (?:el|su) pedido\b|\b(?:realice|finalice|complete|formalice) (?:la|su) compra\b|\b(?:anad|agreg|pong|met)al[oa]s? (?:a|al|en) (?:la cesta|el carrito|carrito|la cesta de la compra)\b/g,
  },
  {
    flag: 'discount_offer',
    re: /\b(?:se l[oa]s?|le|te|te l[oa]s?) (?:dejo|dejamos|pongo|ponemos) (?:[\w€$]+ ){0,3}mas barat[oa]s?\b|\ble (?:quito|resto|descuento) (?:un |el )?\d+|\b\d+(?:[.,]\d+)? ?(?:€|euros?|%|pesos|dolares) mas barat[oa]s?\b/g,
    negatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'farewell',
    re: /\bque (?:tenga|pase)s? (?:muy )?(?:buenas|buenos) (?:noches|dias|tardes)\b|\bchao\b|\bchau\b|\bhasta la vista\b|\bcualquier cosa (?:me|nos) (?:escribe|dice|avisa|comenta)\b|\bcualquier cosa,? aqui (?:estoy|estamos)\b|(?<=\b(?:chao|chau|adios|gracias|y|hasta luego),? )buen dia\b|\b(?:quedo|quedamos) (?:atent[oa]s?|a (?:su|tu) (?:disposicion|orden))\b|\bsaludos cordiales\b|\bsaludos(?=[ !.~]*$)|\bque (?:descanse|descanses|le vaya bien|te vaya bien|le vaya bonito|te vaya bonito)\b|\bcuidese\b|\bcuidate\b|\bfue un placer\b|\b(?:buen viaje|buenas vacaciones|felices fiestas|feliz navidad)(?= *[!.,]| *$)/g,
  },
  {
    flag: 'discount_offer',
    re: /\b\d ?x ?\d\b|\boferton\b|\ben (?:lugar|vez) de \d|\b(?:hacer(?:le)?|hago|dejo|aplico|aplicarle|aplicamos) (?:un|el) \d+ ?%/g,
    negatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    flag: 'closing_push',
    re: /\bsi (?:lo |la |los |las |me lo |me la )?(?:compras?|pides?|encargas?|confirmas?|cierras?|reservas?|ordenas?) (?:hoy|ahora|ya|antes de|esta (?:tarde|manana|noche))\b|\b(?:cierre|cierra|confirme|confirma) (?:el|su) pedido (?:hoy|ya|ahora)\b|\bsi (?:hace|haces|realiza|realizas|cierra|cierras|tramita|tramitas) (?:(?:hoy|ahora|ya) (?:mismo )?(?:el|su|tu) (?:pedido|compra)|(?:el|su|tu) (?:pedido|compra) (?:hoy|ahora|ya|antes de|esta (?:tarde|manana|noche)))\b|\b(?:se|te) l[oa]s? (?:preparo|envio|mando|reservo|aparto|dejo listo|dejo lista)\?|\bd[ae]le (?:click |clic )?(?:a|al) (?:comprar|boton(?: de (?:compra|comprar))?|carrito)\b|\b(?:confirme|confirma) (?:la|su|tu) compra\b|\bhag(?:alo|ala|anlo) (?:ya|hoy|ahora)\b|\bhazlo (?:ya|hoy|ahora)\b|\b(?:tramite|haga|realice|cierre) (?:la|su) compra (?:ya|hoy|ahora)\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:aun|todavia) no se ha (?:completado|realizado|hecho) (?:el )?pago\b|\bno se (?:ha )?(?:completo|completado|realizo|realizado|proceso|procesado|efectuo|efectuado|acredito|acreditado) (?:el|su|tu) pago\b|\b(?:el|su|tu) pago no se (?:ha )?(?:completo|completado|realizo|realizado|proceso|procesado|efectuo|efectuado|acredito|acreditado)\b|\bsi (?:me |nos )?(?:lo |la )?(?:pagas|abonas|completas el pago)\b|\bpedido (?:que )?(?:dejaste|dejo|dejas|deja) (?:pendiente|sin pagar)\b|\bhasta que (?:pague|realice el pago|complete el pago)\b/g,
    veto: PAYMENT_VETO,
  },
  {
    flag: 'order_check',
    re: /\b(?:repas|revis)\w* (?:su|el|tu) pedido\b(?<!\b(?:bien en|recomiendo|aconsejo|conviene|recuerde|olvide|debe|deberia|puede) (?:repas|revis)\w* (?:su|el|tu) pedido)(?! (?:nada mas|al|en cuanto|cuando|apenas) (?:recibir|llegue|lo reciba|la reciba|le llegue))(?!,? y (?:efectivamente |en efecto )?(?:faltaba|faltaban|falta|faltan|hubo|habia|vimos|hemos visto|he visto|es cierto|se nos)\b)|\b(?:reviso|repaso|confirmo|compruebo|verifico|revisamos|repasamos|comprobamos|verificamos|confirmamos) con (?:usted|vos|contigo)\b|¿(?:esta|es) todo (?:correcto|en orden)\?|\bveo que (?:marco|marcaste|eligio|elegiste|pidio|pediste|puso|pusiste|selecciono|seleccionaste)\b|\bme (?:confirma|confirmas|confirme|confirmes) (?:si|que|la|el|los|las|su|tu)\b|\bconfirm(?:eme|ame)\b|\bcompr[ou]eb\w* (?:su |la |el |los |tu )?(?:direccion|pedido|datos)\b|(?:^|[.!] *)¿?correcto\?|¿todo (?:bien|correcto|en orden)\?|\b(?:telefono|direccion|numero)\b[^.?!]{0,30}?\b(?:sigue siendo|termina en)\b|\ben (?:el|su|tu) pedido (?:me |le |nos |te )?(?:sale|salen|aparece|aparecen|figura|figuran|pone|consta|constan|veo|tengo|viene|vienen)\b|\bveo en (?:el|su|tu) pedido\b|\b(?:dejeme|dejame|voy a|permitame) (?:ver|revisar|mirar|abrir|consultar|comprobar|buscar) (?:su|tu|el) pedido\b/g,
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
    re: /\baprobacion (?:del|de la|de) \w+|\b(?:la|lo) tiene que aprobar\b|\bque (?:me|nos) (?:lo )?autorice\b|\btienen que (?:aprobar|autorizar|validar)\b|\bdeben (?:aprobar|autorizar|validar)\b|\btrasladar? (?:su|la|el|tu) (?:reclamacion|caso|solicitud|peticion|queja) (?:a|al)\b/g,
  },
  {
    flag: 'assurance',
    re: /\bcustodia\b|\b(?:lo )?retiene la plataforma\b|\bno nos llega hasta que\b/g,
    negatable: true,
  },
  {
    // Inviting the order now: "pídelo hoy", "hágame el pedido ahora", "¿se anima a llevársela?".
    flag: 'closing_push',
    re: /\b(?:puede|puedes|podes) (?:comprarl[oa]s?|pedirl[oa]s?|hacer (?:el|su|tu) pedido)\b|\bpid(?:elo|ela|alo|ala|elos|alos|anlo)\b|\b(?:haz|hagame|hazme) (?:tu|su|el) pedido\b|\bhaga su pedido (?:ahora|hoy|ya)\b|\b(?:se )?l[oa]s? (?:pide|encarga|compra|reserva) (?:hoy|ahora|ya)\b|\bl[oa]s? (?:deja|dejas|dejamos) (?:ya )?pedid[oa]s?\b|\bl[oa]s? paga (?:hoy|ahora|ya)\?|\b(?:puede|puedes|podes) (?:comprar|pedir|comprarl[oa]s?|pedirl[oa]s?|hacer (?:el|su|tu) pedido) (?:tranquil[oa]|con (?:toda )?(?:tranquilidad|confianza)|sin miedo)\b|\bcompr[ea] (?:tranquil[oa]|con (?:toda )?(?:tranquilidad|confianza)|sin miedo)\b|\b(?:ya )?(?:casi no|apenas) quedan?\b|\bse (?:esta|estan) agotando\b|\bno (?:lo |se lo |te lo )?(?:pensaria|piense|pienses) (?:mucho|mas|demasiado|dos veces)\b|\bno (?:se lo|te lo) (?:piense|pienses)\b|\bse anima a (?:llevar|pedir|comprar)\w*|\banimese\b|\banimate\b|\b(?:te animas|se anima|se animan)\b(?= ?[?,!]| y\b)|\baprovecha(?:lo|la)?(?= (?:y|ahora|hoy|ya|que|esta|este)\b| ?[,.!]| ?$)|\bllevatel[oa]s?\b|\bllevate\b(?! tambien)/g,
  },
  {
    flag: 'assurance',
    re: /\bcertificad[oa]s?\b|\b(?:envio|envios|paquete|paquetes|pedido|pedidos) (?:va |van |viaja |viajan |sale |salen |esta |estan |queda |quedan )?(?:con seguro|asegurad[oa]s?)\b|\b(?:tiene|dispone de|cuenta con) \d+ dias para (?:devolver|cambiar|descambiar)\w*|\bsu dinero (?:esta|queda) (?:protegido|seguro|retenido)\b|\b(?:la plataforma|le) devuelve (?:el importe|su dinero|el dinero)\b/g,
    negatable: true,
  },
  {
    // Reading the order back: "le leo la dirección:", "le repito los datos:", "¿es ese el modelo correcto?".
    flag: 'order_check',
    re: /\b(?:le |te )?(?:leo|repito|repaso|confirmo)\b(?: los datos| la direccion| el pedido)?:|\bes (?:ese|este) el (?:modelo|color|tamano|talle|pedido) correcto\b/g,
  },
  {
    flag: 'payment_reminder',
    re: /\b(?:solo )?(?:te|le) falta (?:pagarl[oa]|pagar|abonar\w*|completar el pago)\b|\b(?:quedan|tiene|tienes) \d+ (?:minutos|horas) para pagar\b|\b(?:en cuanto|apenas|tan pronto como) (?:(?:se )?(?:completes|complete|realice|realices|hagas|haga|efectue|efectues|acredite|refleje|confirme|reciba|recibamos) (?:el|su|tu) pago|pague|pagues|abone|abones)\b|\b(?:(?:aun|todavia) no (?:esta|estan|figura|figuran|aparece|aparecen|consta|constan|ha sido|han sido) (?:como )?|sigue sin (?:estar )?)(?:pagad[oa]s?|abonad[oa]s?)\b|\b(?:aun|todavia) no (?:nos )?(?:ha llegado|consta|aparece|figura|vemos|hemos recibido|se ve|se ha acreditado|se ha reflejado) (?:el|su|tu|ningun) pago\b|\b(?:pagal[oa]|paguel[oa]) (?:ya|hoy|ahora|cuanto antes)\b|(?:^|[.!¡] *|\bo )paga (?:ya|hoy|ahora|cuanto antes)\b|\bsi no (?:se )?(?:completa|realiza|efectua|recibe|hace) (?:el|su|tu) pago\b|\b(?:puede|puedes|pueda|puedas) (?:completar|realizar|hacer|finalizar|efectuar) (?:el|su|tu) pago\b|\b(?:puede|puedes) (?:pagar|completar|abonar|finalizar)(?:l[oa])? (?:tranquil[oa]|con (?:toda )?(?:tranquilidad|confianza)|sin miedo)\b|\b(?<!\b(?:como|cuando|donde|si) )(?:me )?(?:va|vas|van|piensa|piensas) a pagar(?:lo|la|me)?\b(?! con\b| en\b| por\b| contra\b)/g,
  },
  {
    flag: 'farewell',
    re: /\b(?:segui|sigue|siga|siganos|siguenos|seguinos) (?:en )?(?:la |nuestra )?tienda\b|\b(?:siguenos|seguinos)\b|\bque (?:pase|pases|tenga|tengas) (?:una )?buena (?:tarde|noche)\b|\b(?:buen|feliz) (?:fin de semana|finde|domingo|puente)\b|\b(?:buena|feliz) semana\b|\besperamos verl[ea] (?:pronto|de nuevo)\b/g,
  },
  {
    flag: 'free_shipping',
    re: /\b(?:le |te |les )?(?:regalo|regalamos) (?:el envio|los portes|los gastos de envio)\b/g,
    negatable: true,
  },
  {
    // A price the agent sets for the buyer ("podemos dejarle el sillón en 320 €", "te lo dejo por 40"),
    // or a code or voucher worth an amount ("un código del 15%", "un vale de 10 €").
    flag: 'discount_offer',
    re: /\b(?:codigo|vale) (?:del |de )?\d+ ?(?:%|€|euros?)|\b(?:dejar(?:le|te|selo|sela|telo|tela)|(?:le|te|se l[oa]s?|te l[oa]s?) (?:dejo|dejamos|pongo|ponemos)) (?:\w+ ){0,3}(?:en|por|a) \d+(?:[.,]\d+)?\b(?! ?(?:dias?|horas?|h|minutos|semanas?|meses|cm|mm|m|kg|g|ml|l|unidades|piezas|x)\b)/g,
    negatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    // A free extra put in: "te pongo gratis la bolsa de viruta", "le añado unas muestras", "como detalle…".
    flag: 'gift_offer',
    re: /\b(?:te|le|les|se lo|se la|te lo|te la) (?:pongo|ponemos|doy|damos|incluyo|incluimos|anado|anadimos|agrego|agregamos|meto|metemos)\b(?:(?!(?:envio|cambio|recogida|devolucion|reenvio|arreglo|reparacion)\b)[^.!?]){0,30}?\b(?:gratis|de regalo|sin coste|sin cargo|de obsequio)\b|\b(?:pongo|ponemos|doy|incluyo|meto|anado) gratis\b|\b(?:le|te|les) (?:anado|anadimos|incluyo|incluimos|meto|metemos|pongo|ponemos|mando|mandamos|regalo) (?:\w+ ){0,2}muestras?\b|\bcomo (?:pequeno )?detalle\b/g,
    negatable: true,
  },
  {
    flag: 'assurance',
    re: /\b(?:compra|pago|dinero|pedido)s? (?:esta|queda|estan|quedan|va|van) (?:\w+ )?protegid[oa]s?\b|\bprotegid[oa]s? por la plataforma\b|\bcompra protegida\b|\btienes? hasta (?:el )?\w+ para (?:cambiar|devolver|descambiar)\w*/g,
    negatable: true,
  },
  {
    // The order invited now in other words: "pida hoy", "¿hace el pedido ya?", "¿lo dejamos preparado?".
    flag: 'closing_push',
    re: /\b(?:pida|pide|pidan|encargue|encarga|reserve|ordene|ordena|llevese|compre)(?:l[oa]s?|mel[oa]s?)? (?:hoy|ahora|ya)\b|\b(?:hace|haces|hacemos|realiza|realizas|tramita|tramitamos|cerramos|cierra) (?:el|su|tu) pedido (?:ya|ahora|hoy)\b|\b(?:se |te )?l[oa]s? (?:dejamos|dejo) (?:ya )?(?:preparad|list|reservad|apartad|confirmad)[oa]s?\?|\b(?:se |te )?l[oa]s? (?:preparamos|reservamos|apartamos|tramitamos|pedimos)\?/g,
  },
  {
    // A bundle that comes out cheaper: "si te llevas el pack te sale más barato", "llevando dos le sale mejor de precio".
    flag: 'discount_offer',
    re: /\b(?:pack|set|kit|lote|combo|conjunto|juntos|juntas|dos|tres|cuatro)\b[^.!?]{0,40}?\b(?:le|te|les) sale(?:n|ria|rian)? (?:mucho |bastante )?(?:mas (?:barat|economic)[oa]s?|a mejor precio|mejor de precio)\b/g,
    negatable: true,
    veto: DISCOUNT_VETO,
  },
  {
    // Shipping at no cost in the subjunctive or infinitive: "que lo mandemos por urgente sin coste".
    flag: 'free_shipping',
    re: /\b(?:mandemos|enviemos|mande|envie|mandar(?:l[oa]s?|sel[oa]s?)?|enviar(?:l[oa]s?|sel[oa]s?)?)\b[^.!?]{0,25}?\bsin (?:coste|costo|cargo)\b|\b(?:enviar|mandar)(?:sel[oa]s?|tel[oa]s?|l[oa]s?|le|te|les)? (?:gratis|gratuitamente)\b(?<!\b(?:puede|puedes|pueden|podra) \w+ \w+)/g,
    negatable: true,
  },
  {
    // The variant read back as a tag question: "¿talla M en rojo, verdad?".
    flag: 'order_check',
    re: /¿(?:en |de )?(?:talla|color|modelo|numero|tamano|talle|medida|version|variante|referencia) [^.?!¿]{1,30}, ¿?(?:verdad|cierto|correcto|no)\?|\b(?:su|tu|el) pedido (?:es|son|era|seria|lleva|incluye|consta de)\b[^.?!¿]{1,50}, ¿(?:verdad|cierto|correcto|no)\?|\b(?:pidio|pediste|eligio|elegiste|encargo|encargaste|reservo|reservaste|marco|marcaste|escogio|escogiste) [^.?!¿]{1,40}, ¿(?:verdad|cierto|correcto|no)\?/g,
  },
];
