/** Builds session logs by hand for scoring tests: flags and fact checks are given, not analysed. */
import type { Flag } from '../../../src/core/analysis/flags';
import type { Scenario } from '../../../src/core/scenario';
import type {
  AgentAction,
  BuyerOutcome,
  LogEntry,
  SessionMode,
} from '../../../src/core/session/contract';

export class LogBuilder {
  readonly log: LogEntry[] = [];
  private t = 0;

  constructor(
    scenario: Scenario,
    buyerIds: string[],
    mode: SessionMode = 'shift',
    locale: 'zh-CN' | 'en' | 'es' = 'zh-CN',
  ) {
    this.push('session.start', { scenarioId: scenario.id, locale, seed: 7, mode, buyerIds });
  }

  /** Sets the time (seconds) of the next entries. */
  at(seconds: number): this {
    this.t = Math.round(seconds * 1000);
    return this;
  }

  private push(type: string, payload: Record<string, unknown>, buyerId?: string): string {
    const seq = this.log.length;
    const e: LogEntry = { seq, t: this.t, type, payload };
    if (buyerId) e.buyerId = buyerId;
    this.log.push(e);
    return `m${seq}`;
  }

  arrive(buyerId: string): this {
    this.push('buyer.arrived', {}, buyerId);
    return this;
  }

  say(buyerId: string, lineId: string, beatId?: string): string {
    const id = `m${this.log.length}`;
    this.push('buyer.say', { messageId: id, lineId, ...(beatId ? { beatId } : {}) }, buyerId);
    return id;
  }

  agent(
    buyerId: string,
    text: string,
    flags: Flag[] = [],
    facts: { stated?: string[]; wrong?: string[] } = {},
  ): string {
    const id = `m${this.log.length}`;
    const spans: Record<string, { start: number; end: number }[]> = {};
    for (const f of flags) spans[f] = [{ start: 0, end: Math.min(1, text.length) }];
    this.push(
      'agent.message',
      {
        messageId: id,
        text,
        flags,
        spans,
        facts: { stated: facts.stated ?? [], wrong: facts.wrong ?? [] },
      },
      buyerId,
    );
    return id;
  }

  action(buyerId: string, action: AgentAction, params?: Record<string, unknown>): string {
    const id = `m${this.log.length}`;
    this.push('agent.action', { messageId: id, action, ...(params ? { params } : {}) }, buyerId);
    return id;
  }

  hint(buyerId: string, beatId?: string): string {
    const id = `m${this.log.length}`;
    this.push(
      'agent.hint',
      { messageId: id, hintKey: 'coaching:hint.greet', ...(beatId ? { beatId } : {}) },
      buyerId,
    );
    return id;
  }

  order(
    buyerId: string,
    status: 'placed' | 'paid',
    price: number,
    discount = 0,
    extra: Record<string, unknown> = {},
  ): this {
    this.push(
      'buyer.order',
      { status, price, quantity: 1, discount, freeShipping: false, giftIds: [], ...extra },
      buyerId,
    );
    return this;
  }

  done(buyerId: string, outcome: BuyerOutcome): this {
    this.push('buyer.done', { outcome }, buyerId);
    return this;
  }

  end(reason: 'agent' | 'allDone' = 'allDone'): LogEntry[] {
    this.push('session.end', { reason });
    return this.log;
  }
}
