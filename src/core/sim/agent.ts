/**
 * Scripted agents: they watch the session like a trainee (what the buyers say, typing, the order
 * panel), wait a human moment, and answer one chat at a time, oldest wait first (首问优先).
 * What they write depends on the policy; every message goes through the analyzer like a
 * trainee's.
 */
import { authorityLimit, createDeal } from '../buyers';
import type { Rng } from '../random';
import type { Buyer } from '../scenario/schema';
import type { AgentInput } from '../session/contract';
import { composeModelReply, phraseParams, type ComposeContext } from './compose';
import type { BuyerSeen, Observer } from './observe';
import { PHRASES } from './phrases';

/** The scripted agents' policies (DESIGN.md "Command-line contracts"). */
export const POLICIES = ['model', 'curt', 'rude', 'slow', 'silent', 'discounter'] as const;
export type Policy = (typeof POLICIES)[number];

/** True when `value` names a policy. */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === 'string' && (POLICIES as readonly string[]).includes(value);
}

/** When a policy answers: ms of quiet after the buyer's last line, and the longest it lets a wait run. */
interface Timing {
  quiet: [number, number];
  cap: number;
}

const TIMING: Record<Policy, Timing | null> = {
  model: { quiet: [2500, 4500], cap: 9000 },
  curt: { quiet: [2000, 4000], cap: 8000 },
  rude: { quiet: [2000, 4000], cap: 8000 },
  discounter: { quiet: [2500, 4500], cap: 9000 },
  // Good words, late: past the platform's 3-minute floor.
  slow: { quiet: [185_000, 230_000], cap: 230_000 },
  silent: null,
};

/** A payment reminder once an order has waited unpaid this long (003 §6 催付). */
const REMIND_AFTER_MS = 6000;

export class ScriptedAgent {
  private busyUntil = 0;
  private readonly quiet = new Map<string, number>();

  constructor(
    readonly policy: Policy,
    private readonly ctx: ComposeContext,
    private readonly rng: Rng,
  ) {}

  /** What the agent sends now (at most one chat's worth: it types one message at a time). */
  act(now: number, observer: Observer): AgentInput[] {
    if (now < this.busyUntil) return [];
    const due = this.dueBuyers(now, observer);
    const seen = due[0];
    if (!seen) return [];
    const buyer = this.ctx.index.buyer(seen.buyerId)!;
    const inputs = this.reply(buyer, seen);
    this.quiet.delete(seen.buyerId);
    const text = inputs.find((i) => i.type === 'agent.message');
    const chars = text && text.type === 'agent.message' ? [...text.text].length : 0;
    this.busyUntil = now + Math.min(5000, 800 + chars * 40);
    return inputs;
  }

  /** When the agent next wants to act (ms since start), or null if it waits for the buyers. */
  nextWake(now: number, observer: Observer): number | null {
    let best: number | null = null;
    for (const seen of observer.buyers.values()) {
      const t = this.dueAt(seen);
      if (t !== null) best = best === null ? t : Math.min(best, t);
    }
    if (best === null) return null;
    return Math.max(best, this.busyUntil, now + 1);
  }

  private dueBuyers(now: number, observer: Observer): BuyerSeen[] {
    return [...observer.buyers.values()]
      .filter((s) => {
        const t = this.dueAt(s);
        return t !== null && t <= now;
      })
      .sort((a, b) => (a.pendingSince ?? a.lastLineAt) - (b.pendingSince ?? b.lastLineAt));
  }

  /** When this buyer's chat is due an answer (or a proactive message), or null. */
  private dueAt(seen: BuyerSeen): number | null {
    const timing = TIMING[this.policy];
    if (!timing || !seen.arrived) return null;
    if (seen.pendingSince !== null && !seen.done) {
      let quiet = this.quiet.get(seen.buyerId);
      if (quiet === undefined) {
        quiet = this.rng.int(timing.quiet[0], timing.quiet[1]);
        this.quiet.set(seen.buyerId, quiet);
      }
      const cap = seen.pendingSince + timing.cap;
      if (this.policy === 'slow') return cap;
      return seen.typing ? cap : Math.min(cap, seen.lastLineAt + quiet);
    }
    if (this.policy !== 'model' && this.policy !== 'slow') return null;
    if (
      seen.order === 'placed' &&
      !seen.done &&
      !seen.sent.has('paymentReminder') &&
      seen.placedAt !== null
    ) {
      return seen.placedAt + (this.policy === 'slow' ? 190_000 : REMIND_AFTER_MS);
    }
    if (seen.done && seen.agentMessages > 0 && !seen.sent.has('farewell') && seen.doneAt !== null) {
      return seen.doneAt + 3000;
    }
    return null;
  }

  private reply(buyer: Buyer, seen: BuyerSeen): AgentInput[] {
    const buyerId = buyer.id;
    const phrases = PHRASES[this.ctx.locale];
    const message = (text: string): AgentInput => ({ type: 'agent.message', buyerId, text });
    switch (this.policy) {
      case 'curt':
        return [message(this.rng.pick(phrases.curt))];
      case 'rude':
        return [message(this.rng.pick(phrases.rude))];
      case 'discounter': {
        const deal = createDeal(this.ctx.scenario, buyer);
        const limit = authorityLimit(this.ctx.scenario.shop, deal);
        const amount = Math.round(
          Math.min(deal.listPrice * 0.9, Math.max(limit * 3, deal.listPrice * 0.3)),
        );
        const text = phrases.bigDiscount({ ...phraseParams(this.ctx, buyer), amount });
        if (seen.sent.has('discount')) return [message(text)];
        seen.sent.add('discount');
        return [
          message(text),
          { type: 'agent.action', buyerId, action: 'discount', params: { amount } },
        ];
      }
      case 'model':
      case 'slow': {
        if (seen.pendingSince === null && seen.order === 'placed' && !seen.done) {
          seen.sent.add('paymentReminder');
          return [
            message(
              phrases.model.join([phrases.model.payment_reminder(phraseParams(this.ctx, buyer))]),
            ),
          ];
        }
        const reply = composeModelReply(this.ctx, buyer, seen);
        for (const step of reply.steps) seen.sent.add(step);
        if (reply.beatId) seen.beatsAnswered.add(reply.beatId);
        return [message(reply.text), ...reply.actions];
      }
      default:
        return [];
    }
  }
}
