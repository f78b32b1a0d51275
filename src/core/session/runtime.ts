/**
 * The session's runtime: the log it appends to, the view it folds, the cues it emits, and the
 * routing helpers that the session machine's actions call. One per session.
 */
import type { BuyerOutput, BuyerInput } from '../buyers/contract';
import type { Locale } from '../locale';
import { createRng, type Rng } from '../random';
import type { Buyer, Scenario } from '../scenario/schema';
import type { AgentInput, LogEntry, SessionCue, SessionMode } from './contract';
import type { ManualClock } from './clock';
import type { SessionDeps, BuyerSpawnContext } from './deps';
import type { LogPayloads, LogType } from './log';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import { ViewState } from './view';

/** One buyer of the session's roster. */
export interface RosterEntry {
  buyer: Buyer;
  /** ms after the session start when the buyer arrives. */
  arrivalMs: number;
  rng: Rng;
  seed: number;
  status: 'waiting' | 'present' | 'done';
  /** The last line the buyer said (text in the locale), for the analyzer's context. */
  lastLine?: string;
  /** The beat in play: the beat of the buyer's last line that belongs to one. */
  beatId?: string;
}

export interface RuntimeOptions {
  scenario: Scenario;
  locale: Locale;
  seed: number;
  mode: SessionMode;
  buyerIds: string[];
  clock: ManualClock;
  deps: SessionDeps;
}

/** Key of the hint for a beat's objection type (namespace "coaching"). */
export function hintKey(objection: string | undefined): string {
  return objection ? `coaching:hint.objection.${objection}` : 'coaching:hint.greet';
}

export class SessionRuntime {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  readonly locale: Locale;
  readonly seed: number;
  readonly mode: SessionMode;
  readonly clock: ManualClock;
  readonly deps: SessionDeps;
  readonly log: LogEntry[] = [];
  readonly roster: RosterEntry[];
  /** The trainee's view, folded from the log lazily (see {@link SessionRuntime.syncedView}). */
  private readonly view: ViewState;
  /** How many log entries the view has folded. */
  private viewAt = 0;
  readonly cueListeners = new Set<(cue: SessionCue) => void>();
  endReason: 'agent' | 'allDone' | null = null;
  /** Buyers whose actor was spawned, and those whose actor has since stopped (done or failed). */
  readonly spawned = new Set<string>();
  readonly stopped = new Set<string>();
  /** Direct outputs held until the session actor has started (null once released). */
  private held: BuyerOutput[] | null = [];
  ended = false;

  constructor(options: RuntimeOptions) {
    this.scenario = options.scenario;
    this.index = indexScenario(options.scenario);
    this.locale = options.locale;
    this.seed = options.seed;
    this.mode = options.mode;
    this.clock = options.clock;
    this.deps = options.deps;
    const rng = createRng(options.seed);
    this.roster = options.buyerIds.map((id) => {
      const buyer = this.index.buyer(id);
      if (!buyer) throw new Error(`the scenario has no buyer "${id}"`);
      const arrivalMs = options.mode === 'practice' ? 0 : Math.round(buyer.arrivalSeconds * 1000);
      const buyerRng = rng.fork(id);
      const seed = buyerRng.int(0, 0xffffffff) >>> 0;
      return { buyer, arrivalMs, rng: buyerRng, seed, status: 'waiting' as const };
    });
    // Double Eleven: the sale opens (the in-game 00:00) when the first wave arrives.
    const opening = Math.min(...this.roster.map((r) => r.arrivalMs));
    this.view = new ViewState(
      this.index,
      options.locale,
      options.mode,
      options.buyerIds,
      options.mode === 'double11' && opening > 0 ? opening : undefined,
    );
  }

  /** Appends an entry stamped with the clock's time; folds it into the view and emits its cue. */
  append<K extends LogType>(type: K, payload: LogPayloads[K], buyerId?: string): LogEntry {
    const entry: LogEntry = { seq: this.log.length, t: this.clock.now(), type };
    if (buyerId !== undefined) entry.buyerId = buyerId;
    entry.payload = payload as Record<string, unknown>;
    this.log.push(Object.freeze(entry));
    if (this.cueListeners.size > 0) {
      const cue = cueFor(entry);
      if (cue) for (const listener of this.cueListeners) listener(cue);
    }
    return entry;
  }

  /**
   * The view with every log entry folded in. The view depends on the entries alone, so folding
   * them when the view is read (rather than at each append) gives the same view.
   */
  syncedView(): ViewState {
    const log = this.log;
    while (this.viewAt < log.length) this.view.apply(log[this.viewAt++]!);
    return this.view;
  }

  /** The next message id: "m" + the seq of the entry about to be written. */
  nextMessageId(): string {
    return `m${this.log.length}`;
  }

  rosterEntry(buyerId: string): RosterEntry | undefined {
    return this.roster.find((r) => r.buyer.id === buyerId);
  }

  spawnContext(entry: RosterEntry): BuyerSpawnContext {
    return {
      scenario: this.scenario,
      buyer: entry.buyer,
      locale: this.locale,
      mode: this.mode,
      rng: entry.rng,
      seed: entry.seed,
    };
  }

  /** Checks an agent input's buyer; logs a rejection and returns undefined when it cannot go. */
  target(input: Exclude<AgentInput, { type: 'session.end' }>): RosterEntry | undefined {
    const entry = this.rosterEntry(input.buyerId);
    if (!entry) {
      this.append('agent.rejected', { input: input.type, reason: 'unknownBuyer' }, input.buyerId);
      return undefined;
    }
    if (entry.status === 'waiting') {
      this.append('agent.rejected', { input: input.type, reason: 'notArrived' }, input.buyerId);
      return undefined;
    }
    return entry;
  }

  /**
   * Routes one agent input (message, action, hint or focus): checks its buyer, analyses and logs
   * it, and returns the event for the buyer's actor when the buyer is present (the caller sends
   * it to that actor).
   */
  route(input: Exclude<AgentInput, { type: 'session.end' }>): BuyerInput | undefined {
    switch (input.type) {
      case 'agent.hint':
        this.agentHint(input.buyerId);
        return undefined;
      case 'agent.focus':
        if (this.target(input)) this.append('agent.focus', {}, input.buyerId);
        return undefined;
      case 'agent.message': {
        const entry = this.target(input);
        return entry ? this.agentMessage(entry, input.text) : undefined;
      }
      case 'agent.action': {
        const entry = this.target(input);
        return entry ? this.agentAction(entry, input) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Analyses and logs an agent message; returns the event for the buyer when it is present. */
  agentMessage(entry: RosterEntry, text: string): BuyerInput | undefined {
    const product = this.index.product(entry.buyer.product);
    const context = entry.lastLine !== undefined ? { buyerMessage: entry.lastLine } : undefined;
    const analysis = this.deps.analyzeReply(text, this.locale, context);
    const facts = this.deps.checkFacts(text, this.locale, product?.facts ?? []);
    const messageId = this.nextMessageId();
    this.append(
      'agent.message',
      {
        messageId,
        text,
        flags: [...analysis.flags],
        spans: analysis.spans,
        facts: { stated: [...facts.stated], wrong: [...facts.wrong] },
      },
      entry.buyer.id,
    );
    if (entry.status !== 'present') return undefined;
    return { type: 'agent.reply', messageId, text, analysis, facts };
  }

  /** Logs an agent action; returns the event for the buyer when it is present. */
  agentAction(
    entry: RosterEntry,
    input: Extract<AgentInput, { type: 'agent.action' }>,
  ): BuyerInput | undefined {
    const messageId = this.nextMessageId();
    const payload: LogPayloads['agent.action'] = { messageId, action: input.action };
    if (input.params) payload.params = { ...input.params };
    this.append('agent.action', payload, entry.buyer.id);
    if (entry.status !== 'present') return undefined;
    const event: BuyerInput = { type: 'agent.action', messageId, action: input.action };
    if (input.params) event.params = { ...input.params };
    return event;
  }

  /** Logs a hint request: granted in practice mode (for the beat in play), refused otherwise. */
  agentHint(buyerId: string): void {
    const entry = this.rosterEntry(buyerId);
    if (this.mode !== 'practice') {
      this.append('agent.hint.refused', { reason: 'mode' }, buyerId);
      return;
    }
    if (!entry || entry.status === 'waiting') {
      this.append('agent.hint.refused', { reason: 'noBuyer' }, buyerId);
      return;
    }
    const beat = entry.beatId ? this.index.beat(buyerId, entry.beatId) : undefined;
    const payload: LogPayloads['agent.hint'] = {
      messageId: this.nextMessageId(),
      hintKey: hintKey(beat?.objection),
    };
    if (beat) payload.beatId = beat.id;
    this.append('agent.hint', payload, buyerId);
  }

  /** Logs one event a buyer machine sent to the session. */
  buyerOutput(event: BuyerOutput): void {
    const entry = this.rosterEntry(event.buyerId);
    if (!entry || entry.status !== 'present') return;
    const id = event.buyerId;
    switch (event.type) {
      case 'buyer.typing':
        this.append('buyer.typing', {}, id);
        break;
      case 'buyer.say': {
        const payload: LogPayloads['buyer.say'] = {
          messageId: this.nextMessageId(),
          lineId: event.lineId,
        };
        if (event.params) payload.params = { ...event.params };
        if (event.source) payload.source = event.source;
        const ref = this.index.line(id, event.lineId);
        const beatId = event.beatId ?? ref?.beatId;
        if (beatId) {
          payload.beatId = beatId;
          entry.beatId = beatId;
        }
        entry.lastLine = this.index.lineText(id, event.lineId, this.locale);
        this.append('buyer.say', payload, id);
        break;
      }
      case 'buyer.judged':
        this.append(
          'buyer.judged',
          {
            messageId: event.messageId,
            beatId: event.beatId,
            grade: event.grade,
            reasons: [...event.reasons],
          },
          id,
        );
        break;
      case 'buyer.gauges':
        this.append('buyer.gauges', { gauges: { ...event.gauges }, mood: event.mood }, id);
        break;
      case 'buyer.patienceWarning':
        this.append('buyer.patienceWarning', {}, id);
        break;
      case 'buyer.order': {
        const payload: LogPayloads['buyer.order'] = {
          status: event.status,
          price: event.price,
          quantity: event.quantity,
          discount: event.discount,
          freeShipping: event.freeShipping,
          giftIds: [...event.giftIds],
        };
        if (event.listPrice !== undefined) payload.listPrice = event.listPrice;
        if (event.discountPercent !== undefined) payload.discountPercent = event.discountPercent;
        if (event.beyondAuthority !== undefined) payload.beyondAuthority = event.beyondAuthority;
        if (event.couponIds) payload.couponIds = [...event.couponIds];
        if (event.productId !== undefined) payload.productId = event.productId;
        if (event.variantId !== undefined) payload.variantId = event.variantId;
        this.append('buyer.order', payload, id);
        break;
      }
      case 'buyer.done':
        entry.status = 'done';
        this.append('buyer.done', { outcome: event.outcome }, id);
        break;
      default:
        break;
    }
  }

  /**
   * Takes an output a buyer handed over directly (see buyers/sink.ts). A buyer spawned while the
   * session actor starts runs before its arrival is logged; its first outputs are held until
   * {@link SessionRuntime.releaseHeld} (called once the session actor has started), the order
   * in which they would have reached the session machine as events.
   */
  directOutput(event: BuyerOutput): void {
    if (this.held !== null && this.rosterEntry(event.buyerId)?.status === 'waiting') {
      this.held.push(event);
      return;
    }
    this.buyerOutput(event);
  }

  /** Logs the outputs held while the session actor started; later outputs go straight in. */
  releaseHeld(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const event of held) this.buyerOutput(event);
  }

  /** Ends, on the session's behalf, the buyers that did not answer session.end. */
  closeRemaining(): void {
    for (const entry of this.roster) {
      if (entry.status !== 'present') continue;
      entry.status = 'done';
      const placed = this.log.some((e) => e.buyerId === entry.buyer.id && e.type === 'buyer.order');
      this.append('buyer.done', { outcome: placed ? 'unpaid' : 'left' }, entry.buyer.id);
    }
  }

  /**
   * True when no buyer actor is still running, counting `stoppingId` (the buyer whose done or
   * error event the session is handling) as stopped. The session ends only then, so that no
   * buyer's end reaches a session actor that has already stopped.
   */
  noBuyerRunning(stoppingId?: string): boolean {
    for (const id of this.spawned) if (id !== stoppingId && !this.stopped.has(id)) return false;
    return true;
  }

  /** True when every buyer that will take part has arrived and is done. */
  allDone(onlyArrived: boolean): boolean {
    return this.roster.every((r) => r.status === 'done' || (onlyArrived && r.status === 'waiting'));
  }
}

function cueFor(entry: LogEntry): SessionCue | undefined {
  const buyerId = entry.buyerId ?? '';
  switch (entry.type) {
    case 'buyer.arrived':
      return { type: 'cue.buyerArrived', buyerId };
    case 'buyer.typing':
      return { type: 'cue.buyerTyping', buyerId };
    case 'buyer.say':
      return { type: 'cue.buyerMessage', buyerId, messageId: String(entry.payload?.messageId) };
    case 'buyer.patienceWarning':
      return { type: 'cue.patienceWarning', buyerId };
    case 'buyer.order':
      return entry.payload?.status === 'paid'
        ? { type: 'cue.orderPaid', buyerId }
        : { type: 'cue.orderPlaced', buyerId };
    case 'buyer.done':
      return {
        type: 'cue.buyerLeft',
        buyerId,
        outcome: entry.payload?.outcome as 'paid' | 'unpaid' | 'left' | 'leftAngry' | 'complaint',
      };
    case 'session.end':
      return { type: 'cue.sessionEnded' };
    default:
      return undefined;
  }
}
