/**
 * What a scripted agent knows about each buyer: only what a trainee sees — the buyer's lines
 * (scenario line ids or line-bank keys), typing, the order status and whether the buyer left —
 * read entry by entry off the session log. Grades, gauges and motives stay hidden.
 */
import type { LogEntry } from '../session/contract';
import type { TypedEntry } from '../session/log';
import type { ScenarioIndex } from '../session/scenario-index';

export interface SeenLine {
  t: number;
  lineId: string;
  bank: boolean;
  beatId?: string;
  /** For scenario lines: where in the beat the line comes from. */
  kind?: 'opening' | 'line' | 'good' | 'weak' | 'bad';
  params?: Record<string, string | number>;
}

export interface BuyerSeen {
  buyerId: string;
  arrived: boolean;
  typing: boolean;
  /** Lines since the agent's last message. */
  unanswered: SeenLine[];
  /** Time of the first unanswered line (null when nothing waits). */
  pendingSince: number | null;
  lastLineAt: number;
  /** Beats the buyer has asked, in order. */
  beatsAsked: string[];
  /** Beats answered and not re-asked since (a weak or bad reaction re-opens a beat). */
  beatsAnswered: Set<string>;
  agentMessages: number;
  order: 'none' | 'placed' | 'paid';
  placedAt: number | null;
  done: boolean;
  doneAt: number | null;
  /** What the agent already did for this buyer (closing flow). */
  sent: Set<string>;
}

/** Line-bank keys of a buyer's bare acknowledgement. */
const SHORT_ACKS = new Set(['taciturn.ok', 'taciturn.oh']);

/** Folds log entries into per-buyer observations. */
export class Observer {
  readonly buyers = new Map<string, BuyerSeen>();
  private read = 0;

  constructor(
    private readonly index: ScenarioIndex,
    buyerIds: readonly string[],
  ) {
    for (const id of buyerIds) {
      this.buyers.set(id, {
        buyerId: id,
        arrived: false,
        typing: false,
        unanswered: [],
        pendingSince: null,
        lastLineAt: 0,
        beatsAsked: [],
        beatsAnswered: new Set(),
        agentMessages: 0,
        order: 'none',
        placedAt: null,
        done: false,
        doneAt: null,
        sent: new Set(),
      });
    }
  }

  /** Reads the entries appended since the last call. */
  update(log: readonly LogEntry[]): void {
    for (; this.read < log.length; this.read++) this.apply(log[this.read] as TypedEntry);
  }

  private apply(e: TypedEntry): void {
    const b = e.buyerId ? this.buyers.get(e.buyerId) : undefined;
    if (!b) return;
    switch (e.type) {
      case 'buyer.arrived':
        b.arrived = true;
        break;
      case 'buyer.typing':
        b.typing = true;
        break;
      case 'buyer.say': {
        const p = e.payload;
        const bank = p.source === 'bank' || !this.index.line(b.buyerId, p.lineId);
        const ref = bank ? undefined : this.index.line(b.buyerId, p.lineId);
        const line: SeenLine = { t: e.t, lineId: p.lineId, bank };
        const beatId = p.beatId ?? ref?.beatId;
        if (beatId) line.beatId = beatId;
        if (ref) line.kind = ref.kind;
        if (p.params) line.params = p.params;
        b.unanswered.push(line);
        b.typing = false;
        b.lastLineAt = e.t;
        if (b.pendingSince === null) b.pendingSince = e.t;
        if (ref?.kind === 'line' && beatId) {
          if (!b.beatsAsked.includes(beatId)) b.beatsAsked.push(beatId);
          b.beatsAnswered.delete(beatId);
        }
        if ((ref?.kind === 'weak' || ref?.kind === 'bad') && beatId) b.beatsAnswered.delete(beatId);
        // A bare "嗯" / "哦" right after an answer means it did not land: the beat is still open.
        if (bank && SHORT_ACKS.has(p.lineId)) {
          const lastAsked = b.beatsAsked[b.beatsAsked.length - 1];
          if (lastAsked) b.beatsAnswered.delete(lastAsked);
        }
        if (p.lineId === 'common.ordered' && b.order === 'none') {
          b.order = 'placed';
          b.placedAt = e.t;
        }
        break;
      }
      case 'buyer.order':
        b.order = e.payload.status;
        if (b.placedAt === null) b.placedAt = e.t;
        break;
      case 'agent.message':
        b.unanswered = [];
        b.pendingSince = null;
        b.agentMessages += 1;
        break;
      case 'buyer.done':
        b.done = true;
        b.doneAt = e.t;
        b.typing = false;
        break;
      default:
        break;
    }
  }
}
