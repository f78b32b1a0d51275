import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/session/clock';

describe('ManualClock', () => {
  it('fires timers in due order, with now() at each due time', () => {
    const clock = new ManualClock();
    const seen: [string, number][] = [];
    clock.setTimeout(() => seen.push(['b', clock.now()]), 200);
    clock.setTimeout(() => seen.push(['a', clock.now()]), 100);
    clock.setTimeout(() => seen.push(['c', clock.now()]), 200);
    clock.advance(1000);
    expect(seen).toEqual([
      ['a', 100],
      ['b', 200],
      ['c', 200],
    ]);
    expect(clock.now()).toBe(1000);
  });

  it('fires timers created while firing when they fall due within the advance', () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    clock.setTimeout(() => {
      seen.push(clock.now());
      clock.setTimeout(() => seen.push(clock.now()), 50);
    }, 100);
    clock.advance(120);
    expect(seen).toEqual([100]);
    clock.advance(100);
    expect(seen).toEqual([100, 150]);
  });

  it('cancels timers, reports the next due time and never goes back', () => {
    const clock = new ManualClock();
    const id = clock.setTimeout(() => {
      throw new Error('should not fire');
    }, 10);
    clock.setTimeout(() => undefined, 30);
    expect(clock.nextDue()).toBe(10);
    clock.clearTimeout(id);
    expect(clock.nextDue()).toBe(30);
    clock.advance(40);
    expect(clock.nextDue()).toBeNull();
    expect(() => clock.set(5)).toThrow(/cannot go back/);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('gives the same firing times whatever the step size', () => {
    const run = (step: number) => {
      const clock = new ManualClock();
      const seen: number[] = [];
      for (const d of [5, 333, 1000, 1001, 4999]) clock.setTimeout(() => seen.push(clock.now()), d);
      while (clock.now() < 6000) clock.advance(step);
      return seen;
    };
    expect(run(1)).toEqual(run(16));
    expect(run(16)).toEqual(run(6000));
  });
});
