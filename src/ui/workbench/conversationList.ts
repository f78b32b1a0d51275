/** The left-hand conversation list: avatar, name, persona hint, unread badge, waiting timer, mood. */
import type { ConversationView, Mood } from '../../core/session/contract';
import { t } from '../../i18n';
import { h } from '../dom';
import { avatar } from './avatar';
import { formatDuration, waitLevel, type WaitTargets } from './queue';

export const MOOD_FACE: Record<Mood, string> = {
  happy: '😊',
  neutral: '🙂',
  impatient: '😣',
  angry: '😠',
  gone: '👋',
};

interface Item {
  el: HTMLButtonElement;
  hint: HTMLElement;
  badge: HTMLElement;
  timer: HTMLElement;
  mood: HTMLElement;
  status: HTMLElement;
}

export interface ConversationList {
  el: HTMLElement;
  update(open: ConversationView[], queued: number, activeId: string | null, now: number): void;
}

/** Creates the list; `personaHint` turns a hint key into text. */
export function createConversationList(options: {
  targets: WaitTargets;
  onSelect(buyerId: string): void;
  personaHint(key: string): string;
}): ConversationList {
  const items = new Map<string, Item>();
  const list = h('ul', {
    class: 'conv-items',
    attrs: { 'aria-label': t('workbench.conversations') },
  });
  const queue = h('p', { class: 'queue-note', testid: 'queue' });
  const el = h(
    'aside',
    { class: 'wb-list' },
    h('h2', { text: t('workbench.conversations') }),
    list,
    queue,
  );

  const create = (c: ConversationView): Item => {
    const hint = h('span', { class: 'persona-hint' });
    const badge = h('span', { class: 'badge', testid: 'unread' });
    const timer = h('span', { class: 'timer', testid: 'waiting' });
    const mood = h('span', { class: 'mood' });
    const status = h('span', { class: 'status' });
    const button = h(
      'button',
      {
        class: 'conv',
        testid: `conversation-${c.buyerId}`,
        attrs: { type: 'button' },
        on: { click: () => options.onSelect(c.buyerId) },
      },
      h('span', { class: 'avatar-wrap' }, avatar(c.buyerId, c.name), badge),
      h(
        'span',
        { class: 'conv-body' },
        h('span', { class: 'conv-top' }, h('strong', { text: c.name }), mood),
        h('span', { class: 'conv-bottom' }, hint, status, timer),
      ),
    );
    list.append(h('li', {}, button));
    return { el: button, hint, badge, timer, mood, status };
  };

  return {
    el,
    update(open, queued, activeId, now) {
      for (const c of open) {
        const item = items.get(c.buyerId) ?? create(c);
        items.set(c.buyerId, item);
        item.el.classList.toggle('active', c.buyerId === activeId);
        item.el.setAttribute('aria-current', c.buyerId === activeId ? 'true' : 'false');
        item.el.classList.toggle('done', c.outcome !== undefined);
        item.hint.textContent = c.personaHintKey ? options.personaHint(c.personaHintKey) : '';
        item.badge.textContent = c.unread > 0 ? String(c.unread) : '';
        item.badge.hidden = c.unread === 0;
        const level = c.outcome ? 'none' : waitLevel(c.waitingSince, now, options.targets);
        item.timer.className = `timer ${level}`;
        item.timer.textContent =
          level === 'none' || c.waitingSince === null ? '' : formatDuration(now - c.waitingSince);
        item.mood.textContent = MOOD_FACE[c.mood];
        item.mood.title = t(`mood.${c.mood}`);
        item.status.textContent = c.outcome ? t(`outcome.${c.outcome}`) : '';
      }
      queue.textContent = queued > 0 ? t('workbench.queue', { count: queued }) : '';
      queue.hidden = queued === 0;
    },
  };
}
