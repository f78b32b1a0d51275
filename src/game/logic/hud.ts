/**
 * The floor's clock panel as translation keys and values (pure): the shift clock and counts, or
 * in Double Eleven the night's clock, the countdown to 00:00 and then the arrival rate.
 */
import type { TraineeView } from '../../core/session/contract';
import { arrivalsPerMinute, double11Clock, double11OpensAt, formatDuration } from './clock';
import type { FloorLayout } from './floorLayout';

/** One line of the panel: an i18n key (namespace `game`) and its values. */
export interface HudLine {
  key: string;
  params?: Record<string, string | number>;
}

/** calm: a normal shift; sale: Double Eleven; urgent: the last 10 s before 00:00. */
export type HudStyle = 'calm' | 'sale' | 'urgent';

export interface FloorHud {
  lines: HudLine[];
  style: HudStyle;
}

/** How long before 00:00 the countdown turns urgent. */
export const URGENT_MS = 10_000;

/** The panel for a view and its floor layout. */
export function floorHud(
  view: Pick<TraineeView, 'mode' | 'now' | 'conversations' | 'countdownEndsAt'>,
  layout: Pick<FloorLayout, 'inShop' | 'waiting'>,
): FloorHud {
  const counts: HudLine = {
    key: 'game:floor.counts',
    params: { inShop: layout.inShop, waiting: layout.waiting },
  };
  if (view.mode !== 'double11') {
    return {
      style: 'calm',
      lines: [{ key: 'game:floor.clock', params: { time: formatDuration(view.now) } }, counts],
    };
  }
  const clock = double11Clock(view.now, double11OpensAt(view));
  const title: HudLine = { key: 'game:floor.double11', params: { time: clock.wallClock } };
  if (clock.phase === 'countdown') {
    return {
      style: clock.remainingMs <= URGENT_MS ? 'urgent' : 'sale',
      lines: [title, { key: 'game:floor.countdown', params: { time: clock.remaining } }, counts],
    };
  }
  return {
    style: 'sale',
    lines: [title, { key: 'game:floor.wave', params: { count: arrivalsPerMinute(view) } }, counts],
  };
}
