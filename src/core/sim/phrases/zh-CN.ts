/** zh-CN phrases of the scripted agents (seed 003 §6 / §8 phrasing: 您, 我们, 表情, 选择题). */
import type { LocalePhrases } from './types';

export const zhCN: LocalePhrases = {
  model: {
    greeting: () => '您好,欢迎光临😊',
    thanks: () => '谢谢您的支持',
    apology: () => '不好意思让您久等了',
    empathy: () => '理解您的心情',
    compliment: () => '您眼光真好',
    we_language: () => '我们随时为您服务',
    emoji: () => '[微笑]',
    probe: () => '请问您是买给谁用的呢?',
    choice_question: (p) => `您要${p.optionA}还是${p.optionB}呢?`,
    recommend: (p) => `推荐您再看看我们家的${p.related ?? p.product}`,
    value: (p) => `这款${p.product}品质很好,物有所值`,
    social_proof: () => '这款卖得很好,好评很多',
    free_shipping: () => '这单给您包邮',
    gift_offer: (p) => `再送您${p.gift ?? '一个小赠品'}`,
    discount_offer: (p) => `给您便宜${p.amount ?? 5}元`,
    assurance: (p) => `我们支持${p.returnPolicy},${p.safeguard}`,
    closing_push: () => '喜欢的话可以直接拍下哦',
    payment_reminder: () => '看到您拍下了,记得付款哦',
    order_check: () => '跟您核对一下收货地址和规格',
    farewell: () => '欢迎下次光临,可以收藏店铺哦',
    escalate: () => '这个价格超出我的权限,我帮您申请一下主管',
    valueShort: () => '物有所值',
    assuranceGeneric: () => '正品保证,支持七天无理由退换',
    fact: (p) => `${p.label}:${p.value}`,
    filler: () => '好的亲,我们随时为您服务😊',
    join: (parts) =>
      parts
        .map((x, i) => (i === parts.length - 1 || /[?？!！]$/.test(x) ? x : x + ','))
        .join('')
        .replace(/([^?？!！~])$/, '$1。'),
  },
  curt: ['在。', '有。', '嗯。', '没有。'],
  rude: ['爱买不买', '你烦不烦', '自己看详情页', '说了多少遍了'],
  bigDiscount: (p) => `给您直接便宜${p.amount ?? 0}元,拍吧`,
};
