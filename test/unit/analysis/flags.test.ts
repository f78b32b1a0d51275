/**
 * One reply flag at a time, in every locale: phrasings that must raise the flag and hard
 * negatives (negation, refusal, near-misses) that must not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/core/analysis/index';
import type { Flag } from '../../../src/core/analysis/flags';
import type { Locale } from '../../../src/core/locale';

type Case = [text: string, flag: Flag, expected: boolean];

const CASES: Record<Locale, Case[]> = {
  'zh-CN': [
    ['您好呀,这边是小店客服', 'greeting', true],
    ['晚上好亲,有什么需要帮忙的吗', 'greeting', true],
    ['欢迎下次再来', 'greeting', false],
    ['您好像拍了两件', 'greeting', false],
    ['感谢亲的信任', 'thanks', true],
    ['不用谢哦', 'thanks', false],
    ['真不好意思,让您久等了', 'apology', true],
    ['不用道歉的', 'apology', false],
    ['非常理解您的心情', 'empathy', true],
    ['我不太理解您的意思', 'empathy', false],
    ['咱们家这款很受欢迎', 'we_language', true],
    ['我帮您查一下', 'we_language', false],
    ['好的呢[调皮]', 'emoji', true],
    ['马上安排😄', 'emoji', true],
    ['第[2]步填写地址', 'emoji', false],
    ['亲真有眼光', 'compliment', true],
    ['您考虑得真周到', 'compliment', true],
    ['这款颜色真好看', 'compliment', false],
    ['没有。', 'curt', true],
    ['嗯嗯', 'curt', true],
    ['有的亲,现货秒发', 'curt', false],
    ['爱要不要', 'rude', true],
    ['你到底买不买', 'rude', true],
    ['详情页有尺码表,您可以参考一下', 'rude', false],
    ['您弄错了,我们没有这个颜色', 'argue', true],
    ['您说得对', 'argue', false],
    ['是您自己选错了尺码', 'blame', true],
    ['不是您的错,是快递的问题', 'blame', false],
    ['在的!!', 'excess_punctuation', true],
    ['真的吗？！', 'excess_punctuation', true],
    ['好的!', 'excess_punctuation', false],
    ['这个是新款啊。', 'harsh_particle', true],
    ['明天给您发吧!', 'harsh_particle', true],
    ['这个是新款哦~', 'harsh_particle', false],
    ['是啊,挺好看的', 'harsh_particle', false],
    ['保证后天一定送到', 'absolute_promise', true],
    ['绝对不会掉色', 'absolute_promise', true],
    ['我们不能保证具体哪天到', 'absolute_promise', false],
    ['正品保证,假一赔三', 'absolute_promise', false],
    ['大概是M码的尺寸', 'hedge', true],
    ['应该是进口面料', 'hedge', true],
    ['我们会尽可能安排', 'hedge', false],
    ['请问宝宝多大了?', 'probe', true],
    ['您平常穿多大码?', 'probe', true],
    ['请问还有别的问题吗?', 'probe', false],
    ['您喜欢白色还是黑色?', 'choice_question', true],
    ['我还是建议您拍大一码', 'choice_question', false],
    ['建议您选L码', 'recommend', true],
    ['这款搭配同色系的帽子也很好看,可以看看', 'recommend', true],
    ['不推荐您选这个码', 'recommend', false],
    ['纯棉材质,吸汗透气', 'value', true],
    ['如有质量问题包退换', 'value', false],
    ['这款是店里的热销款', 'social_proof', true],
    ['好多宝妈都回购了', 'social_proof', true],
    ['满意的话麻烦给个好评', 'social_proof', false],
    ['给您打个九五折', 'discount_offer', true],
    ['领一张10元优惠券再下单更划算', 'discount_offer', true],
    ['这个价格真的没法再便宜了', 'discount_offer', false],
    ['已经是最低价了,优惠不了', 'discount_offer', false],
    ['再送您一个收纳袋', 'gift_offer', true],
    ['这款没有赠品', 'gift_offer', false],
    ['是送给家人的吗?', 'gift_offer', false],
    ['这单给您包邮', 'free_shipping', true],
    ['这个地区不包邮哦', 'free_shipping', false],
    ['支持七天无理由退货', 'assurance', true],
    ['定制款不支持退换', 'assurance', false],
    ['喜欢就直接拍下吧', 'closing_push', true],
    ['拍个照片给我看看', 'closing_push', false],
    ['亲,订单还没付款哦,记得支付', 'payment_reminder', true],
    ['支持支付宝担保交易', 'payment_reminder', false],
    ['我跟您核对一下收货信息', 'order_check', true],
    ['确认收货后记得评价', 'order_check', false],
    ['祝您购物愉快', 'farewell', true],
    ['欢迎光临', 'farewell', false],
    ['这个我要请示一下领导', 'escalate', true],
    ['您可以在订单里申请退款', 'escalate', false],
  ],
  en: [
    ['Hey, welcome in!', 'greeting', true],
    ["You're welcome!", 'greeting', false],
    ['Thanks a lot for waiting', 'thanks', true],
    ['Thanks to the zip, it closes tight', 'thanks', false],
    ['Apologies for the late reply', 'apology', true],
    ["There's nothing to apologize for, no need to apologize", 'apology', false],
    ['I completely understand your frustration', 'empathy', true],
    ["I don't understand what you mean", 'empathy', false],
    ["We've restocked the blue one", 'we_language', true],
    ['I will check it', 'we_language', false],
    ['On its way 🚀', 'emoji', true],
    ['Done ;)', 'emoji', true],
    ['Open from 9:30 to 18:00', 'emoji', false],
    ['Smart choice, that fabric lasts', 'compliment', true],
    ['We have a good selection of sizes', 'compliment', false],
    ['No.', 'curt', true],
    ['Yep', 'curt', true],
    ['Yes, we still have size M in stock for you', 'curt', false],
    ["I've told you this twice already.", 'rude', true],
    ['Figure it out yourself.', 'rude', true],
    ["I've sent you the size chart, happy to help you choose", 'rude', false],
    ["That's false, it's real silk.", 'argue', true],
    ["You're not wrong, it runs small", 'argue', false],
    ['You should have checked the measurements.', 'blame', true],
    ["It's not your fault, the courier lost it.", 'blame', false],
    ['It arrives tomorrow!!!', 'excess_punctuation', true],
    ['It arrives tomorrow!', 'excess_punctuation', false],
    ['I promise it will arrive by Monday.', 'absolute_promise', true],
    ["I can't promise a delivery date, but it usually takes 3 days.", 'absolute_promise', false],
    ['Every item is genuine, guaranteed.', 'absolute_promise', false],
    ['It might be a bit loose, I guess.', 'hedge', true],
    ["I'm sure it fits a size 38 foot.", 'hedge', false],
    ['How tall are you?', 'probe', true],
    ['Anything else I can do for you?', 'probe', false],
    ['Do you want the 256 GB or the 512 GB?', 'choice_question', true],
    ['Any questions or concerns?', 'choice_question', false],
    ['I would recommend the larger bottle.', 'recommend', true],
    ["I wouldn't recommend it for kids.", 'recommend', false],
    ["It's made of merino wool, so it keeps you warm.", 'value', true],
    ['Sorry about the quality issue.', 'value', false],
    ["It's one of our best sellers.", 'social_proof', true],
    ['Feel free to leave a review.', 'social_proof', false],
    ["I'll give you 15% off.", 'discount_offer', true],
    ["I'm sorry, I can't give you a discount.", 'discount_offer', false],
    ['I can add a free tote bag.', 'gift_offer', true],
    ['There are no gifts with this promotion.', 'gift_offer', false],
    ['Is it a gift for someone?', 'gift_offer', false],
    ['I can ship it for free.', 'free_shipping', true],
    ["Free shipping doesn't apply to this item.", 'free_shipping', false],
    ['You can return it within 30 days.', 'assurance', true],
    ["Custom orders can't be returned.", 'assurance', false],
    ['Go ahead and place your order.', 'closing_push', true],
    ['I see you already placed your order.', 'closing_push', false],
    ["Your order hasn't been paid yet, please complete the payment.", 'payment_reminder', true],
    ['Payment is held in escrow by the platform.', 'payment_reminder', false],
    ['Could you confirm your phone number and address?', 'order_check', true],
    ['Please confirm receipt when it arrives.', 'order_check', false],
    ['Have a great weekend!', 'farewell', true],
    ['Have a look at the size chart.', 'farewell', false],
    ['I need to ask my manager first.', 'escalate', true],
    ['You can manage your orders in the app.', 'escalate', false],
  ],
  es: [
    ['¡Buenas noches! Le atiendo enseguida', 'greeting', true],
    ['Que tenga un buen día', 'greeting', false],
    ['Gracias por escribirnos', 'thanks', true],
    ['Gracias a su forro, abriga mucho', 'thanks', false],
    ['Disculpe las molestias', 'apology', true],
    ['No hace falta disculparse', 'apology', false],
    ['Comprendo su enfado, tiene razón en estar molesto', 'empathy', true],
    ['No entiendo su pregunta', 'empathy', false],
    ['Tenemos la talla S disponible', 'we_language', true],
    ['Le ayudo ahora mismo', 'we_language', false],
    ['Listo 👍', 'emoji', true],
    ['Enviado :D', 'emoji', true],
    ['Abrimos de 9:30 a 18:00', 'emoji', false],
    ['Buena elección, es muy cómodo', 'compliment', true],
    ['Tenemos una buena elección de tallas', 'compliment', false],
    ['No hay.', 'curt', true],
    ['Sí, tenemos la M disponible para usted', 'curt', false],
    ['Ya se lo he repetido, no hay stock.', 'rude', true],
    ['Le mando la guía de tallas, con gusto le ayudo', 'rude', false],
    ['Eso es mentira, es seda natural.', 'argue', true],
    ['No digo que no tenga razón', 'argue', false],
    ['Usted eligió la talla equivocada.', 'blame', true],
    ['No es culpa suya, fue un error nuestro.', 'blame', false],
    ['¡¡Lo enviamos hoy!!', 'excess_punctuation', true],
    ['¡Lo enviamos hoy!', 'excess_punctuation', false],
    ['Se lo garantizo, llega el lunes.', 'absolute_promise', true],
    ['No le puedo garantizar la fecha de entrega.', 'absolute_promise', false],
    ['Es producto original garantizado.', 'absolute_promise', false],
    ['Puede que sea un poco grande.', 'hedge', true],
    ['Es de algodón 100 %.', 'hedge', false],
    ['¿Qué edad tiene el niño?', 'probe', true],
    ['¿Algo más en lo que le pueda ayudar?', 'probe', false],
    ['¿Lo quiere con o sin funda?', 'choice_question', true],
    ['¿Tiene alguna duda o consulta?', 'choice_question', false],
    ['Le recomiendo el modelo con capucha.', 'recommend', true],
    ['Eche un vistazo a las fotos.', 'recommend', false],
    ['Es de lana merino, muy suave y abrigada.', 'value', true],
    ['Siento el problema de calidad.', 'value', false],
    ['Es uno de los más vendidos.', 'social_proof', true],
    ['Si le gusta, déjenos una reseña.', 'social_proof', false],
    ['Le hago un 10% de descuento.', 'discount_offer', true],
    ['Lo siento, no hay descuento en este artículo.', 'discount_offer', false],
    ['Le regalamos una bolsa de tela.', 'gift_offer', true],
    ['Este pedido no incluye regalo.', 'gift_offer', false],
    ['¿Es para regalo?', 'gift_offer', false],
    ['El envío es gratis.', 'free_shipping', true],
    ['No tiene envío gratis a Canarias.', 'free_shipping', false],
    ['Tiene 30 días para la devolución.', 'assurance', true],
    ['Los pedidos personalizados no admiten devolución.', 'assurance', false],
    ['Si le gusta, haga su pedido ya.', 'closing_push', true],
    ['Veo que ya hizo el pedido.', 'closing_push', false],
    ['Su pedido aún no ha sido pagado, recuerde completar el pago.', 'payment_reminder', true],
    ['El pago queda retenido hasta la entrega.', 'payment_reminder', false],
    ['Confirmemos sus datos de envío: ¿la dirección es calle Sol 3?', 'order_check', true],
    ['Cuando lo reciba, confirme la recepción.', 'order_check', false],
    ['¡Hasta la próxima!', 'farewell', true],
    ['Hola, ¿en qué puedo ayudarle?', 'farewell', false],
    ['Tengo que consultarlo con mi jefe.', 'escalate', true],
    ['Puede gestionar sus pedidos en la app.', 'escalate', false],
  ],
};

describe('flags, one at a time', () => {
  for (const locale of ['zh-CN', 'en', 'es'] as Locale[]) {
    describe(locale, () => {
      for (const [text, flag, expected] of CASES[locale]) {
        it(`${expected ? 'raises' : 'does not raise'} ${flag}: ${text}`, () => {
          const { flags, spans } = analyzeReply(text, locale);
          expect(flags.includes(flag)).toBe(expected);
          if (expected) {
            const list = spans[flag] ?? [];
            expect(list.length).toBeGreaterThan(0);
            for (const s of list) {
              expect(s.start).toBeGreaterThanOrEqual(0);
              expect(s.end).toBeLessThanOrEqual(text.length);
              expect(s.end).toBeGreaterThan(s.start);
            }
          }
        });
      }
    });
  }

  it('harsh_particle is zh-CN only', () => {
    expect(analyzeReply('Ok ba.', 'en').flags).not.toContain('harsh_particle');
    expect(analyzeReply('有货吧。', 'en').flags).not.toContain('harsh_particle');
  });

  it('spans point into the original text, not the normalised one', () => {
    const text = 'ＨＥＬＬＯ！！ Ｗe ship ｆｒｅｅ ｓｈｉｐｐｉｎｇ';
    const a = analyzeReply(text, 'en');
    const g = a.spans.greeting?.[0];
    expect(g && text.slice(g.start, g.end)).toBe('ＨＥＬＬＯ');
    const p = a.spans.excess_punctuation?.[0];
    expect(p && text.slice(p.start, p.end)).toBe('！！');
    const es = 'Le hago un DESCUENTO y el envío es gratis';
    const d = analyzeReply(es, 'es').spans.discount_offer?.[0];
    expect(d && es.slice(d.start, d.end)).toBe('DESCUENTO');
    const f = analyzeReply(es, 'es').spans.free_shipping?.[0];
    expect(f && es.slice(f.start, f.end)).toBe('envío es gratis');
  });

  it('lists flags in the order of FLAGS, without repeats', () => {
    const a = analyzeReply('谢谢您!您好!我们我们😊😊', 'zh-CN');
    expect(a.flags).toEqual(['greeting', 'thanks', 'we_language', 'emoji']);
    expect(a.spans.emoji).toHaveLength(2);
  });
});
