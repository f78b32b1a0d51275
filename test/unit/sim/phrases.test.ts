/**
 * The scripted agents write real replies that go through the analyzer: each model phrase must
 * show the flag it stands for, and the curt and rude policies' lines must read as curt and rude.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/core/analysis';
import type { Flag } from '../../../src/core/analysis/flags';
import { LOCALES } from '../../../src/core/locale';
import { PHRASES, type PhraseParams } from '../../../src/core/sim';

const PARAMS: Record<(typeof LOCALES)[number], PhraseParams> = {
  'zh-CN': {
    product: '纯棉T恤',
    related: '棉袜三双装',
    gift: '一双棉袜',
    amount: 5,
    returnPolicy: '七天无理由退换',
    safeguard: '支付宝担保交易',
    shipping: '48小时内发货',
    optionA: 'M码',
    optionB: 'L码',
  },
  en: {
    product: 'cotton T-shirt',
    related: 'cotton socks',
    gift: 'pair of socks',
    amount: 5,
    returnPolicy: '7-day no-reason returns',
    safeguard: 'payment is held in escrow',
    shipping: 'ships within 48 hours',
    optionA: 'size M',
    optionB: 'size L',
  },
  es: {
    product: 'camiseta de algodón',
    related: 'calcetines de algodón',
    gift: 'un par de calcetines',
    amount: 5,
    returnPolicy: 'devolución en 7 días',
    safeguard: 'el pago queda retenido',
    shipping: 'se envía en 48 horas',
    optionA: 'la talla M',
    optionB: 'la talla L',
  },
};

const FLAG_PHRASES: Flag[] = [
  'greeting',
  'thanks',
  'apology',
  'empathy',
  'compliment',
  'we_language',
  'emoji',
  'probe',
  'choice_question',
  'recommend',
  'value',
  'social_proof',
  'free_shipping',
  'gift_offer',
  'discount_offer',
  'assurance',
  'closing_push',
  'payment_reminder',
  'order_check',
  'farewell',
  'escalate',
];

describe('scripted agents’ phrases', () => {
  for (const locale of LOCALES) {
    const book = PHRASES[locale];
    const p = PARAMS[locale];
    it(`${locale}: every model phrase shows its flag and no negative tone`, () => {
      for (const flag of FLAG_PHRASES) {
        const text = (book.model[flag as keyof typeof book.model] as (x: PhraseParams) => string)(
          p,
        );
        const flags = analyzeReply(text, locale).flags;
        expect(flags, `${flag}: ${text}`).toContain(flag);
        for (const bad of [
          'curt',
          'rude',
          'argue',
          'blame',
          'excess_punctuation',
          'hedge',
        ] as Flag[]) {
          expect(flags, `${flag}: ${text}`).not.toContain(bad);
        }
      }
      expect(analyzeReply(book.model.valueShort(), locale).flags).toContain('value');
      expect(analyzeReply(book.model.assuranceGeneric(), locale).flags).toContain('assurance');
    });
    it(`${locale}: curt lines read as curt, rude lines as rude, the big discount as a discount`, () => {
      for (const t of book.curt) expect(analyzeReply(t, locale).flags, t).toContain('curt');
      for (const t of book.rude) expect(analyzeReply(t, locale).flags, t).toContain('rude');
      expect(analyzeReply(book.bigDiscount({ ...p, amount: 30 }), locale).flags).toContain(
        'discount_offer',
      );
    });
    it(`${locale}: joined replies end with one final punctuation mark`, () => {
      const joined = book.model.join([book.model.greeting(p), book.model.probe(p)]);
      expect(joined).toMatch(/[?？]$/);
      expect(book.model.join([book.model.value(p)])).toMatch(/[。.]$/);
    });
  }
});
