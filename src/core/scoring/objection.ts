/**
 * Objection handling: each beat the buyer raised met with its required facts (right ones) and a
 * good move for its type; no hedge on quality (004 §2.3), no absolute promise (003 §8 二.2);
 * value before any concession and the concession ladder free shipping → gift → small discount,
 * within the agent's authority (004 §2.1, 003 §8 补偿权限); and the persona's own technique
 * (seed 002). A base of 20; the beats share 80; deductions come off the total.
 */
import type { Flag } from '../analysis/flags';
import { applyConcession, createDeal, isBeyondAuthority } from '../buyers';
import type { Beat, Scenario } from '../scenario/schema';
import type { AgentAction } from '../session/contract';
import { anchorId, annotate, type Annotation } from './annotation';
import { TONE_FLAGS } from './rules';
import type { AgentMessage, BuyerTimeline } from './timeline';

/** Flags that a workbench action stands for (a card is a recommendation, and so on). */
export const ACTION_AS_FLAG: Partial<Record<AgentAction, Flag>> = {
  productCard: 'recommend',
  coupon: 'discount_offer',
  discount: 'discount_offer',
  modifyPrice: 'discount_offer',
  gift: 'gift_offer',
  freeShipping: 'free_shipping',
  paymentReminder: 'payment_reminder',
  verifyAddress: 'order_check',
  escalate: 'escalate',
};

const BEAT_SHARE = 80;

/** Objection-handling annotations of one buyer. */
export function scoreObjections(tl: BuyerTimeline, scenario: Scenario): Annotation[] {
  const out: Annotation[] = [];
  const live = tl.messages.filter((m) => !m.afterDone);
  const raised = tl.beatsRaised
    .map((id) => tl.buyer.beats.find((b) => b.id === id))
    .filter((b): b is Beat => b !== undefined);
  const share = raised.length > 0 ? BEAT_SHARE / raised.length : 0;
  for (const beat of raised) out.push(...scoreBeat(tl, beat, share, live));
  out.push(...scoreMessages(tl, live));
  out.push(...scoreConcessions(tl, scenario, live));
  out.push(...scorePersona(tl, live));
  for (const hint of tl.hints) out.push(annotate('oh-hint', tl.buyerId, hint.messageId));
  return out;
}

function scoreBeat(
  tl: BuyerTimeline,
  beat: Beat,
  share: number,
  live: AgentMessage[],
): Annotation[] {
  const out: Annotation[] = [];
  const id = tl.buyerId;
  const raisedAt = tl.lines.find((l) => l.beatId === beat.id)?.t ?? Infinity;
  // Messages answering this beat, and facts volunteered before it was raised.
  const inBeat = live.filter((m) => m.beatId === beat.id);
  const upToBeat = live.filter((m) => m.beatId === beat.id || m.t < raisedAt);
  const actions = tl.actions.filter((a) => a.beatId === beat.id);
  const anchor =
    inBeat[0]?.messageId ?? tl.lines.find((l) => l.beatId === beat.id)?.messageId ?? id;

  const factShare = beat.requiredFacts.length > 0 ? 0.5 : 0;
  if (factShare > 0) {
    const stated = beat.requiredFacts.filter((f) =>
      upToBeat.some((m) => m.facts.stated.includes(f)),
    );
    if (stated.length > 0) {
      const m = upToBeat.find((x) => stated.some((f) => x.facts.stated.includes(f)));
      out.push(
        annotate('oh-facts-stated', id, m?.messageId ?? anchor, {
          points: (share * factShare * stated.length) / beat.requiredFacts.length,
          params: { beat: beat.id, facts: stated.join(',') },
        }),
      );
    }
    for (const f of beat.requiredFacts.filter((x) => !stated.includes(x))) {
      out.push(annotate('oh-facts-missing', id, anchor, { params: { beat: beat.id, fact: f } }));
    }
  }

  const shown = new Map<Flag, AgentMessage | undefined>();
  for (const m of inBeat) for (const f of m.flags) if (!shown.has(f)) shown.set(f, m);
  for (const a of actions) {
    const f = ACTION_AS_FLAG[a.action];
    if (f && !shown.has(f)) shown.set(f, undefined);
  }
  const moveShare = share * (1 - factShare);
  const good =
    beat.goodMoves.length > 0
      ? beat.goodMoves.find((f) => shown.has(f))
      : inBeat.find((m) => !m.flags.includes('curt') && !m.flags.includes('rude'))?.flags[0];
  const substantive =
    beat.goodMoves.length === 0 &&
    inBeat.some((m) => !m.flags.includes('curt') && !m.flags.includes('rude'));
  if (good || substantive) {
    const m = good ? shown.get(good) : inBeat[0];
    out.push(
      annotate('oh-move-good', id, m?.messageId ?? anchor, {
        points: moveShare,
        ...(good && m ? { spans: m.spans[good] ?? [] } : {}),
        params: { beat: beat.id, move: good ?? 'answer' },
      }),
    );
  } else {
    out.push(
      annotate('oh-move-missing', id, anchor, {
        params: { beat: beat.id, moves: beat.goodMoves.join(',') },
      }),
    );
  }
  for (const f of beat.badMoves) {
    if (TONE_FLAGS.includes(f) || !shown.has(f)) continue;
    const m = shown.get(f);
    out.push(
      annotate('oh-bad-move', id, m?.messageId ?? anchor, {
        ...(m ? { spans: m.spans[f] ?? [] } : {}),
        params: { beat: beat.id, move: f },
      }),
    );
  }
  return out;
}

function scoreMessages(tl: BuyerTimeline, live: AgentMessage[]): Annotation[] {
  const out: Annotation[] = [];
  const id = tl.buyerId;
  for (const m of live) {
    for (const fact of m.facts.wrong) {
      out.push(annotate('oh-fact-wrong', id, m.messageId, { params: { fact } }));
    }
    if (m.flags.includes('hedge')) {
      out.push(annotate('oh-hedge', id, m.messageId, { spans: m.spans.hedge ?? [] }));
    }
    if (m.flags.includes('absolute_promise')) {
      const spans = m.spans.absolute_promise ?? [];
      out.push(annotate('oh-promise', id, m.messageId, { spans }));
      if (tl.buyer.persona === 'cautious') {
        out.push(annotate('oh-cautious-exaggeration', id, m.messageId, { spans }));
      }
    }
  }
  return out;
}

interface Concession {
  t: number;
  seq: number;
  kind: 'discount' | 'gift' | 'freeShipping';
  messageId: string;
}

function scoreConcessions(
  tl: BuyerTimeline,
  scenario: Scenario,
  live: AgentMessage[],
): Annotation[] {
  const out: Annotation[] = [];
  const id = tl.buyerId;
  const concessions: Concession[] = [];
  const kindOf: Partial<Record<Flag, Concession['kind']>> = {
    discount_offer: 'discount',
    gift_offer: 'gift',
    free_shipping: 'freeShipping',
  };
  for (const m of live) {
    for (const f of m.flags) {
      const kind = kindOf[f];
      if (kind) concessions.push({ t: m.t, seq: seqOf(m.messageId), kind, messageId: m.messageId });
    }
  }
  for (const a of tl.actions) {
    const f = ACTION_AS_FLAG[a.action];
    const kind = f ? kindOf[f] : undefined;
    if (kind) concessions.push({ t: a.t, seq: seqOf(a.messageId), kind, messageId: a.messageId });
  }
  concessions.sort((a, b) => a.seq - b.seq);
  const firstConcession = concessions[0];
  if (firstConcession) {
    const valued = live.some(
      (m) => m.flags.includes('value') && seqOf(m.messageId) <= firstConcession.seq,
    );
    if (!valued) out.push(annotate('oh-value-first', id, firstConcession.messageId));
  }
  const deal0 = createDeal(scenario, tl.buyer);
  const shippingRung = deal0.listPrice * deal0.quantity < scenario.shop.freeShippingThreshold;
  const giftRung = scenario.shop.gifts.length > 0;
  const firstDiscount = concessions.find((c) => c.kind === 'discount');
  if (firstDiscount && (shippingRung || giftRung)) {
    const lower = concessions.some(
      (c) =>
        c.seq < firstDiscount.seq &&
        ((c.kind === 'freeShipping' && shippingRung) || (c.kind === 'gift' && giftRung)),
    );
    if (!lower) out.push(annotate('oh-ladder', id, firstDiscount.messageId));
  }
  // Authority: replay the concession actions on the deal, as the buyer machine does.
  const escalatedAt = Math.min(
    ...tl.actions.filter((a) => a.action === 'escalate').map((a) => seqOf(a.messageId)),
    ...live.filter((m) => m.flags.includes('escalate')).map((m) => seqOf(m.messageId)),
  );
  let deal = deal0;
  let beyond = 0;
  for (const a of tl.actions) {
    const result = applyConcession(scenario.shop, deal, a.action, a.params ?? {});
    if (!result.given) continue;
    const wasBeyond = isBeyondAuthority(scenario.shop, deal);
    deal = result.deal;
    if (!wasBeyond && isBeyondAuthority(scenario.shop, deal) && seqOf(a.messageId) < escalatedAt) {
      out.push(
        annotate(beyond === 0 ? 'oh-authority' : 'oh-authority-again', id, a.messageId, {
          params: { unitPrice: deal.unitPrice, listPrice: deal.listPrice },
        }),
      );
      beyond += 1;
    } else if (wasBeyond && (result.given === 'discount' || result.given === 'modifyPrice')) {
      out.push(annotate('oh-authority-again', id, a.messageId));
      beyond += 1;
    }
  }
  return out;
}

function scorePersona(tl: BuyerTimeline, live: AgentMessage[]): Annotation[] {
  const out: Annotation[] = [];
  const id = tl.buyerId;
  if (live.length === 0) return out;
  const any = (f: Flag) => live.some((m) => m.flags.includes(f));
  switch (tl.buyer.persona) {
    case 'taciturn':
      if (!any('probe') && !any('choice_question')) {
        out.push(annotate('oh-taciturn-probe', id, anchorId(tl)));
      }
      for (const m of live) {
        if (questionCount(m.text) > 1)
          out.push(annotate('oh-taciturn-one-question', id, m.messageId));
      }
      break;
    case 'chatty':
      for (const line of tl.lines) {
        if (!/offTopic/i.test(line.lineId)) continue;
        const reply = live.find((m) => m.t >= line.t);
        const steered =
          reply &&
          ['recommend', 'probe', 'value', 'choice_question'].some((f) =>
            reply.flags.includes(f as Flag),
          );
        if (!steered) out.push(annotate('oh-chatty-steer', id, reply?.messageId ?? line.messageId));
      }
      break;
    case 'cautious':
      if (!any('assurance')) out.push(annotate('oh-cautious-assurance', id, anchorId(tl)));
      break;
    case 'picky':
      if (!any('value')) out.push(annotate('oh-picky-value', id, anchorId(tl)));
      break;
    default:
      break;
  }
  return out;
}

/** Number of questions in a reply (question marks, full- or half-width, runs counted once). */
export function questionCount(text: string): number {
  return (text.match(/[?？]+/g) ?? []).length;
}

/** The log seq encoded in a message id ("m12" → 12). */
export function seqOf(messageId: string): number {
  const n = Number(messageId.slice(1));
  return Number.isFinite(n) ? n : Infinity;
}
