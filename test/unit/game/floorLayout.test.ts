import { describe, expect, it } from 'vitest';
import type { ConversationView, TraineeView } from '../../../src/core/session/contract';
import {
  BUYER_HEIGHT,
  DOOR_WIDTH,
  FOOT_MARGIN,
  HEAD_ROOM,
  LOOK_COUNT,
  diffFloor,
  fitGrid,
  layoutFloor,
  lookFor,
  type Rect,
} from '../../../src/game/logic/floorLayout';

const conv = (buyerId: string, extra: Partial<ConversationView> = {}): ConversationView => ({
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
});

const view = (conversations: ConversationView[], now = 60_000): TraineeView => ({
  scenarioId: 's',
  locale: 'zh-CN',
  mode: 'shift',
  now,
  conversations,
  hintsUsed: 0,
  ended: false,
});

const band: Rect = { x: 0, y: 0, width: 1280, height: 84 };
const tall: Rect = { x: 0, y: 0, width: 1280, height: 200 };

describe('layoutFloor', () => {
  it('shows arrived buyers only, in list order, left to right after the door', () => {
    const layout = layoutFloor(
      view([conv('a'), conv('b', { arrived: false }), conv('c'), conv('d')]),
      tall,
    );
    expect(layout.actors.map((a) => a.buyerId)).toEqual(['a', 'c', 'd']);
    const xs = layout.actors.map((a) => a.x);
    expect(xs[0]).toBeGreaterThan(DOOR_WIDTH);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(layout.inShop).toBe(3);
  });

  it('counts waiting buyers and computes their wait from the session clock', () => {
    const layout = layoutFloor(
      view([conv('a', { waitingSince: 50_000 }), conv('b'), conv('c', { waitingSince: 20_000 })]),
      tall,
    );
    expect(layout.waiting).toBe(2);
    const [a, b, c] = layout.actors;
    expect(a).toMatchObject({ state: 'waiting', waitingMs: 10_000, waitLevel: 'ok' });
    expect(b).toMatchObject({ state: 'browsing', waitingMs: null, waitLevel: null });
    expect(c).toMatchObject({ state: 'waiting', waitingMs: 40_000, waitLevel: 'red' });
  });

  it('sends buyers with an outcome (or gone) to the door', () => {
    const layout = layoutFloor(
      view([conv('a', { outcome: 'paid' }), conv('b', { mood: 'gone' }), conv('c')]),
      tall,
    );
    const leaving = layout.actors.filter((a) => a.state === 'leaving');
    expect(leaving.map((a) => a.buyerId)).toEqual(['a', 'b']);
    for (const a of leaving) expect({ x: a.x, y: a.y }).toEqual(layout.door);
    expect(layout.inShop).toBe(1);
  });

  it('fits a Double Eleven crowd of 50 in the 84 px band without overflow', () => {
    const crowd = Array.from({ length: 50 }, (_, i) => conv(`b${i}`));
    const layout = layoutFloor(view(crowd), band, 210);
    expect(layout.overflow).toBe(0);
    for (const a of layout.actors) {
      const top = a.y - (BUYER_HEIGHT + HEAD_ROOM) * a.scale;
      expect(top).toBeGreaterThanOrEqual(band.y - 0.001);
      expect(a.y).toBeLessThanOrEqual(band.y + band.height);
      expect(a.x).toBeLessThanOrEqual(band.width - 210);
    }
  });

  it('shrinks buyers as the floor fills, and overflows only when nothing fits', () => {
    const few = layoutFloor(view([conv('a')]), tall);
    const many = layoutFloor(view(Array.from({ length: 60 }, (_, i) => conv(`b${i}`))), tall);
    expect(few.scale).toBe(1);
    expect(many.scale).toBeLessThan(1);
    const tiny = layoutFloor(view(Array.from({ length: 500 }, (_, i) => conv(`b${i}`))), band);
    expect(tiny.overflow).toBeGreaterThan(0);
    expect(tiny.actors.length + tiny.overflow).toBe(500);
  });

  it('is deterministic', () => {
    const v = view([conv('a', { waitingSince: 1 }), conv('b'), conv('c', { outcome: 'left' })]);
    expect(layoutFloor(v, band)).toEqual(layoutFloor(v, band));
  });
});

describe('fitGrid', () => {
  it('gives bubbles room: one row at full size needs the buyer plus its head room', () => {
    const full = BUYER_HEIGHT + HEAD_ROOM + FOOT_MARGIN;
    expect(fitGrid(1, { x: 0, y: 0, width: 800, height: full }).scale).toBe(1);
    expect(fitGrid(1, { x: 0, y: 0, width: 800, height: full - 1 }).scale).toBeLessThan(1);
  });
});

describe('lookFor', () => {
  it('is stable per buyer and within range', () => {
    expect(lookFor('buyer-1')).toBe(lookFor('buyer-1'));
    const looks = new Set(Array.from({ length: 200 }, (_, i) => lookFor(`b${i}`)));
    expect(looks.size).toBe(LOOK_COUNT);
    for (const l of looks) expect(l).toBeGreaterThanOrEqual(0);
  });
});

describe('diffFloor', () => {
  it('walks new buyers in, moves the ones on screen and walks out only those seen', () => {
    const layout = layoutFloor(
      view([
        conv('new'),
        conv('stay'),
        conv('gone', { outcome: 'left' }),
        conv('never', { outcome: 'paid' }),
      ]),
      tall,
    );
    expect(diffFloor(new Set(['stay', 'gone']), layout)).toEqual({
      enter: ['new'],
      move: ['stay'],
      leave: ['gone'],
    });
  });
});
