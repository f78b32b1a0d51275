/**
 * The trainee's view, folded from log entries one at a time. It hides hidden motives, budgets
 * and persona labels; the persona hint key appears only after the first exchange (a buyer line
 * answered by an agent message).
 */
import type { Locale } from '../locale';
import type { PersonaId } from '../scenario/schema';
import type { ConversationView, LogEntry, MessageView, SessionMode, TraineeView } from './contract';
import type { TypedEntry } from './log';
import type { ScenarioIndex } from './scenario-index';

/** The i18n key (namespace "coaching") of a persona's manner hint. */
export function personaHintKey(persona: PersonaId): string {
  return `coaching:personaHint.${persona}`;
}

/** The i18n key (namespace "coaching") of the system line shown for a workbench action. */
export function actionLineKey(action: string): string {
  return `coaching:system.action.${action}`;
}

interface ConversationState extends ConversationView {
  persona: PersonaId;
  buyerSpoke: boolean;
}

/** Mutable view state, updated entry by entry; `snapshot()` hands out an immutable copy. */
export class ViewState {
  private readonly conversations: ConversationState[];
  private readonly byId = new Map<string, ConversationState>();
  private focused: string | null = null;
  private hintsUsed = 0;
  private ended = false;
  private now = 0;
  private cached: TraineeView | null = null;

  constructor(
    private readonly index: ScenarioIndex,
    private readonly locale: Locale,
    private readonly mode: SessionMode,
    buyerIds: readonly string[],
    /** Double Eleven: when the sale opens (ms since start). */
    private readonly countdownEndsAt?: number,
  ) {
    this.conversations = buyerIds.map((id) => {
      const buyer = index.buyer(id);
      if (!buyer) throw new Error(`unknown buyer "${id}"`);
      const price = index.listPrice(buyer);
      const conv: ConversationState = {
        buyerId: id,
        name: buyer.name[locale] ?? buyer.name['zh-CN'],
        arrived: false,
        messages: [],
        unread: 0,
        waitingSince: null,
        typing: false,
        mood: 'neutral',
        order: {
          status: 'none',
          productId: buyer.product,
          ...(buyer.variant ? { variantId: buyer.variant } : {}),
          quantity: buyer.quantity,
          listPrice: price,
          price,
          freeShipping: false,
          giftIds: [],
        },
        persona: buyer.persona,
        buyerSpoke: false,
      };
      this.byId.set(id, conv);
      return conv;
    });
  }

  /** Sets the clock reading shown in the view. */
  setNow(now: number): void {
    if (now !== this.now) {
      this.now = now;
      this.cached = null;
    }
  }

  /** Folds one log entry into the view. */
  apply(raw: LogEntry): void {
    this.cached = null;
    this.now = Math.max(this.now, raw.t);
    const entry = raw as TypedEntry;
    if (entry.type === 'session.end') {
      this.ended = true;
      for (const c of this.conversations) c.typing = false;
      return;
    }
    const conv = entry.buyerId ? this.byId.get(entry.buyerId) : undefined;
    if (!conv) return;
    switch (entry.type) {
      case 'buyer.arrived':
        conv.arrived = true;
        break;
      case 'buyer.typing':
        conv.typing = true;
        break;
      case 'buyer.say': {
        const p = entry.payload;
        const msg: MessageView = { id: p.messageId, from: 'buyer', at: entry.t, lineId: p.lineId };
        if (p.params) msg.params = { ...p.params };
        conv.messages.push(msg);
        conv.typing = false;
        conv.buyerSpoke = true;
        if (this.focused !== conv.buyerId) conv.unread += 1;
        if (conv.waitingSince === null) conv.waitingSince = entry.t;
        break;
      }
      case 'agent.message':
        conv.messages.push({
          id: entry.payload.messageId,
          from: 'agent',
          at: entry.t,
          text: entry.payload.text,
        });
        conv.waitingSince = null;
        conv.unread = 0;
        if (conv.buyerSpoke) conv.personaHintKey = personaHintKey(conv.persona);
        break;
      case 'agent.action': {
        const p = entry.payload;
        const params: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(p.params ?? {})) {
          if (typeof v === 'string' || typeof v === 'number') params[k] = v;
        }
        conv.messages.push({
          id: p.messageId,
          from: 'system',
          at: entry.t,
          lineId: actionLineKey(p.action),
          params,
        });
        break;
      }
      case 'agent.hint':
        this.hintsUsed += 1;
        conv.messages.push({
          id: entry.payload.messageId,
          from: 'system',
          at: entry.t,
          lineId: entry.payload.hintKey,
          ...(entry.payload.beatId ? { params: { beatId: entry.payload.beatId } } : {}),
        });
        break;
      case 'agent.focus':
        this.focused = conv.buyerId;
        conv.unread = 0;
        break;
      case 'buyer.gauges':
        conv.mood = entry.payload.mood;
        break;
      case 'buyer.order': {
        const p = entry.payload;
        conv.order = {
          ...conv.order,
          status: p.status,
          price: p.price,
          quantity: p.quantity,
          freeShipping: p.freeShipping,
          giftIds: [...p.giftIds],
        };
        break;
      }
      case 'buyer.done':
        conv.outcome = entry.payload.outcome;
        conv.mood = 'gone';
        conv.typing = false;
        conv.waitingSince = null;
        break;
      default:
        break;
    }
  }

  /** An immutable snapshot of the trainee's view (the same object until the next change). */
  snapshot(scenarioId: string): TraineeView {
    if (this.cached) return this.cached;
    const view: TraineeView = {
      scenarioId,
      locale: this.locale,
      mode: this.mode,
      now: this.now,
      conversations: this.conversations.map((c) => {
        const out: ConversationView = {
          buyerId: c.buyerId,
          name: c.name,
          arrived: c.arrived,
          messages: c.messages.map((m) => ({
            ...m,
            ...(m.params ? { params: { ...m.params } } : {}),
          })),
          unread: c.unread,
          waitingSince: c.waitingSince,
          typing: c.typing,
          mood: c.mood,
          order: { ...c.order, giftIds: [...c.order.giftIds] },
        };
        if (c.personaHintKey) out.personaHintKey = c.personaHintKey;
        if (c.outcome) out.outcome = c.outcome;
        return out;
      }),
      hintsUsed: this.hintsUsed,
      ended: this.ended,
    };
    if (this.countdownEndsAt !== undefined) view.countdownEndsAt = this.countdownEndsAt;
    this.cached = deepFreeze(view);
    return this.cached;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
