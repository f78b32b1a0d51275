/**
 * The chat input: a real textarea (Chinese IME), Enter sends, Shift+Enter is a new line,
 * Ctrl/Cmd+1..9 insert quick phrases, Alt+Up/Down switch chats; emoji picker; quick phrases
 * (快捷短语) the trainee can edit, saved per locale.
 */
import { t } from '../../i18n';
import { h, replaceChildren } from '../dom';
import { EMOJI, EMOJI_CODES } from './emoji';
import { chatSwitchDelta, insertAt, quickPhraseIndex, shouldSend } from './keyboard';

export interface Composer {
  el: HTMLElement;
  input: HTMLTextAreaElement;
  setEnabled(enabled: boolean): void;
}

export interface ComposerOptions {
  phrases: string[];
  onSend(text: string): void;
  onSwitch(delta: -1 | 1): void;
  onSavePhrases(phrases: string[]): void;
}

/** Creates the composer. */
export function createComposer(options: ComposerOptions): Composer {
  const phrases = [...options.phrases];
  const input = h('textarea', {
    class: 'chat-input',
    testid: 'chat-input',
    attrs: { rows: 3, 'aria-label': t('workbench.input'), placeholder: t('workbench.placeholder') },
  });

  const insert = (text: string): void => {
    const next = insertAt(input.value, input.selectionStart, input.selectionEnd, text);
    input.value = next.value;
    input.setSelectionRange(next.caret, next.caret);
    input.focus();
  };

  const send = (): void => {
    const text = input.value.trim();
    if (!text || input.disabled) return;
    input.value = '';
    options.onSend(text);
  };

  input.addEventListener('keydown', (ev) => {
    const phrase = quickPhraseIndex(ev);
    if (phrase !== null) {
      ev.preventDefault();
      const text = phrases[phrase];
      if (text) insert(text);
      return;
    }
    const delta = chatSwitchDelta(ev);
    if (delta !== 0) {
      ev.preventDefault();
      options.onSwitch(delta);
      return;
    }
    if (shouldSend(ev)) {
      ev.preventDefault();
      send();
    }
  });

  const sendButton = h('button', {
    class: 'primary send',
    testid: 'send',
    text: t('workbench.send'),
    attrs: { type: 'button' },
    on: { click: send },
  });

  // Emoji picker
  const emojiPanel = h(
    'div',
    {
      class: 'popover emoji-panel',
      testid: 'emoji-panel',
      attrs: { role: 'dialog', 'aria-label': t('workbench.emoji') },
    },
    ...[...EMOJI, ...EMOJI_CODES].map((e) =>
      h('button', {
        class: 'emoji',
        testid: `emoji-${e}`,
        text: e,
        attrs: { type: 'button' },
        on: {
          click: () => {
            insert(e);
            emojiPanel.hidden = true;
          },
        },
      }),
    ),
  );
  emojiPanel.hidden = true;

  // Quick phrases
  const phrasePanel = h('div', {
    class: 'popover phrase-panel',
    testid: 'phrase-panel',
    attrs: { role: 'dialog', 'aria-label': t('workbench.quickPhrases') },
  });
  phrasePanel.hidden = true;
  const shortcut = (i: number): string =>
    `${/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+'}${i + 1}`;
  const renderPhrases = (editing: boolean): void => {
    const rows = phrases.map((p, i) =>
      editing
        ? h(
            'label',
            { class: 'phrase-edit' },
            h('kbd', { text: shortcut(i) }),
            h('input', {
              testid: `phrase-input-${i + 1}`,
              attrs: { type: 'text', value: p },
              on: {
                input: (ev) => {
                  phrases[i] = (ev.target as HTMLInputElement).value;
                },
              },
            }),
          )
        : h(
            'button',
            {
              class: 'phrase',
              testid: `phrase-${i + 1}`,
              attrs: { type: 'button' },
              on: {
                click: () => {
                  insert(p);
                  phrasePanel.hidden = true;
                },
              },
            },
            h('kbd', { text: shortcut(i) }),
            h('span', { text: p }),
          ),
    );
    const toggle = h('button', {
      class: 'ghost',
      testid: editing ? 'phrases-save' : 'phrases-edit',
      text: editing ? t('workbench.savePhrases') : t('workbench.editPhrases'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          if (editing) options.onSavePhrases([...phrases]);
          renderPhrases(!editing);
        },
      },
    });
    replaceChildren(phrasePanel, ...rows, toggle);
  };
  renderPhrases(false);

  const toggle = (panel: HTMLElement, other: HTMLElement) => () => {
    other.hidden = true;
    panel.hidden = !panel.hidden;
  };
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('button', {
      class: 'tool',
      testid: 'emoji-button',
      text: '😊',
      attrs: { type: 'button', title: t('workbench.emoji'), 'aria-label': t('workbench.emoji') },
      on: { click: toggle(emojiPanel, phrasePanel) },
    }),
    h('button', {
      class: 'tool',
      testid: 'quick-phrases',
      text: t('workbench.quickPhrases'),
      attrs: { type: 'button' },
      on: { click: toggle(phrasePanel, emojiPanel) },
    }),
    h('span', { class: 'kbd-help', text: t('workbench.keys') }),
  );

  const el = h(
    'div',
    { class: 'composer' },
    emojiPanel,
    phrasePanel,
    toolbar,
    input,
    h('div', { class: 'composer-actions' }, sendButton),
  );
  return {
    el,
    input,
    setEnabled(enabled) {
      input.disabled = !enabled;
      sendButton.disabled = !enabled;
    },
  };
}
