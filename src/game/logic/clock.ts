/**
 * Clock and countdown formatting for the shop floor. Pure: everything is computed from the
 * session clock (`TraineeView.now`), never from the wall clock.
 */
import type { TraineeView } from '../../core/session/contract';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When a Double Eleven session strikes 00:00 if the view does not say: one minute after the
 * session starts (the countdown the trainee watches before the opening wave).
 */
export const DEFAULT_DOUBLE11_OPENS_AT = MINUTE;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Format a duration as `m:ss`, or `h:mm:ss` from one hour; negative durations count as 0. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Format a time of day (ms since midnight, wrapped to one day) as `HH:MM:SS`. */
export function formatTimeOfDay(ms: number): string {
  const wrapped = (((Math.floor(ms / SECOND) * SECOND) % DAY) + DAY) % DAY;
  const h = Math.floor(wrapped / HOUR);
  const m = Math.floor((wrapped % HOUR) / MINUTE);
  const s = Math.floor((wrapped % MINUTE) / SECOND);
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** The Double Eleven clock: before midnight a countdown, after it the time since the opening. */
export interface Double11Clock {
  phase: 'countdown' | 'open';
  /** The in-game time of night, `23:59:30` then `00:00:05`. */
  wallClock: string;
  /** Time left to 00:00 (0 once open), for the big countdown digits. */
  remaining: string;
  remainingMs: number;
}

/**
 * The in-game Double Eleven clock at session time `now`, when the sale opens at `opensAt`
 * (session ms). The night's clock reads 00:00:00 exactly at `opensAt`.
 */
export function double11Clock(now: number, opensAt: number): Double11Clock {
  const remainingMs = Math.max(0, opensAt - now);
  // Ceil the countdown so that it shows 0:01 until the very last second has run out.
  const shownRemaining = Math.ceil(remainingMs / SECOND) * SECOND;
  return {
    phase: now < opensAt ? 'countdown' : 'open',
    wallClock: formatTimeOfDay(now - opensAt),
    remaining: formatDuration(shownRemaining),
    remainingMs,
  };
}

/** The moment Double Eleven opens for this view (session ms). */
export function double11OpensAt(view: Pick<TraineeView, 'countdownEndsAt'>): number {
  return view.countdownEndsAt ?? DEFAULT_DOUBLE11_OPENS_AT;
}

/**
 * The arrival rate: buyers whose first message came within the last minute of `view.now`.
 * A conversation's arrival is its first buyer message (the view holds no arrival times).
 */
export function arrivalsPerMinute(view: Pick<TraineeView, 'now' | 'conversations'>): number {
  let count = 0;
  for (const c of view.conversations) {
    if (!c.arrived) continue;
    const first = c.messages.find((m) => m.from === 'buyer');
    if (first && first.at <= view.now && view.now - first.at < MINUTE) count++;
  }
  return count;
}

/** Waiting-time severity for the timer over a waiting buyer (targets: 15 s good, 30 s ok). */
export type WaitLevel = 'ok' | 'amber' | 'red';

/** Thresholds of the waiting timer, from the shop KPIs (DESIGN.md, Scoring). */
export const WAIT_AMBER_MS = 15 * SECOND;
export const WAIT_RED_MS = 30 * SECOND;

/** How urgent a wait of `ms` is. */
export function waitLevel(ms: number): WaitLevel {
  if (ms >= WAIT_RED_MS) return 'red';
  if (ms >= WAIT_AMBER_MS) return 'amber';
  return 'ok';
}
