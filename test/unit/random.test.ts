import { describe, expect, it } from 'vitest';
import { createRng, hashString } from '../../src/core/random';

describe('seeded PRNG', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng(43).next()).not.toBe(xs[0]);
  });
  it('stays in range', () => {
    const r = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(3, 5);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(5);
    }
    expect(() => r.pick([])).toThrow(RangeError);
  });
  it('forks deterministically by label', () => {
    expect(createRng(1).fork('b1').next()).toBe(createRng(1).fork('b1').next());
    expect(createRng(1).fork('b1').next()).not.toBe(createRng(1).fork('b2').next());
    expect(hashString('abc')).toBe(hashString('abc'));
  });
});
