import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../src/core/analysis/index';
import type { Fact } from '../../../src/core/scenario/schema';

const material: Fact = {
  id: 'material',
  label: { 'zh-CN': '材质', en: 'Material', es: 'Material' },
  value: { 'zh-CN': '纯棉', en: 'pure cotton', es: 'algodón puro' },
  accept: { 'zh-CN': ['纯棉', '全棉', '100%棉'], en: ['cotton'], es: ['algodón'] },
  reject: { 'zh-CN': ['涤纶', '化纤'], en: ['polyester'], es: ['poliéster'] },
};
const shelf: Fact = {
  id: 'shelf_life',
  label: { 'zh-CN': '保质期' },
  value: { 'zh-CN': '18个月' },
  accept: { 'zh-CN': ['18个月', '一年半'] },
};

describe('checkFacts', () => {
  it('finds a fact stated with an accept word', () => {
    expect(checkFacts('这款是纯棉的,透气', 'zh-CN', [material, shelf])).toEqual({
      stated: ['material'],
      wrong: [],
    });
    expect(checkFacts('保质期18个月哦', 'zh-CN', [material, shelf])).toEqual({
      stated: ['shelf_life'],
      wrong: [],
    });
  });

  it('matches across width, case and accents', () => {
    expect(checkFacts('这款是１００％棉', 'zh-CN', [material]).stated).toEqual(['material']);
    expect(checkFacts('It is COTTON.', 'en', [material]).stated).toEqual(['material']);
    expect(checkFacts('Es de ALGODON puro', 'es', [material]).stated).toEqual(['material']);
  });

  it('catches a reject word as a wrong fact', () => {
    expect(checkFacts('面料是涤纶的', 'zh-CN', [material])).toEqual({
      stated: [],
      wrong: ['material'],
    });
    expect(checkFacts('Es de poliester', 'es', [material]).wrong).toEqual(['material']);
  });

  it('reads an accept word under negation as wrong', () => {
    expect(checkFacts('这款不是纯棉的', 'zh-CN', [material])).toEqual({
      stated: [],
      wrong: ['material'],
    });
    expect(checkFacts("It's not cotton, sorry", 'en', [material]).wrong).toEqual(['material']);
    expect(checkFacts('No es algodón', 'es', [material]).wrong).toEqual(['material']);
  });

  it('does not count a negated reject word against the reply', () => {
    expect(checkFacts('不是涤纶,是纯棉', 'zh-CN', [material])).toEqual({
      stated: ['material'],
      wrong: [],
    });
    expect(checkFacts('No polyester at all: pure cotton', 'en', [material])).toEqual({
      stated: ['material'],
      wrong: [],
    });
  });

  it('matches Latin words only as whole words', () => {
    expect(checkFacts('cottonwood furniture', 'en', [material]).stated).toEqual([]);
  });

  it('ignores facts without words for the locale, and any odd input', () => {
    expect(checkFacts('18 months', 'en', [shelf])).toEqual({ stated: [], wrong: [] });
    expect(checkFacts('', 'zh-CN', [material, shelf])).toEqual({ stated: [], wrong: [] });
    expect(checkFacts('\ud800纯棉', 'zh-CN', [])).toEqual({ stated: [], wrong: [] });
  });
});
