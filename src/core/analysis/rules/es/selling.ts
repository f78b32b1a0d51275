/**
 * es rules for selling moves: probe, choice_question, recommend, value, social_proof
 * (reply-flags.md "Selling moves"; seeds 002, 003 §6 and §8).
 *
 * Within a flag, rules keep the order in which they were written: the first families, then those
 * broadened after each blind round. The engine merges the rules of a flag in that order
 * (merge.ts), so the order decides which of two matches at one place gives the span.
 */
import type { PhraseRule } from '../types';

export const sellingRules: PhraseRule[] = [
  {
    flag: 'probe',
    re: /\b(?:para quien|(?:es|sera|seria|son) (?:para )?(?:un |una )?(?:nin[oa]s?|chic[oa]s?|hombre|mujer|caballero|senora|bebe)\b|(?<!seguro que )(?:es|seria|son) para (?:usted|ti|vos|regalar|su|tu|un|una|regalo|alguien)\b|que (?:talla|numero|color|tipo|estilo|edad|presupuesto|uso|medida)|(?:cuantos?|cuantas?) (?:meses|anos|personas|semanas)|cuanto (?:mide|pesa|quiere gastar)|(?:ha|habia) (?:usado|probado|comprado|llevado) (?:antes|ya|alguna)?|(?:usa|calza|lleva|suele usar) normalmente|para que lo (?:va|quiere|necesita)|que (?:le|te) (?:gusta|interesa)|busca algo|tiene (?:la )?piel|(?:su|tu) piel|(?<!seguro que (?:es|son|sea|era) para )(?:su|tu) (?:altura|peso|talla|presupuesto|bebe|hij[oa]|nin[oa]|marido|esposa|pareja|madre|padre|cama|casa|habitacion|pelo|cabello|perro|gato|mascota|coche|movil|familia|dedo|muneca|pie|pies|cintura|cuello|cabeza|pecho|contorno)|lo necesita para|(?:que|cual) (?:uso|ocasion)|tiene (?:algun|alguna) preferencia|(?:lo|la|los|las) (?:va|vas|van) a (?!(?:comprar|pedir|pagar|llevar|recibir|devolver|cambiar|reservar|encargar|querer|recoger|abonar)\b)\w+(?:ar|er|ir)\b|(?:lo|la|los|las) (?:usaria|usarias|usara|usaras|utilizaria|utilizarias|usa|usas)\b|(?:tuvo|tuviste|ha tenido|has tenido) (?:algun |alguna )?(?:problema|inconveniente|dificultad)(?:es|s)? (?:con|para|al)\b)/g,
    questionOnly: true,
  },
  {
    flag: 'choice_question',
    re: /\bcual (?:(?:le|te) (?:gusta|queda|va|convence)|prefiere|prefieres|quiere|quieres|elige|eliges|se (?:lleva|queda)|te (?:llevas|quedas))|(?<!\b(?:duda|dudas|pregunta|preguntas|consulta|algo|problema|cosa|mas)) [ou] (?!no\b|algo\b|alguna\b|alguno\b|cualquier\b|pregunta|duda|consulta|menos\b)|¿o (?:prefiere|quiere|le va mejor|mejor)\b/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    veto: /\ble (?:recomiendo|sugiero|aconsejo) (?:pagar|completar|realizar el pago|hacer el pago)/g,
    re: /\b(?:se l[oa]s? (?:recomiendo|recomendamos|aconsejo|sugiero)|le (?:recomiendo|recomendamos|sugiero|sugerimos|aconsejo|aconsejamos|propongo|proponemos)|(?:le|te) (?:puede|podria|podrian|pueden) (?:gustar|interesar|encantar)|(?:quizas?|tal vez|a lo mejor) (?:tambien )?le (?:guste|interese|encante|vaya bien|convenga)|(?:le|te) (?:conviene|convendria|convenga) (?:mas )?(?:pedir|coger|elegir|escoger|llevar|comprar|optar por)\b|(?:tambien )?(?:pruebe|considere) (?:la|el|nuestr|est)|llevese (?:tambien|el|la|los|las|este|esta)\b|combina (?:muy |perfectamente )?bien con|(?:le|te) (?:quedaria|iria|vendria) (?:muy |genial|perfect\w*|mejor)|(?:mi|nuestra) recomendacion|ideal para usted|de la misma (?:linea|coleccion|serie|gama)|le (?:anado|incluyo|agrego) (?:uno|una|otro|otra)(?=[?.!,]|$)|perfect[oa] para usted|(?:es |son )?muy parecid[oa]s?|(?:un|una) (?:modelo|opcion|alternativa|version) (?:similar|parecid[oa])|otra opcion)\b/g,
    negatable: true,
  },
  {
    flag: 'value',
    re: /\b(?:algodon|seda|lana|cachemir|cuero|porcelana|ceramica|piel autentica|lino|gasa|acero|aluminio|bambu|material|tejido|(?<!(?:departamento|control|equipo|area|seccion) de )calidad(?! de (?:servicio|atencion))|transpira\w*|suav(?:es?|isim[oa]s?)|comod(?:isim)?[oa]s?|durader[oa]s?|resistent(?:es?|isim[oa]s?)|liger(?:isim)?[oa]s?|impermeables?|abriga\w*|mantiene|amortigua\w*|hidrat\w*|nutritiv\w*|nutre|ingredientes?|(?<!(?:latas?|botes?|cajas?|sobres?|leche) de )formula(?! (?:que|infantil|etapa|en stock))|acido hialuronico|natural|organic[oa]|vale (?:\w+ )?la pena|merece (?:\w+ )?la pena|relacion calidad[- ]precio|merece la pena|facil(?:es)? de (?:limpiar|usar|lavar|encajar|montar|desmontar|instalar|manejar|transportar|guardar|plegar|abrir|cerrar|aplicar|colocar|quitar|combinar|agarrar|sujetar|mover|cuidar|planchar)|lleva \w+ina|contiene|sin bpa|libre de|aguanta|resiste|soporta|refuerza|proteccion|favorece|probiotic\w*|vitaminas?|proteinas?|favorecedor\w*|estiliza|sienta (?:muy )?bien|compatible|cancelacion de ruido|calidad de sonido|duran? \d+|enriquecid[oa]|protege|dura \d+|costuras?|doble costura|reforzad[oa]s?|dura (?:mucho|muchisimo|anos|bastante)|bateria|no (?:pica|irrita|destine|se deforma)|fresc[oa]|espacio de sobra|capacidad|antiadherente)\b/g,
    // Not value: a quality problem, natural marks, a material gift, the furniture "cómoda", or a
    // material that only names the item or a variant ("el juego de té de porcelana blanca", "¿en
    // lino o en algodón?") unless a quality word follows it.
    veto: /\b(?:problema|defecto|fallo)s? de calidad\b|\b(?:veta|vetas|marca|marcas|mancha|manchas|variacion|variaciones|irregularidad|irregularidades|imperfeccion|imperfecciones|inclusion|inclusiones|nudo|nudos) (?:\w+ )?natural(?:es)?\b|\b\w+ de (?:seda|algodon|lana|cuero|bambu|lino|acero) (?:de regalo|gratis|de obsequio|de cortesia)\b|\b(?:regalo|obsequio|regalamos|incluyo|meto|pongo)(?: de (?:regalo|obsequio))? (?:un|una|unos|unas) \w+ de (?:seda|algodon|lana|cuero|bambu|lino|acero|aluminio|madera)\b|\bno (?:es|son) compatibles?\b|\bpara que (?:el|la|los|las|su|sus) (?:\w+ ){0,2}(?:dure|duren|aguante|aguanten|no se)\b|\b(?:la|una|esta|esa|su|tu|las|unas|estas|esas|sus) comodas?\b(?! (?:y|e|para)\b)|\b(?:el|la|los|las|un|una|unos|unas|este|esta|ese|esa|estos|estas|esos|esas|su|sus|tu|tus) \w+(?: de (?:te|cafe|mesa|cocina|bano|noche|vestir))? de (?:porcelana|ceramica|cuero|algodon|lino|seda|lana|bambu)\b(?! (?:100|pur[oa]|organic|natural|egipci|peinad|premium|autentic|genuin|maciz|transpir|suav|resistent|de (?:alta|primera|calidad|morera))\w*)|\b(?:en|de) (?:algodon|lino|seda|lana|cuero|porcelana|ceramica|bambu) [ou] (?:en |de )?(?:algodon|lino|seda|lana|cuero|porcelana|ceramica|bambu)\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:mas vendid[oa]s?|superventas|exito de ventas|muy popular(?:es)?|(?:modelo|producto|articulo) (?:favorit[oa]|estrella)|favorit[oa] de (?:nuestr[oa]s|los|las) (?:clientes|clientas)|(?:muchos|muchas|miles de|cientos de|la mayoria de|tantos|tantas) (?:clientes|clientas|compradores|compradoras|personas|mamas|usuarios|usuarias)|(?:clientes|clientas) (?:repiten|vuelven|lo recomiendan|estan encantad)|repiten compra|(?:que )?mas (?:repiten|repite|compran|regalan|eligen|escogen|llevan|recomiendan|encargan|se venden?|piden|pide|venden|vendemos|(?:nos |se )(?:piden|pide|lleva|llevan|sale|salen|regala|regalan|compra|compran|(?:esta|estan) (?:llevando|vendiendo|pidiendo))|salen?)|con mas ventas|les encanta|(?:buenas|excelentes|muy buenas|cientos de|miles de|\d+) (?:resenas|opiniones|valoraciones)|resenas de (?:cinco|5) estrellas|hemos vendido|llevamos (?:\w+ )?anos vendiend\w*|nadie se ha quejado|vendimos (?:mas de |miles|cientos|\d)|se vendieron (?:mas de |miles|cientos|\d)|se (?:esta )?vend(?:e|iendo) (?:muy bien|muchisimo|mucho)|se agota)\b/g,
    negatable: true,
  },
  {
    // probe = a question about the buyer's need or situation (which product, who for, what use).
    // A generic offer of help (有什么可以帮您 / how can I help / ¿en qué le puedo ayudar?) is the
    // reception opener of 003 §6, not a probe: it names no need (consistent with the dev corpus).
    flag: 'probe',
    re: /\b(?:que|cual) (?:esta|estas|anda|andas) buscando\b|\bque (?:necesita|necesitas|busca|buscas)\b|\bque (?:le|te) hace falta\b|\b(?:que|cual) (?:modelo|producto|articulo) le interesa\b|\ben que (?:producto|modelo|articulo) esta interesad[oa]\b/g,
    questionOnly: true,
  },
  {
    flag: 'social_proof',
    re: /\b(?:mas de )?(?:\d[\d.]*|mil|cien|cientos|miles)(?: de)? (?:unidades |pedidos )?vendid[oa]s\b|\b(?:ya )?(?:hemos|han|se han) vendido\b|\bmas (?:pedid|solicitad|buscad)[oa]s\b|\b(?:lo|la|los|las) (?:han|habian) comprado (?:ya )?(?:mas de |miles|cientos|\d|much)/g,
    negatable: true,
  },
  {
    flag: 'probe',
    re: /\b(?:lo|la|los|las) (?:quiere|necesita|busca|va a usar) para\b/g,
    questionOnly: true,
  },
  {
    flag: 'recommend',
    re: /\b(?:yo )?me quedaria con\b|\byo (?:elegiria|escogeria|cogeria|optaria por|iria (?:a|por)|compraria)\b|\blo ideal (?:es|seria|para)\b|\b(?:le|te) (?:va|queda|sienta|van|quedan) (?:perfect\w*|genial|ideal|de maravilla|de lujo)\b|\b(?:le|te) va a (?:quedar|ir|sentar) (?:mejor|genial|perfect\w*|ideal|de maravilla)\b/g,
  },
  {
    flag: 'value',
    re: /\b(?:ayuda|ayudan) a (?:su|mantener|proteger|prevenir|reducir|cuidar|que)\b|\bpractic[oa]s?\b|\bpesa solo\b|\bplieg\w+ con una mano\b|\bsin (?:resecar|irritar|picar|apelmazar|encoger|destenir|grasa)(?:l[aeo]s?)?\b|\bautonomia\b|\bhoras de bateria\b|\bfresquit[oa]s?\b|\bno transparenta\b|\bcierra el poro\b|\bunifica\b|\b(?:con|de) (?:dha|vitamina|hierro|calcio|colageno|niacinamida|retinol)\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:lo mas alto|el top|cabeza|lideres?) (?:de|en) (?:las )?ventas\b|\brepiten (?:mucho|compra|siempre|un monton)\b|\b(?:muchos|muchas|tantos|tantas) (?:papas|padres|madres|mamis|chicas|novias|abuelas|familias|clientes|clientas) (?:nos )?(?:lo |la |los |las )?(?:compran|piden|eligen|llevan|repiten|recomiendan)\b|\b(?:mas de )?\d+ (?:clientes|clientas|personas|compradores|compradoras|mamas|familias) (?:lo |la |los |las )?(?:compraron|han comprado|compran|eligieron|han elegido)\b|\b(?:resenas|valoraciones|opiniones) (?:estan en|de) \d|\b\d(?:[.,]\d)? de media\b|\bde (?:los|las) que mas se venden\b/g,
  },
  {
    flag: 'probe',
    re: /\bque (?:modelo|marca) de \w+ (?:tiene|usa)\b|\b(?:lo|la) toma (?:solo|sola|con|sin)\b/g,
    questionOnly: true,
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
    // Conditional advice and add-on offers: "le aconsejaría un número más", "yo te diría la S",
    // "¿te la agrego?", "este tren es ideal", "llévate también la funda".
    flag: 'recommend',
    re: /\b(?:le|te|les) (?:recomendaria|aconsejaria|sugeriria)\b|\b(?:le|te) (?:va|van|queda|quedan|conviene|convienen) mejor (?:el|la|los|las|un|una|este|esta|ese|esa)\b|\b(?:le|te) diria (?:que (?:coja|cojas|elija|elijas|pida|pidas|lleve|lleves|vaya|vayas)|(?:la|el|los|las|una|un) )|\b(?:te|le|se) l[oa]s? (?:agrego|anado|sumo|incluyo)(?: tambien| al (?:pedido|carrito|paquete))?\?|\b(?:este|esta|estos|estas|ese|esa|esos|esas) (?:\w+ ){1,3}(?:es|son|seria|serian) (?:ideal|ideales|perfect[oa]s?)\b(?! para\b)|\bllevate tambien\b|\b(?:mejor|yo que usted|yo que tu|yo en su lugar|yo en tu lugar),? (?:pida|pide|pidase|pidete|coja|coge|elija|elige|escoja|escoge|lleve|lleva|llevese|llevate|compre|compra|opte por|opta por|pruebe|prueba) (?:el|la|los|las|un|una|unos|unas|este|esta|ese|esa|otr[oa]s?)\b|\byo que (?:usted|tu) (?:pediria|cogeria|elegiria|escogeria|llevaria|compraria|optaria por|iria (?:a|por)) (?:el|la|los|las|un|una|este|esta|ese|esa|otr[oa])\b|\b(?:si (?:lo )?(?:prefiere|prefieres),? )?tambien (?:tenemos|tengo|hay) (?:el|la|los|las|un|una|unos|unas) (?:modelo|version|variante|opcion|formato|tamano|pack|kit|set)\b|\bsi (?:lo )?(?:prefiere|prefieres),? (?:tenemos|tengo|hay) (?:el|la|un|una|otr[oa])\b/g,
    negatable: true,
  },
  {
    // Sensory and build benefits: "se seca rapidísimo", "huele a coco", "no deja la piel grasa",
    // "sin cereales", "pintura al agua", "hecho a mano", "el que mejor le sienta".
    flag: 'value',
    re: /\bse secan? (?:muy )?(?:rapid\w*|enseguida|en nada)|\bsecan? en (?:minutos|nada|poco tiempo|un momento)\b|\bno (?:pasara|pasaras|pasa|pasas|tendra|tendras) (?:nada de )?(?:frio|calor)\b|\bno (?:le |te |les )?(?:despertara|despierta|molestara|molesta) (?:por la noche|nada|al dormir)\b|\bse ajustan? (?:al|a la|a su|a tu) (?:cuerpo|figura|pie|mano|cabeza|cuello|espalda|forma|cintura)\b|\bsin (?:apretar|cansarse|esfuerzo|hacer ruido)\b|\bsilencios[oa]s?\b|\bplegables?\b|\bcabe en (?:cualquier|un|el|la|su|tu) (?:cajon|bolso|bolsillo|maleta|mochila|armario|rincon)\b|\bfiltro hepa\b|\bcarga en \d+|\bdura todo el dia\b|\belastic[oa]s?\b|\bhermetic[oa]s?\b|\bforro polar\b|\b(?:pesa (?:muy )?poco|apenas pesa)\b|\banti(?:enredo|mancha|bacterian|olor|vaho|goteo|polvo|golpe|arruga|estatic|alergic|transpirante|rayad|aranazo|vuelco|fuga|derrame|humedad|moho|caida|pilling|ronquido|reflej|huella)\w*|\banti(?:cal|uv)\b|\bsumergibles?\b|\bzafiro\b|\bmovimiento automatico\b|\bse adapta(?:n)? (?:muy bien|bien|perfectamente|facilmente|sin problema|a cualquier|a todo)|\b(?:ideal|ideales|perfect[oa]s?) para (?:empezar|iniciarse|principiantes|novatos|aprender|quien empieza)\b|\bgracias a (?:su|sus|la|el|los|las|este|esta|ese|esa|un|una) (?!(?:paciencia|comprension|ayuda|colaboracion|confianza|compra|pedido|aviso|mensaje|fotos?|agencia|mensajeri\w*|transportista|repartidor|companer\w*|equipo|clientes?|usted|ti|vos|atencion)\b)\w+|\bsecado rapido\b|\bhuele (?:a|muy bien|de maravilla|genial)\b|\baroma\b|\bno deja (?:\w+ ){0,2}(?:grasa|grasos[oa]|pegajos[oa]|residuos?|marcas|rastro|cercos)\b|\bsin (?:cereales|gluten|amargor|conservantes|colorantes|aditivos|parabenos|sulfatos|azucares? anadidos?|grumos|cafeina)\b|\bpintura al agua\b|\bno toxic\w*|\bpiezas grandes\b|\bsin piezas pequenas\b|\b(?:hech|pintad|cosid|tallad)[oa]s? a mano\b|\bartesanal\w*|\bergonomic\w*|\bregulable\b|\bantideslizante\b|\bviscoelastic\w*(?<!\b(?:el|la|los|las|un|una|unos|unas) (?:dos |tres |\d+ )?\w+ viscoelastic\w*)|\bcunde\b|\b(?:mejor|tan bien) (?:le |les |te )?sienta\b|\b(?:ideal|ideales|perfect[oa]s?) para (?:el |la |los |las )?(?:verano|invierno|gimnasio|gym|deporte|playa|piscina|viajes?|viajar|oficina|dia a dia|uso diario|correr|entrenar|senderismo|montana|nieve|lluvia)\b/g,
  },
  {
    flag: 'social_proof',
    re: /\b(?:resenas|opiniones|valoraciones|comentarios|calificaciones) (?:son )?(?:muy )?(?:buenisimas|buenas|excelentes|geniales|estupendas|positivas|increibles|de (?:cinco|5) estrellas)\b/g,
    negatable: true,
  },
  {
    // Build, material and spec benefits: "roble macizo", "oro de 18 k", "plata 925", "hipoalergénico",
    // "controla el brillo", "no reseca", "nada amargo", "de hasta 2 cm", "le sirve hasta los 4 años",
    // "se convierte en cama", "le dura toda la vida".
    flag: 'value',
    re: /\boro (?:de )?\d+ ?(?:k|quilates)\b|\bquilates\b|\bplata (?:de ley|925|esterlina)\b|\bmaciz[oa]s?\b|\btitanio\b|\bhipoalergenic\w*|\baromatic\w*|\bcosecha de (?:primavera|temporada|este ano|\d+)\b|\bnada (?:amarg|pesad|grasos|pegajos|ruidos|incomod|asper)\w*|\bno (?:condensa|gotea|se empana|se enreda|se enredan|se enrolla|se atasca|se resbala|resbala|se vuelca|vuelca|se mueve|reseca|mancha|engrasa|se oscurece|se arruga|arruga|se decolora|se encoge|encoge|pierde (?:el )?color|se deshilacha|se oxida|se pela|se apelmaza|hace bolitas|suelta pelo)\b|\b(?:controla|regula|reduce|elimina|absorbe|evita|previene|calma|alivia|repele) (?:el |la |los |las )?(?:brillos?|grasa|sudor|olor(?:es)?|humedad|rojeces|manchas|arrugas|frizz|encrespamiento|caspa|picor|irritacion|ruido|vibraciones|bolitas|estatica|colicos|gases|reflujo|acne|granitos|imperfecciones|temperatura|golpes|aranazos|rayones)\b|\bde hasta \d+(?:[.,]\d+)? ?(?:cm|mm|m|metros|kg|g|horas|h|litros|l|ml|grados|w|mah|gb|tb|pulgadas|anos|meses|personas|plazas)\b|\b(?:sirve|sirven|dura|duran|aguanta|aguantan|soporta|soportan|resiste|resisten|sube|suben|alcanza|alcanzan) (?:\w+ ){0,2}hasta (?:los |las |el |la |un |una )?\d+|\bconvertible\b|\bse convierte en (?:una? )?(?:cama|sofa|mesa|silla|escritorio|mochila|bolso|trona|andador|patinete|cuna|hamaca|taburete|banco)\b|\bcrece con (?:el|la|su|tu) (?:bebe|nin[oa]|hij[oa]|peque)\b|\b(?:le |te |les )?dura(?:n|ra|ran)? (?:toda la vida|para siempre|una eternidad)\b/g,
  },
  {
    // Other buyers' usual pick: "es la que suelen pedir los chicos de tu altura", "la gente suele elegir…".
    flag: 'social_proof',
    re: /\bmas populares?\b|\b(?:nuestr[oa]s |los |las )?(?:clientes|clientas|compradores|compradoras) (?:nos )?(?:dicen|comentan|cuentan|escriben|opinan|destacan|valoran|lo valoran|la valoran)\b|\besta arrasando\b|\bun exito (?:total|rotundo|de ventas)\b|\bse (?:nos )?agotan? (?:cada|enseguida|rapid\w*|en (?:pocos|unas|unos|dos|tres))\b|\bsegun (?:las|sus) (?:resenas|opiniones|valoraciones)\b|\bl[oa]s? (?:recomiendan|ponen por las nubes|valoran muy bien) (?:mucho )?en (?:las|sus) (?:resenas|opiniones|valoraciones)\b|\b(?:suelen|suele) (?:pedir|llevar|llevarse|comprar|elegir|escoger|coger|usar) (?:los|las|la mayoria|casi todos|casi todas|muchos|muchas|nuestr[oa]s (?:clientes|clientas))\b|\b(?:la gente|la mayoria|casi todo el mundo|todo el mundo) (?:suele )?(?:lo |la |los |las )?(?:pide|elige|coge|lleva|compra|escoge|pedir|elegir|coger|llevar|comprar|escoger)\b/g,
  },
  {
    // The pick that suits the buyer, stated as fact or as a size rule: "la M es la que le va", "si
    // usas 27 pide el 27", "pida su talla de siempre", "si te llevas el pack te sale mejor".
    flag: 'recommend',
    re: /\b(?:es|son|seria|serian) (?:el|la|los|las) que (?:mejor )?(?:le|te|les) (?:va|van|queda|quedan|sienta|sientan|conviene|convienen|iria|irian|quedaria|quedarian)\b|\bsi (?:usa|usas|calza|calzas|lleva|llevas|suele usar|sueles usar|tiene|tienes) (?:(?:la |el )?(?:talla|numero|talle) )?\w+,? (?:pida|pide|coja|coge|elija|elige|escoja|escoge|compre|compra|lleve|lleva) (?:el|la|un|una|su|tu)\b|\b(?:pida|pide|coja|coge|elija|elige|escoja|escoge) (?:su|tu) (?:talla|numero|talle) (?:de siempre|habitual|normal)\b|\bsi (?:te |se )?(?:llevas|lleva|coges|coge) (?:el|un) (?:pack|set|kit|lote|combo)\b/g,
    negatable: true,
  },
  {
    // What the product leaves behind: "deja la piel limpia", "deja el pelo suave".
    flag: 'value',
    re: /\bdeja (?:la piel|el pelo|el cabello|la ropa|las manos|la cara|el suelo|la superficie) (?:\w+ )?(?:limpi|suave|hidratad|luminos|brillant|sedos|fresc|perfumad|tersa|lis)\w*/g,
  },
  {
    // Other buyers coming back for it: "la mayoría de las que la prueban vuelven a pedirla".
    flag: 'social_proof',
    re: /\b(?:la mayoria|casi todos|casi todas|muchos|muchas|todos|todas) (?:de )?(?:los|las) que (?:l[oa]s? )?(?:prueban|compran|piden|usan|han probado|han comprado|probaron|compraron)\b|\bvuelven a (?:pedirl|comprarl|encargarl)\w*|\b(?:clientes|clientas|compradores|compradoras|la gente) vuelven a (?:pedir|comprar|encargar)\b/g,
    negatable: true,
  },
  {
    // Probing when, for what and what the buyer knows: "¿para qué perro es?", "¿para cuándo espera
    // al bebé?", "¿sabe ya la talla de su dedo?"; and by structure, a question word opening a
    // question about the buyer's own use or situation ("¿con qué compañía va a volar?", "¿cuántas
    // unidades necesita?") or a yes/no question on the buyer's habits ("¿duerme con calefacción?",
    // "¿tiene mascotas?", "¿es para camping?"), minus order details, offers of help and payment.
    flag: 'probe',
    re: /\bpara que (?:(?!(?:como|cual|lo|que|donde|cuando|vea|veas|vean|sepa|sepas|sepan|compruebe|compruebes|tenga|tengas|se)\b)\w+ ){0,2}(?:es|son|seria|serian)\b|\bpara cuando (?:lo |la |los |las )?(?:necesita|necesitas|espera|esperas|esperan|quiere|quieres|es|seria|sale de cuentas|nace)\b|\bcuando (?:nace|sale de cuentas|es (?:el|la) (?:cumple|cumpleanos|boda|evento|viaje|parto|fiesta|comunion|bautizo))\b|\bsabes? (?:ya |usted )?(?:la|su|tu|sus|tus|que|cual|el) (?:talla|medida|medidas|numero|contorno)\b|(?:¿(?:y |(?:con|para|en|de|a|por|desde) )?|\by |, |\b(?:dime|digame|cuentame|cuenteme|comentame|comenteme|me (?:dice|dices|comenta|comentas|cuenta|cuentas|indica|indicas)|sabe|sabes) )(?:que|cual|cuales|cuanto|cuanta|cuantos|cuantas|como|cuando|donde) (?!(?:\w+ ){0,3}?(?:pedido|direccion|telefono|codigo|seguimiento|factura|tarjeta|cuenta)\b)(?:\w+ ){0,3}?(?:usa|usas|usaria|usarias|practica|practicas|calza|calzas|mide|mides|pesa|pesas|tiene|tienes|necesita|necesitas|busca|buscas|suele|sueles|maneja|manejas|vive|vives|trabaja|trabajas|duerme|duermes|viaja|viajas|cocina|cocinas|corre|corres|toma|tomas|entrena|entrenas|conduce|conduces|juega|juegas|(?:sale|sales) a|(?:pasa|pasas) (?:sentad[oa]|de pie|fuera|frio|calor|mucho|muchas|el dia)|frecuencia|(?:va|vas|piensa|piensas) a (?!(?:pagar|comprar|pedir|hacer el pedido|recibir|devolver)\b)\w+(?:ar|er|ir))\b|¿(?:y )?(?:usted |tu )?(?:suele|sueles|vive|vives|duerme|duermes|trabaja|trabajas|viaja|viajas|practica|practicas|cocina|cocinas|corre|corres|usa|usas)\b|¿(?:y )?(?:usted |tu )?(?:tiene|tienes) (?!(?:alguna|algun|otra|otro|mas|el|la|los|las|su|tu|fotos?|captura|numero|codigo|factura|ticket|justificante|dudas?|preguntas?|cuenta|prisa|tiempo|un momento)\b)|¿(?:y )?(?:es|son|seria|serian) para (?!(?:hoy|manana|ya|cuando|ahora)\b)\w+/g,
    questionOnly: true,
  },
  {
    // Asking for the buyer's details outside a question: "si me dices raza y peso te digo la talla",
    // "dígame su altura y le recomiendo".
    flag: 'probe',
    re: /\bsi (?:me|nos) (?:dice|dices|indica|indicas|pasa|pasas|cuenta|cuentas|comenta|comentas|da|das|deja|dejas) (?:su |tu |la |el |sus |tus |las )?(?:talla|altura|peso|edad|medidas|raza|tipo de piel|presupuesto|cuanto mide|cuanto pesa|que talla|que numero)\b|\b(?:digame|dime|indiqueme|indicame|cuenteme|cuentame|comenteme|comentame|paseme|pasame) (?:su |tu |la |el |sus |tus |las )?(?:talla|altura|peso|edad|medidas|raza|tipo de piel|presupuesto|cuanto mide|cuanto pesa|que talla|que numero)\b/g,
  },
  {
    // Nutrients, assembly and care, build and finish: "lleva hierro añadido", "se monta en veinte
    // minutos sin herramientas", "la funda se puede lavar en la lavadora", "el cartón grueso",
    // "encajan muy bien", "perlas cultivadas con un brillo muy bonito", "vidrio templado".
    flag: 'value',
    re: /\b(?:lleva|llevan|aporta|aportan|ric[oa]s? en|fuente de|enriquecid[oa]s? con) (?:dha|ara|hierro|calcio|omega ?3|fibra|vitaminas?|proteinas?|probioticos|prebioticos|colageno|zinc|magnesio|antioxidantes|nucleotidos)\b|\b(?:hierro|calcio|dha|vitaminas?|fibra|omega ?3) anadid[oa]s?\b|\bse (?:monta|montan|instala|instalan|arma|arman|pliega|pliegan) en (?:\w+ )?(?:minutos|segundos|un momento|nada)\b|\bsin (?:herramientas|tornillos)\b|\b(?:se (?:puede|pueden) )?lava(?:r|n)? en (?:la )?lavadora\b|\blavables?\b|\bdesenfundable\w*|\b(?:funda|fundas|tapiceria) (?:extraible|lavable)s?\b|\bno (?:tiene|lleva|tienen|llevan) piezas (?:pequenas|sueltas|que se (?:puedan|pueden) (?:tragar|soltar))\b|\b(?:carton|tela|tejido|cristal|vidrio|madera|plastico|suela|papel|metal|estructura) (?:muy |mas |extra |super )?(?:grues|robust|solid|rigid|reforzad)\w*|\b(?:encaja|encajan|ajusta|ajustan|acopla|acoplan) (?:muy bien|perfectamente|a la perfeccion|de maravilla)\b|\bperlas? (?:cultivad|natural|autentic|de agua dulce)\w*|\b(?:brillo|acabado|tacto|caida) (?:muy |super |tan )?(?:bonit|precios|elegant|suave|agradable|espectacular|increible|sedos|impecable)\w*|\bvienen? en (?:su )?estuche\b|\b(?:cristal|vidrio) (?:templado|reforzado|de borosilicato)\b|\bborosilicato\b|\bno se (?:raya|rayan)\b|\bantiaranazos\b|\ba prueba de (?:agua|golpes|aranazos|rayones|salpicaduras|polvo|caidas)\b/g,
  },
];
