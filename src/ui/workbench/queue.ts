/** Which conversations the workbench shows, and how long each buyer has been waiting. */
import type { ConversationView } from '../../core/session/contract';

/** Shift mode: at most this many open chats; later arrivals wait in a queue. */
export const MAX_OPEN_CHATS = 3;

/**
 * Splits the arrived conversations into the open chats (the first `max` not yet finished, in
 * arrival order, plus every finished one that was open) and the queue (the rest, waiting).
 * `opened` is the set of buyer ids already shown: once shown, a chat stays in the list.
 */
export function splitQueue(
  conversations: readonly ConversationView[],
  opened: ReadonlySet<string>,
  max: number = MAX_OPEN_CHATS,
): { open: ConversationView[]; queued: ConversationView[] } {
  const arrived = conversations.filter((c) => c.arrived);
  const active = (c: ConversationView): boolean => c.outcome === undefined;
  const open: ConversationView[] = [];
  const queued: ConversationView[] = [];
  let activeOpen = arrived.filter((c) => opened.has(c.buyerId) && active(c)).length;
  for (const c of arrived) {
    if (opened.has(c.buyerId)) {
      open.push(c);
    } else if (active(c) && activeOpen < max) {
      open.push(c);
      activeOpen += 1;
    } else if (active(c)) {
      queued.push(c);
    } else {
      // Left while still queued: shown so the trainee sees who was lost.
      open.push(c);
    }
  }
  return { open, queued };
}

export type WaitLevel = 'none' | 'ok' | 'amber' | 'red';

/** Waiting time thresholds (ms): amber after the "acceptable" target, red after the floor. */
export interface WaitTargets {
  amberMs: number;
  redMs: number;
}

/** How urgent a conversation's wait is. */
export function waitLevel(
  waitingSince: number | null,
  now: number,
  targets: WaitTargets,
): WaitLevel {
  if (waitingSince === null) return 'none';
  const waited = now - waitingSince;
  if (waited >= targets.redMs) return 'red';
  if (waited >= targets.amberMs) return 'amber';
  return 'ok';
}

/** "0:07", "1:05", "12:30": minutes and seconds of a duration in ms. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
