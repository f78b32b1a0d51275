/**
 * The labelling decisions taken in the issue-2 generalisation round (see rules/zh-harsh.ts
 * `findHarshParticles`, engine.ts SUPPRESSED_BY and the rule comments), one behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../../src/core/analysis/index';
import type { Flag } from '../../../src/core/analysis/flags';
import type { Locale } from '../../../src/core/locale';

function has(text: string, locale: Locale, flag: Flag): boolean {
  return analyzeReply(text, locale).flags.includes(flag);
}

describe('harsh_particle: a bare particle closing a statement (003 §8 (2))', () => {
  it('flags a bare particle closing a statement or a clause', () => {
    expect(has('没货了啊。', 'zh-CN', 'harsh_particle')).toBe(true);
    expect(has('那您自己选吧,我不管了', 'zh-CN', 'harsh_particle')).toBe(true);
  });
  it('flags a particle that ends a question as well (the seed names any final particle)', () => {
    expect(has('您家宝宝几个月了呀?', 'zh-CN', 'harsh_particle')).toBe(true);
    expect(has('是要黑色的对吧?', 'zh-CN', 'harsh_particle')).toBe(true);
  });
  it('does not flag the interjection or a particle inside a word', () => {
    expect(has('哎呀,这款卖完了', 'zh-CN', 'harsh_particle')).toBe(false);
    expect(has('吧台椅有现货的哦', 'zh-CN', 'harsh_particle')).toBe(false);
  });
  it('flags the tentative 吧 closing a guess too, with the hedge (as the shared corpus does)', () => {
    const a = analyzeReply('保质期估计有一年半吧', 'zh-CN');
    expect(a.flags).toContain('hedge');
    expect(a.flags).toContain('harsh_particle');
  });
});

describe('probe: the buyer’s need, not a generic offer of help', () => {
  it.each([
    ['有什么可以帮您的吗?', 'zh-CN'],
    ['How can I help you today?', 'en'],
    ['¿En qué le puedo ayudar?', 'es'],
  ] as const)('a service opener is not probe: %s', (text, locale) => {
    expect(has(text, locale, 'probe')).toBe(false);
  });
  it.each([
    ['亲想看看哪款呢?', 'zh-CN'],
    ['Which product were you interested in?', 'en'],
    ['¿Qué anda buscando hoy?', 'es'],
  ] as const)('a question about what the buyer wants is probe: %s', (text, locale) => {
    expect(has(text, locale, 'probe')).toBe(true);
  });
});

describe('value survives a contradiction; hedged or promised claims do not', () => {
  it('keeps value after argue', () => {
    const a = analyzeReply("No, that isn't right — the shell is fully waterproof.", 'en');
    expect(a.flags).toEqual(expect.arrayContaining(['argue', 'value']));
  });
  it('drops value when the benefit itself is hedged', () => {
    expect(has('It might be waterproof, I think.', 'en', 'value')).toBe(false);
  });
});

describe('rude families beyond fixed phrases', () => {
  it.each([
    ['同一个问题您都问三遍了', 'zh-CN'],
    ['宝贝页上都写着,自己看', 'zh-CN'],
    ["Like I said, it's in the listing.", 'en'],
    ['Hurry up, I have other customers waiting.', 'en'],
    ['¿Otra vez la misma pregunta?', 'es'],
    ['Decídase de una vez.', 'es'],
  ] as const)('%s', (text, locale) => {
    expect(has(text, locale, 'rude')).toBe(true);
  });
  it.each([
    ['尺码表在详情页第三张图,您可以参考一下哦', 'zh-CN'],
    ['The size chart is in the listing photos.', 'en'],
    ['Tiene la guía de tallas en la descripción.', 'es'],
  ] as const)('pointing politely to information is not rude: %s', (text, locale) => {
    expect(has(text, locale, 'rude')).toBe(false);
  });
});

describe('order_check is the agent verifying, not an address mentioned in blame', () => {
  it('blame about an address is not order_check', () => {
    const a = analyzeReply('地址是你自己写错的', 'zh-CN');
    expect(a.flags).toContain('blame');
    expect(a.flags).not.toContain('order_check');
  });
});

describe('we_language: Spanish first-person-plural verbs speak as the shop team', () => {
  it.each(['Incluimos las pilas.', 'Confirmemos la talla, ¿vale?', 'Le enviamos hoy el pedido.'])(
    '%s',
    (text) => {
      expect(has(text, 'es', 'we_language')).toBe(true);
    },
  );
});
