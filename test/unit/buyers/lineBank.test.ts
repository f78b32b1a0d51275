import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUYER_LINE_KEYS, BUYER_LINE_LENGTHS, PERSONA_TRAITS } from '../../../src/core/buyers';
import { LOCALES } from '../../../src/core/locale';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const bank = (locale: string) =>
  flatten(JSON.parse(readFileSync(`src/i18n/locales/${locale}/buyer.json`, 'utf8')) as Tree);

describe('persona line bank', () => {
  it.each(LOCALES)('%s buyer.json has exactly the keys of BUYER_LINE_KEYS', (locale) => {
    const lines = bank(locale);
    expect([...lines.keys()].sort()).toEqual([...BUYER_LINE_KEYS].sort());
    for (const text of lines.values()) expect(text.trim().length).toBeGreaterThan(0);
  });

  it('keeps {{amount}} in the price ask of every locale', () => {
    for (const locale of LOCALES) expect(bank(locale).get('bargain.price')).toContain('{{amount}}');
  });

  it('types each line for as long as its zh-CN text is', () => {
    for (const [key, text] of bank('zh-CN')) {
      const chars = [...text.replace('{{amount}}', '99')].length;
      expect(BUYER_LINE_LENGTHS[key as keyof typeof BUYER_LINE_LENGTHS], key).toBe(chars);
    }
  });

  it('has every key a persona refers to', () => {
    const keys = new Set<string>(BUYER_LINE_KEYS);
    for (const p of Object.values(PERSONA_TRAITS)) {
      const refs = [
        ...p.waiting.followUpKeys,
        ...p.offTopic.lineKeys,
        ...p.shortAckKeys,
        ...p.ladder.asks.map((a) => a.lineKey),
        ...(p.threatKey ? [p.threatKey] : []),
        ...(p.moodLines.pleased ? [p.moodLines.pleased] : []),
        ...(p.moodLines.angered ? [p.moodLines.angered] : []),
      ];
      for (const ref of refs) expect(keys.has(ref), `${p.id}: ${ref}`).toBe(true);
    }
  });
});
