import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/core/scenario/did-you-mean';
import { PERSONAS } from '../../../src/core/scenario';

describe('did you mean', () => {
  it('measures edits, counting a transposition as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('vaule', 'value')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('同款', '同款')).toBe(0);
  });

  it('suggests close candidates and nothing for far ones', () => {
    expect(didYouMean('hastey', PERSONAS)).toBe('hasty');
    expect(didYouMean('Greedy', PERSONAS)).toBe('greedy');
    expect(didYouMean('cautios', PERSONAS)).toBe('cautious');
    expect(didYouMean('requiredFact', ['requiredFacts', 'reactions'])).toBe('requiredFacts');
    expect(didYouMean('milk_powder', ['milk-powder', 'tea'])).toBe('milk-powder');
    expect(didYouMean('xyz', PERSONAS)).toBeUndefined();
    expect(didYouMean('a', ['b'])).toBe('b');
  });
});
