/**
 * What the scorer reads off the log for each buyer: the buyer's lines, the agent's messages and
 * actions (each with the beat in play when it was sent), hints, orders, the outcome, and the
 * response "turns" (from a buyer's first unanswered line to the agent's next message).
 */
import type { Flag } from '../analysis/flags';
import type { Span } from '../analysis/types';
import type { FactCheck, Gauges } from '../buyers/contract';
import type { Buyer, Scenario } from '../scenario/schema';
import type { AgentAction, BuyerOutcome, LogEntry, Mood } from '../session/contract';
import { sessionStart, type LogPayloads, type TypedEntry } from '../session/log';
import { indexScenario } from '../session/scenario-index';

export interface BuyerLine {
  messageId: string;
  t: number;
  lineId: string;
  beatId?: string;
  source?: 'scenario' | 'bank';
  params?: Record<string, string | number>;
}

export interface AgentMessage {
  messageId: string;
  t: number;
  text: string;
  flags: Flag[];
  spans: Partial<Record<Flag, Span[]>>;
  facts: FactCheck;
  /** The beat in play when the message was sent. */
  beatId?: string;
  /** True when the buyer had already left. */
  afterDone: boolean;
}

export interface AgentActionRecord {
  messageId: string;
  t: number;
  action: AgentAction;
  params?: LogPayloads['agent.action']['params'];
  beatId?: string;
}

/** One wait: from the buyer's first unanswered line to the agent's next message. */
export interface Turn {
  openedAt: number;
  /** The buyer line that opened the wait. */
  openedBy: string;
  first: boolean;
  answeredAt?: number;
  answeredBy?: string;
  /** When the wait ended without an answer (the buyer left or the session ended). */
  closedAt?: number;
}

export interface BuyerTimeline {
  buyerId: string;
  buyer: Buyer;
  arrivedAt?: number;
  lines: BuyerLine[];
  messages: AgentMessage[];
  actions: AgentActionRecord[];
  hints: { messageId: string; t: number; beatId?: string }[];
  orders: { t: number; order: LogPayloads['buyer.order'] }[];
  judged: LogPayloads['buyer.judged'][];
  turns: Turn[];
  /** Beats in the order the buyer raised them. */
  beatsRaised: string[];
  gauges?: Gauges;
  mood?: Mood;
  outcome?: BuyerOutcome;
  doneAt?: number;
}

export interface SessionTimeline {
  scenario: Scenario;
  start: TypedEntry<'session.start'>;
  buyers: BuyerTimeline[];
  /** Time of the last entry. */
  endAt: number;
}

/** Reads the per-buyer timelines off a log. Throws when the log has no session.start. */
export function buildTimeline(scenario: Scenario, log: readonly LogEntry[]): SessionTimeline {
  const start = sessionStart(log);
  if (!start) throw new Error('the log does not begin with a session.start entry');
  const index = indexScenario(scenario);
  const byId = new Map<string, BuyerTimeline>();
  const buyers: BuyerTimeline[] = [];
  for (const id of start.payload.buyerIds) {
    const buyer = index.buyer(id);
    if (!buyer) throw new Error(`the log names buyer "${id}", who is not in the scenario`);
    const tl: BuyerTimeline = {
      buyerId: id,
      buyer,
      lines: [],
      messages: [],
      actions: [],
      hints: [],
      orders: [],
      judged: [],
      turns: [],
      beatsRaised: [],
    };
    byId.set(id, tl);
    buyers.push(tl);
  }
  const beatInPlay = new Map<string, string>();
  const openTurn = new Map<string, Turn>();
  let endAt = 0;

  for (const raw of log) {
    endAt = Math.max(endAt, raw.t);
    const e = raw as TypedEntry;
    if (e.type === 'session.end') {
      for (const [id, turn] of openTurn) {
        turn.closedAt = e.t;
        openTurn.delete(id);
      }
      continue;
    }
    const tl = e.buyerId ? byId.get(e.buyerId) : undefined;
    if (!tl) continue;
    const beatId = beatInPlay.get(tl.buyerId);
    switch (e.type) {
      case 'buyer.arrived':
        tl.arrivedAt = e.t;
        break;
      case 'buyer.say': {
        const p = e.payload;
        const line: BuyerLine = { messageId: p.messageId, t: e.t, lineId: p.lineId };
        if (p.beatId) line.beatId = p.beatId;
        if (p.source) line.source = p.source;
        if (p.params) line.params = p.params;
        tl.lines.push(line);
        if (p.beatId) {
          beatInPlay.set(tl.buyerId, p.beatId);
          if (!tl.beatsRaised.includes(p.beatId)) tl.beatsRaised.push(p.beatId);
        }
        if (!openTurn.has(tl.buyerId) && tl.outcome === undefined) {
          const turn: Turn = { openedAt: e.t, openedBy: p.messageId, first: tl.turns.length === 0 };
          tl.turns.push(turn);
          openTurn.set(tl.buyerId, turn);
        }
        break;
      }
      case 'agent.message': {
        const p = e.payload;
        const msg: AgentMessage = {
          messageId: p.messageId,
          t: e.t,
          text: p.text,
          flags: p.flags,
          spans: p.spans,
          facts: p.facts,
          afterDone: tl.outcome !== undefined,
        };
        if (beatId) msg.beatId = beatId;
        tl.messages.push(msg);
        const turn = openTurn.get(tl.buyerId);
        if (turn) {
          turn.answeredAt = e.t;
          turn.answeredBy = p.messageId;
          openTurn.delete(tl.buyerId);
        }
        break;
      }
      case 'agent.action': {
        const p = e.payload;
        const rec: AgentActionRecord = { messageId: p.messageId, t: e.t, action: p.action };
        if (p.params) rec.params = p.params;
        if (beatId) rec.beatId = beatId;
        tl.actions.push(rec);
        break;
      }
      case 'agent.hint': {
        const hint: BuyerTimeline['hints'][number] = { messageId: e.payload.messageId, t: e.t };
        if (e.payload.beatId) hint.beatId = e.payload.beatId;
        tl.hints.push(hint);
        break;
      }
      case 'buyer.order':
        tl.orders.push({ t: e.t, order: e.payload });
        break;
      case 'buyer.judged':
        tl.judged.push(e.payload);
        break;
      case 'buyer.gauges':
        tl.gauges = e.payload.gauges;
        tl.mood = e.payload.mood;
        break;
      case 'buyer.done': {
        tl.outcome = e.payload.outcome;
        tl.doneAt = e.t;
        const turn = openTurn.get(tl.buyerId);
        if (turn) {
          turn.closedAt = e.t;
          openTurn.delete(tl.buyerId);
        }
        break;
      }
      default:
        break;
    }
  }
  for (const turn of openTurn.values()) turn.closedAt = endAt;
  return { scenario, start, buyers, endAt };
}

/** The last order record of a buyer (placed or paid), or undefined. */
export function lastOrder(tl: BuyerTimeline): LogPayloads['buyer.order'] | undefined {
  return tl.orders[tl.orders.length - 1]?.order;
}

/** When the buyer placed an order, and when it was paid (undefined if never). */
export function orderTimes(tl: BuyerTimeline): { placedAt?: number; paidAt?: number } {
  const out: { placedAt?: number; paidAt?: number } = {};
  for (const o of tl.orders) {
    if (out.placedAt === undefined) out.placedAt = o.t;
    if (o.order.status === 'paid' && out.paidAt === undefined) out.paidAt = o.t;
  }
  return out;
}
