import { describe, expect, it } from 'vitest';
import {
  SCORE_ORDER,
  clampScore,
  countUp,
  easeOutCubic,
  gradeOf,
  revealDelay,
  scoreColor,
  starsOf,
} from '../../../src/game/logic/scores';
import {
  MOOD_COLORS,
  moodBubbleKey,
  moodColor,
  moodCss,
  toCss,
} from '../../../src/game/logic/mood';

describe('score reveal helpers', () => {
  it('reveals the four dimensions, then overall', () => {
    expect(SCORE_ORDER).toEqual([
      'responseTime',
      'courtesy',
      'objectionHandling',
      'closing',
      'overall',
    ]);
  });

  it('clamps scores to integers in 0..100', () => {
    expect([clampScore(-3), clampScore(42.6), clampScore(120), clampScore(Number.NaN)]).toEqual([
      0, 43, 100, 0,
    ]);
  });

  it('counts up monotonically from 0 to the target', () => {
    let last = -1;
    for (let p = 0; p <= 1.0001; p += 0.05) {
      const v = countUp(87, p);
      expect(v).toBeGreaterThanOrEqual(last);
      last = v;
    }
    expect(countUp(87, 0)).toBe(0);
    expect(countUp(87, 1)).toBe(87);
    expect(easeOutCubic(0.5)).toBeCloseTo(0.875, 6);
  });

  it('grades and stars', () => {
    expect([95, 90, 85, 72, 61, 10].map(gradeOf)).toEqual(['S', 'S', 'A', 'B', 'C', 'D']);
    expect([0, 29, 30, 61, 89, 90, 100].map(starsOf)).toEqual([0, 0, 1, 2, 2, 3, 3]);
  });

  it('colours bars red, amber, green', () => {
    expect(scoreColor(59)).toBe(0xe5484d);
    expect(scoreColor(60)).toBe(0xf0a020);
    expect(scoreColor(80)).toBe(0x2fb36d);
  });

  it('staggers the reveal and pauses before the overall', () => {
    expect(revealDelay(0)).toBe(0);
    expect(revealDelay(1)).toBe(450);
    expect(revealDelay(4) - revealDelay(3)).toBe(450 + 350);
  });
});

describe('mood colours', () => {
  it('maps every mood to a distinct colour', () => {
    const colours = Object.values(MOOD_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
    expect(moodColor('angry')).toBe(0xe5484d);
    expect(moodCss('happy')).toBe('#2fb36d');
    expect(toCss(0x00000a)).toBe('#00000a');
  });

  it('has a bubble for every mood but gone', () => {
    expect(moodBubbleKey('impatient')).toBe('bubble-impatient');
    expect(moodBubbleKey('gone')).toBeNull();
  });
});
