/**
 * Where each buyer stands on the shop floor, computed from a TraineeView. Pure: the FloorScene
 * only tweens sprites to the positions this returns.
 */
import type {
  BuyerOutcome,
  ConversationView,
  Mood,
  OrderStatus,
  TraineeView,
} from '../../core/session/contract';
import { hashString } from '../../core/random';
import { waitLevel, type WaitLevel } from './clock';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of a buyer sprite at scale 1 (the BootScene draws them this size). */
export const BUYER_WIDTH = 64;
export const BUYER_HEIGHT = 96;
/** Width kept free at the left of the floor for the shop door. */
export const DOOR_WIDTH = 72;
/** How many different buyer looks the BootScene draws. */
export const LOOK_COUNT = 8;

/** The mood bubble (40 px tall) overlaps the top of the sprite, which is empty above the head. */
export const BUBBLE_OVERLAP = 6;
/** Room above a buyer's sprite for the mood bubble (at scale 1). */
export const HEAD_ROOM = 40 - BUBBLE_OVERLAP;
/** Gap between the buyers' feet and the bottom of the floor area. */
export const FOOT_MARGIN = 2;

const SCALES = [1, 0.85, 0.7, 0.58, 0.48, 0.4, 0.33, 0.27] as const;
const SPACING = 1.12; // slot width per buyer width
const ROW_RISE = 0.42; // each row further back rises by this share of the sprite height

/** On the floor a buyer browses (no unanswered message), waits for a reply, or leaves. */
export type ActorState = 'browsing' | 'waiting' | 'leaving';

export interface FloorActor {
  buyerId: string;
  /** Which of the LOOK_COUNT drawn looks this buyer wears (stable per buyer id). */
  look: number;
  state: ActorState;
  mood: Mood;
  /** Feet position (the sprite's origin is bottom-centre). */
  x: number;
  y: number;
  scale: number;
  /** 0 = front row; larger rows are further back (drawn behind). */
  row: number;
  /** How long the buyer has waited for a reply, or null. */
  waitingMs: number | null;
  waitLevel: WaitLevel | null;
  typing: boolean;
  order: OrderStatus;
  outcome?: BuyerOutcome;
}

export interface FloorLayout {
  actors: FloorActor[];
  /** Where buyers enter and leave (feet position). */
  door: { x: number; y: number };
  /** Buyers in the shop (not leaving). */
  inShop: number;
  /** Buyers waiting for a reply. */
  waiting: number;
  /** Buyers in the shop that did not fit on the floor (shown as a "+N"). */
  overflow: number;
  scale: number;
}

/** The look of a buyer: a stable hash of its id. */
export function lookFor(buyerId: string): number {
  return hashString(buyerId) % LOOK_COUNT;
}

interface Grid {
  scale: number;
  cols: number;
  rows: number;
}

/**
 * The largest scale at which `count` buyers (with their bubbles) fit in the free part of
 * `area` (its width less the door and `reserveRight`), in rows.
 */
export function fitGrid(count: number, area: Rect, reserveRight = 0): Grid {
  const free = Math.max(0, area.width - DOOR_WIDTH - reserveRight);
  let fallback: Grid = { scale: SCALES[SCALES.length - 1] ?? 0.27, cols: 1, rows: 1 };
  for (const scale of SCALES) {
    const cols = Math.max(1, Math.floor(free / (BUYER_WIDTH * SPACING * scale)));
    const tall = (BUYER_HEIGHT + HEAD_ROOM) * scale;
    const room = area.height - FOOT_MARGIN - tall;
    const maxRows = Math.floor(room / (BUYER_HEIGHT * ROW_RISE * scale)) + 1;
    if (maxRows < 1) continue;
    const rows = Math.max(1, Math.ceil(count / cols));
    fallback = { scale, cols, rows: Math.min(rows, maxRows) };
    if (rows <= maxRows) return { scale, cols, rows };
  }
  return fallback;
}

function actorState(c: ConversationView): ActorState {
  if (c.outcome !== undefined || c.mood === 'gone') return 'leaving';
  return c.waitingSince !== null ? 'waiting' : 'browsing';
}

/**
 * Lay out the buyers of `view` on the floor `area` (keeping `reserveRight` px free at the right
 * for the floor's clock panel). Buyers who have not arrived are not shown;
 * buyers in the shop keep the order of the conversation list (so nobody jumps around);
 * buyers who left are placed at the door, for the scene to walk them out.
 */
export function layoutFloor(
  view: Pick<TraineeView, 'now' | 'conversations'>,
  area: Rect,
  reserveRight = 0,
): FloorLayout {
  const baseline = area.y + area.height - FOOT_MARGIN;
  const door = { x: area.x + DOOR_WIDTH / 2, y: baseline };
  const present = view.conversations.filter((c) => c.arrived && actorState(c) !== 'leaving');
  const grid = fitGrid(present.length, area, reserveRight);
  const capacity = grid.cols * grid.rows;
  const slotWidth = BUYER_WIDTH * SPACING * grid.scale;
  const actors: FloorActor[] = [];
  let waiting = 0;

  const base = (c: ConversationView): Omit<FloorActor, 'state' | 'x' | 'y' | 'row' | 'scale'> => {
    const waitingMs = c.waitingSince === null ? null : Math.max(0, view.now - c.waitingSince);
    return {
      buyerId: c.buyerId,
      look: lookFor(c.buyerId),
      mood: c.mood,
      waitingMs,
      waitLevel: waitingMs === null ? null : waitLevel(waitingMs),
      typing: c.typing,
      order: c.order.status,
      ...(c.outcome !== undefined ? { outcome: c.outcome } : {}),
    };
  };

  present.forEach((c, i) => {
    if (i >= capacity) return;
    const row = Math.floor(i / grid.cols);
    const col = i % grid.cols;
    // Back rows are offset by half a slot so that heads do not hide behind heads.
    const stagger = row % 2 === 1 ? slotWidth / 2 : 0;
    const state = actorState(c);
    if (state === 'waiting') waiting++;
    actors.push({
      ...base(c),
      state,
      scale: grid.scale,
      row,
      x: area.x + DOOR_WIDTH + slotWidth * (col + 0.5) + stagger,
      y: baseline - row * BUYER_HEIGHT * ROW_RISE * grid.scale,
    });
  });
  for (const c of view.conversations) {
    if (!c.arrived || actorState(c) !== 'leaving') continue;
    actors.push({ ...base(c), state: 'leaving', scale: grid.scale, row: 0, x: door.x, y: door.y });
  }
  return {
    actors,
    door,
    inShop: present.length,
    waiting,
    overflow: Math.max(0, present.length - capacity),
    scale: grid.scale,
  };
}

/** What changed between two frames: who walks in, who walks out, who just moves. */
export interface FloorDiff {
  enter: string[];
  leave: string[];
  move: string[];
}

/**
 * Compare the buyers on screen (`shown`) with a new layout. A leaving buyer who was never on
 * screen (e.g. after a resume) is not animated at all.
 */
export function diffFloor(shown: ReadonlySet<string>, layout: FloorLayout): FloorDiff {
  const diff: FloorDiff = { enter: [], leave: [], move: [] };
  for (const actor of layout.actors) {
    const onScreen = shown.has(actor.buyerId);
    if (actor.state === 'leaving') {
      if (onScreen) diff.leave.push(actor.buyerId);
    } else if (onScreen) diff.move.push(actor.buyerId);
    else diff.enter.push(actor.buyerId);
  }
  return diff;
}
