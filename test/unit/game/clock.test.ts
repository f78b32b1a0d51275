import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOUBLE11_OPENS_AT,
  arrivalsPerMinute,
  double11Clock,
  double11OpensAt,
  formatDuration,
  formatTimeOfDay,
  waitLevel,
} from '../../../src/game/logic/clock';
import { floorHud } from '../../../src/game/logic/hud';
import type { ConversationView } from '../../../src/core/session/contract';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1000, '0:01'],
    [65_000, '1:05'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-5000, '0:00'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('formatTimeOfDay', () => {
  it('wraps around midnight', () => {
    expect(formatTimeOfDay(0)).toBe('00:00:00');
    expect(formatTimeOfDay(-30_000)).toBe('23:59:30');
    expect(formatTimeOfDay(-1)).toBe('23:59:59');
    expect(formatTimeOfDay(86_400_000 + 61_000)).toBe('00:01:01');
  });
});

describe('double11Clock', () => {
  it('counts down to 00:00, then runs from the opening', () => {
    expect(double11Clock(15_000, 60_000)).toEqual({
      phase: 'countdown',
      wallClock: '23:59:15',
      remaining: '0:45',
      remainingMs: 45_000,
    });
    expect(double11Clock(59_500, 60_000)).toMatchObject({ phase: 'countdown', remaining: '0:01' });
    expect(double11Clock(60_000, 60_000)).toMatchObject({
      phase: 'open',
      wallClock: '00:00:00',
      remaining: '0:00',
    });
    expect(double11Clock(185_000, 60_000).wallClock).toBe('00:02:05');
  });

  it('uses the view’s opening time, or the default', () => {
    expect(double11OpensAt({ countdownEndsAt: 5000 })).toBe(5000);
    expect(double11OpensAt({})).toBe(DEFAULT_DOUBLE11_OPENS_AT);
  });
});

const buyerAt = (id: string, at: number, arrived = true): ConversationView => ({
  buyerId: id,
  name: id,
  arrived,
  messages: [
    { id: `${id}-0`, from: 'agent', at: 0, text: 'hi' },
    { id: `${id}-1`, from: 'buyer', at, lineId: 'x' },
  ],
  unread: 0,
  waitingSince: null,
  typing: false,
  mood: 'neutral',
  order: {
    status: 'none',
    productId: 'p',
    quantity: 1,
    listPrice: 1,
    price: 1,
    freeShipping: false,
    giftIds: [],
  },
});

describe('arrivalsPerMinute', () => {
  it('counts buyers whose first message came in the last minute', () => {
    const now = 200_000;
    const conversations = [
      buyerAt('a', 199_000),
      buyerAt('b', 140_001),
      buyerAt('c', 140_000),
      buyerAt('d', 210_000),
      buyerAt('e', 190_000, false),
    ];
    expect(arrivalsPerMinute({ now, conversations })).toBe(2);
  });
});

describe('waitLevel', () => {
  it('turns amber at 15 s and red at 30 s', () => {
    expect(waitLevel(14_999)).toBe('ok');
    expect(waitLevel(15_000)).toBe('amber');
    expect(waitLevel(30_000)).toBe('red');
  });
});

describe('floorHud', () => {
  const layout = { inShop: 3, waiting: 1 };
  it('shows the shift clock and counts outside Double Eleven', () => {
    expect(floorHud({ mode: 'shift', now: 65_000, conversations: [] }, layout)).toEqual({
      style: 'calm',
      lines: [
        { key: 'game:floor.clock', params: { time: '1:05' } },
        { key: 'game:floor.counts', params: { inShop: 3, waiting: 1 } },
      ],
    });
  });

  it('counts down in Double Eleven, urgent in the last 10 s, then shows the wave', () => {
    const d11 = (now: number) =>
      floorHud({ mode: 'double11', now, conversations: [], countdownEndsAt: 60_000 }, layout);
    expect(d11(10_000).style).toBe('sale');
    expect(d11(10_000).lines[1]).toEqual({ key: 'game:floor.countdown', params: { time: '0:50' } });
    expect(d11(50_000).style).toBe('urgent');
    const open = d11(70_000);
    expect(open.style).toBe('sale');
    expect(open.lines[0]).toEqual({ key: 'game:floor.double11', params: { time: '00:00:10' } });
    expect(open.lines[1]).toEqual({ key: 'game:floor.wave', params: { count: 0 } });
  });
});
