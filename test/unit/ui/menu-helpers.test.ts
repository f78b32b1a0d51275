import { describe, expect, it } from 'vitest';
import { matchLocale, pickLocale } from '../../../src/i18n/detect';
import { summarize, localized } from '../../../src/ui/catalog';
import { rubricFromText, weightPercents, DEFAULT_RUBRIC } from '../../../src/ui/menu/rubric';
import { readParams } from '../../../src/ui/params';

describe('language detection', () => {
  it('prefers ?lng=, then the saved choice, then the browser', () => {
    expect(pickLocale({ search: '?lng=es', saved: 'en', browser: ['zh-CN'] })).toBe('es');
    expect(pickLocale({ search: '', saved: 'en', browser: ['es'] })).toBe('en');
    expect(pickLocale({ search: '?lng=xx', saved: null, browser: ['fr-FR', 'es-MX'] })).toBe('es');
    expect(pickLocale({ search: '', saved: null, browser: ['fr'] })).toBe('zh-CN');
  });
  it('maps regional tags', () => {
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh_TW')).toBe('zh-CN');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('pt-BR')).toBeNull();
    expect(matchLocale('')).toBeNull();
  });
});

describe('rubric', () => {
  it('turns weights into whole percentages adding up to 100', () => {
    expect(weightPercents(DEFAULT_RUBRIC.weights)).toEqual({
      responseTime: 20,
      courtesy: 25,
      objectionHandling: 30,
      closing: 25,
    });
    const p = weightPercents({ responseTime: 1, courtesy: 1, objectionHandling: 1, closing: 0 });
    expect(p.responseTime + p.courtesy + p.objectionHandling + p.closing).toBe(100);
    expect(p.closing).toBe(0);
  });
  it('reads a scenario text, with defaults', () => {
    const r = rubricFromText(
      '{"weights":{"courtesy":0.5},"targets":{"firstResponseGoodSeconds":10}}',
    );
    expect(r.weights.courtesy).toBe(0.5);
    expect(r.weights.closing).toBe(0.25);
    expect(r.targets.firstResponseGoodSeconds).toBe(10);
    expect(rubricFromText('{oops')).toEqual(DEFAULT_RUBRIC);
  });
});

describe('scenario catalogue', () => {
  it('summarises a scenario text', () => {
    const s = summarize(
      'scenarios/x.json',
      '\uFEFF{"id":"x","title":{"zh-CN":"标题","en":"Title"},"locales":["zh-CN","en"],' +
        '"buyers":[{"persona":"hasty"},{"persona":"greedy"},{"persona":"hasty"}]}',
    );
    expect(s?.id).toBe('x');
    expect(s?.personas).toEqual(['hasty', 'greedy']);
    expect(s?.buyerCount).toBe(3);
    expect(localized(s?.title, 'en')).toBe('Title');
    expect(localized(s?.title, 'es')).toBe('标题');
  });
  it('rejects what is not a scenario', () => {
    expect(summarize('a.json', '[1,2]')).toBeNull();
    expect(summarize('a.json', '{"id": 3}')).toBeNull();
    expect(summarize('a.json', '{')).toBeNull();
  });
});

describe('page parameters', () => {
  it('reads speed and seed, clamped', () => {
    expect(readParams('?speed=20&seed=7')).toEqual({ speed: 20, seed: 7 });
    expect(readParams('')).toEqual({ speed: 1, seed: null });
    expect(readParams('?speed=-3&seed=abc')).toEqual({ speed: 1, seed: null });
    expect(readParams('?speed=5000')).toEqual({ speed: 200, seed: null });
  });
});
