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

export const dealRules: PhraseRule[] = [
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
    flag: 'discount_offer',
    re: /\b(?:se lo|se la|le|te) (?:dejo|pongo) (?:\w+ ){0,3}mas barat[oa]s?\b|\ble (?:quito|resto|descuento) (?:un |el )?\d+/g,
    negatable: true,
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
  {
    // Inviting the order now: "pídelo hoy", "hágame el pedido ahora", "¿se anima a llevársela?".
    flag: 'closing_push',
    re: /\b(?:puede|puedes|podes) (?:comprarl[oa]s?|pedirl[oa]s?|hacer (?:el|su|tu) pedido)\b|\bpid(?:elo|ela|alo|ala|elos|alos|anlo)\b|\b(?:haz|hagame|hazme) (?:tu|su|el) pedido\b|\bhaga su pedido (?:ahora|hoy|ya)\b|\bl[oa] pide (?:hoy|ahora|ya)\b|\bse anima a (?:llevar|pedir|comprar)\w*|\banimese\b|\banimate\b/g,
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
    flag: 'free_shipping',
    re: /\b(?:le |te )?(?:regalo|regalamos) el envio\b/g,
    negatable: true,
  },
];
