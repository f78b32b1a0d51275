import { describe, expect, it } from 'vitest';
import { lineIndex, lineText, parseScenario, requireLocale } from '../../../src/core/scenario';
import { validText } from './helpers';

function load() {
  const r = parseScenario(validText, 'f.json');
  if (!r.ok) throw new Error('fixture must load');
  return r.scenario;
}

describe('scenario lines and locales', () => {
  it('indexes every line by id with where it sits', () => {
    const s = load();
    const index = lineIndex(s);
    expect([...index.keys()]).toEqual([
      'b1-open',
      'b1-material',
      'b1-material-good',
      'b1-material-weak',
      'b1-material-bad',
    ]);
    expect(index.get('b1-material-weak')).toMatchObject({
      buyerId: 'b1',
      kind: 'reaction',
      beatId: 'material',
      grade: 'weak',
    });
    expect(lineIndex(s)).toBe(index);
  });

  it('resolves line text per locale, falling back to zh-CN', () => {
    const s = load();
    expect(lineText(s, 'b1-open', 'zh-CN')).toBe('在吗');
    expect(lineText(s, 'b1-open', 'en')).toBe('Hello?');
    expect(lineText(s, 'b1-open', 'es')).toBe('在吗');
    expect(lineText(s, 'buyer.followUp.1', 'en')).toBeUndefined();
  });

  it('gives a clear error for a locale the scenario lacks', () => {
    const s = load();
    expect(requireLocale(s, 'en')).toEqual({ ok: true, locale: 'en' });
    const es = requireLocale(s, 'es');
    expect(es).toMatchObject({
      ok: false,
      key: 'scenario.localeMissing',
      available: ['zh-CN', 'en'],
    });
    if (!es.ok)
      expect(es.message).toBe(
        'scenario "fixture-minimal" has no "es" text; it is available in zh-CN, en',
      );
    const fr = requireLocale(s, 'fr');
    expect(fr).toMatchObject({ ok: false, key: 'scenario.localeUnknown' });
  });
});
