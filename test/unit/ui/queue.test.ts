import { describe, expect, it } from 'vitest';
import type { ConversationView } from '../../../src/core/session/contract';
import { formatDuration, splitQueue, waitLevel } from '../../../src/ui/workbench/queue';

function conv(buyerId: string, extra: Partial<ConversationView> = {}): ConversationView {
  return {
    buyerId,
    name: buyerId,
    arrived: true,
    messages: [],
    unread: 0,
    waitingSince: null,
    typing: false,
    mood: 'neutral',
    order: {
      status: 'none',
      productId: 'p',
      quantity: 1,
      listPrice: 10,
      price: 10,
      freeShipping: false,
      giftIds: [],
    },
    ...extra,
  };
}

describe('shift queue', () => {
  it('opens at most three active chats; the rest wait', () => {
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => conv(id));
    const { open, queued } = splitQueue(all, new Set());
    expect(open.map((c) => c.buyerId)).toEqual(['a', 'b', 'c']);
    expect(queued.map((c) => c.buyerId)).toEqual(['d', 'e']);
  });

  it('a finished chat frees a slot but stays in the list', () => {
    const all = [conv('a', { outcome: 'paid' }), conv('b'), conv('c'), conv('d'), conv('e')];
    const { open, queued } = splitQueue(all, new Set(['a', 'b', 'c']));
    expect(open.map((c) => c.buyerId)).toEqual(['a', 'b', 'c', 'd']);
    expect(queued.map((c) => c.buyerId)).toEqual(['e']);
  });

  it('ignores buyers who have not arrived', () => {
    const { open, queued } = splitQueue([conv('a'), conv('b', { arrived: false })], new Set());
    expect(open.map((c) => c.buyerId)).toEqual(['a']);
    expect(queued).toEqual([]);
  });
});

describe('waiting', () => {
  const targets = { amberMs: 30_000, redMs: 180_000 };
  it('turns amber, then red', () => {
    expect(waitLevel(null, 50_000, targets)).toBe('none');
    expect(waitLevel(0, 29_999, targets)).toBe('ok');
    expect(waitLevel(0, 30_000, targets)).toBe('amber');
    expect(waitLevel(10_000, 190_000, targets)).toBe('red');
  });
  it('formats minutes and seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
