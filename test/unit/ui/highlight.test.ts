import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../src/ui/results/highlight';

describe('flag span highlighting', () => {
  it('cuts the text at span boundaries and keeps it whole', () => {
    const text = '亲,您好!这款卖得很好哦';
    const segments = highlightSegments(text, [
      { flag: 'greeting', start: 0, end: 4 },
      { flag: 'social_proof', start: 5, end: 11 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: '亲,您好', flags: ['greeting'] },
      { text: '!', flags: [] },
      { text: '这款卖得很好', flags: ['social_proof'] },
      { text: '哦', flags: [] },
    ]);
  });

  it('handles overlapping spans', () => {
    const segments = highlightSegments('abcdef', [
      { flag: 'x', start: 0, end: 4 },
      { flag: 'y', start: 2, end: 6 },
    ]);
    expect(segments).toEqual([
      { text: 'ab', flags: ['x'] },
      { text: 'cd', flags: ['x', 'y'] },
      { text: 'ef', flags: ['y'] },
    ]);
  });

  it('clips and ignores bad spans', () => {
    expect(
      highlightSegments('abc', [
        { flag: 'x', start: 2, end: 99 },
        { flag: 'y', start: 3, end: 1 },
      ]),
    ).toEqual([
      { text: 'ab', flags: [] },
      { text: 'c', flags: ['x'] },
    ]);
    expect(highlightSegments('', [])).toEqual([{ text: '', flags: [] }]);
  });
});
