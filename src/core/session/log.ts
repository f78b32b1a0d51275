/**
 * The session's append-only event log: entry types and their payloads. Every score, KPI, report
 * and replay is derived from these entries alone (DESIGN.md rule 4).
 */
import type { Flag } from '../analysis/flags';
import type { Span } from '../analysis/types';
import type { BuyerOutput, FactCheck } from '../buyers/contract';
import type { Locale } from '../locale';
import type { AgentAction, LogEntry, SessionMode } from './contract';

/** A buyer output as logged: the event without its type and buyer id (those are the entry's). */
type BuyerPayload<K extends BuyerOutput['type']> = Omit<
  Extract<BuyerOutput, { type: K }>,
  'type' | 'buyerId'
>;

/** Payloads by entry type. */
export interface LogPayloads {
  'session.start': {
    scenarioId: string;
    locale: Locale;
    seed: number;
    mode: SessionMode;
    buyerIds: string[];
  };
  'buyer.arrived': Record<string, never>;
  'buyer.typing': Record<string, never>;
  'buyer.say': BuyerPayload<'buyer.say'> & { messageId: string };
  'buyer.judged': BuyerPayload<'buyer.judged'>;
  'buyer.gauges': BuyerPayload<'buyer.gauges'>;
  'buyer.patienceWarning': Record<string, never>;
  'buyer.order': BuyerPayload<'buyer.order'>;
  'buyer.done': BuyerPayload<'buyer.done'>;
  'agent.message': {
    messageId: string;
    text: string;
    flags: Flag[];
    spans: Partial<Record<Flag, Span[]>>;
    facts: FactCheck;
  };
  'agent.action': {
    messageId: string;
    action: AgentAction;
    params?: { productId?: string; amount?: number; couponId?: string; giftId?: string };
  };
  'agent.hint': { messageId: string; hintKey: string; beatId?: string };
  'agent.hint.refused': { reason: 'mode' | 'noBuyer' };
  'agent.focus': Record<string, never>;
  /** An input the session could not route (unknown buyer, not arrived yet). */
  'agent.rejected': { input: string; reason: 'unknownBuyer' | 'notArrived' };
  'session.end': { reason: 'agent' | 'allDone' };
}

export type LogType = keyof LogPayloads;

/** A log entry whose payload is typed by its `type`. */
export type TypedEntry<K extends LogType = LogType> = K extends LogType
  ? { seq: number; t: number; buyerId?: string; type: K; payload: LogPayloads[K] }
  : never;

/** Narrows a raw log entry to a typed one. */
export function isEntry<K extends LogType>(
  entry: LogEntry,
  type: K,
): entry is TypedEntry<K> & LogEntry {
  return entry.type === type;
}

/** Entry types that record something the agent did: replay feeds exactly these back in. */
export const AGENT_INPUT_TYPES: readonly LogType[] = [
  'agent.message',
  'agent.action',
  'agent.hint',
  'agent.hint.refused',
  'agent.focus',
  'agent.rejected',
];

/** Returns the entries of one type (typed), in log order. */
export function entriesOf<K extends LogType>(log: readonly LogEntry[], type: K): TypedEntry<K>[] {
  const out: TypedEntry<K>[] = [];
  for (const e of log) if (e.type === type) out.push(e as unknown as TypedEntry<K>);
  return out;
}

/** The session.start entry of a log, or undefined when the log has none. */
export function sessionStart(log: readonly LogEntry[]): TypedEntry<'session.start'> | undefined {
  const first = log[0];
  return first && first.type === 'session.start'
    ? (first as unknown as TypedEntry<'session.start'>)
    : undefined;
}
