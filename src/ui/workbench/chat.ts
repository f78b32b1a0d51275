/** The centre chat: header, bubbles (appended incrementally), typing indicator. */
import type { ConversationView, MessageView } from '../../core/session/contract';
import { t } from '../../i18n';
import { h, replaceChildren } from '../dom';
import { avatar } from './avatar';
import { MOOD_FACE } from './conversationList';
import type { LineResolver } from './lines';
import { formatDuration } from './queue';

export interface ChatPane {
  el: HTMLElement;
  /** The composer goes below the messages. */
  composerSlot: HTMLElement;
  show(conversation: ConversationView | null, now: number): void;
}

function clock(ms: number): string {
  return formatDuration(ms);
}

/** Creates the chat pane. `productCard` renders a product card message body. */
export function createChatPane(options: {
  resolve: LineResolver;
  productCard(productId: string): HTMLElement | null;
}): ChatPane {
  const title = h('strong', { class: 'chat-name' });
  const sub = h('span', { class: 'chat-sub' });
  const header = h('header', { class: 'chat-header' }, title, sub);
  const messages = h('div', {
    class: 'messages',
    testid: 'messages',
    attrs: { role: 'log', 'aria-label': t('workbench.chat') },
  });
  const typing = h(
    'div',
    { class: 'typing', testid: 'typing', attrs: { 'aria-hidden': 'true' } },
    h('span', { class: 'dots' }, h('i'), h('i'), h('i')),
    h('span', { class: 'typing-text' }),
  );
  typing.hidden = true;
  const composerSlot = h('div', { class: 'composer-slot' });
  const empty = h('p', { class: 'chat-empty', text: t('workbench.noChat') });
  const el = h('main', { class: 'wb-chat' }, header, messages, typing, composerSlot);

  let shownId: string | null = null;
  const rendered = new Set<string>();

  const bubble = (m: MessageView, c: ConversationView): HTMLElement => {
    const card = m.params?.productId ? options.productCard(String(m.params.productId)) : null;
    if (m.from === 'system') {
      // Workbench actions and hints; a product card shows as the card the buyer receives.
      const note = h('div', {
        class: 'system-note',
        testid: 'message-system',
        text: options.resolve(m),
      });
      return card
        ? h(
            'div',
            { class: 'bubble-row agent sent-card' },
            h('div', { class: 'bubble' }, card),
            note,
          )
        : note;
    }
    const body = h('div', { class: 'text', text: options.resolve(m) });
    return h(
      'div',
      {
        class: `bubble-row ${m.from}`,
        testid: `message-${m.from}`,
        attrs: { 'data-id': m.id },
      },
      m.from === 'buyer' ? avatar(c.buyerId, c.name) : null,
      h(
        'div',
        { class: 'bubble-wrap' },
        h('span', {
          class: 'meta',
          text: `${m.from === 'buyer' ? c.name : t('workbench.you')} · ${clock(m.at)}`,
        }),
        h('div', { class: 'bubble' }, body),
      ),
    );
  };

  return {
    el,
    composerSlot,
    show(c, now) {
      if (!c) {
        shownId = null;
        rendered.clear();
        replaceChildren(messages, empty);
        title.textContent = '';
        sub.textContent = '';
        typing.hidden = true;
        return;
      }
      if (c.buyerId !== shownId) {
        shownId = c.buyerId;
        rendered.clear();
        messages.replaceChildren();
      }
      title.textContent = `${MOOD_FACE[c.mood]} ${c.name}`;
      const waiting =
        c.waitingSince !== null && !c.outcome
          ? t('workbench.waiting', { time: formatDuration(now - c.waitingSince) })
          : '';
      sub.textContent = c.outcome ? t(`outcome.${c.outcome}`) : waiting;
      const nearBottom = messages.scrollHeight - messages.scrollTop - messages.clientHeight < 80;
      let added = false;
      for (const m of c.messages) {
        if (rendered.has(m.id)) continue;
        rendered.add(m.id);
        messages.append(bubble(m, c));
        added = true;
      }
      if (added && (nearBottom || c.messages.at(-1)?.from === 'agent')) {
        messages.scrollTop = messages.scrollHeight;
      }
      typing.hidden = !c.typing;
      typing.querySelector('.typing-text')!.textContent = c.typing
        ? t('workbench.typing', { name: c.name })
        : '';
    },
  };
}
