import { describe, expect, it } from 'vitest';
import { isLocale, LOCALES } from '../../src/core/locale';
import { FLAGS, isFlag } from '../../src/core/analysis/flags';

describe('locales and flags', () => {
  it('ships three locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en', 'es']);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });
  it('knows the 29 flags of shared/reply-flags.md', () => {
    expect(FLAGS).toHaveLength(29);
    expect(new Set(FLAGS).size).toBe(29);
    expect(isFlag('curt')).toBe(true);
    expect(isFlag('nope')).toBe(false);
  });
});
