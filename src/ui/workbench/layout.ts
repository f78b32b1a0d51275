/** The workbench frame: top bar (title, clock, rubric summary, hint, end) and the three columns. */
import type { SessionMode } from '../../core/session/contract';
import { t } from '../../i18n';
import { h } from '../dom';

export interface Frame {
  el: HTMLElement;
  clock: HTMLElement;
  notes: HTMLElement;
  hintButton: HTMLButtonElement | null;
  endButton: HTMLButtonElement;
  left: HTMLElement;
  centre: HTMLElement;
  right: HTMLElement;
  rubricSlot: HTMLElement;
}

/** Builds the empty frame; the panels are filled by the controller. */
export function createFrame(options: {
  title: string;
  mode: SessionMode;
  onHint(): void;
  onEnd(): void;
}): Frame {
  const clock = h('span', { class: 'clock', testid: 'clock', text: '0:00' });
  const notes = h('div', { class: 'notes' });
  const hintButton =
    options.mode === 'practice'
      ? h('button', {
          class: 'ghost',
          testid: 'hint',
          text: t('workbench.hint'),
          attrs: { type: 'button', title: t('workbench.hintCost') },
          on: { click: options.onHint },
        })
      : null;
  const endButton = h('button', {
    class: 'danger',
    testid: 'end-session',
    text: t('workbench.end'),
    attrs: { type: 'button' },
    on: { click: options.onEnd },
  });
  const left = h('div', { class: 'col-left' });
  const centre = h('div', { class: 'col-centre' });
  const rubricSlot = h('div', { class: 'rubric-slot' });
  const right = h('aside', { class: 'wb-side' });
  const el = h(
    'div',
    { class: 'workbench', testid: 'workbench', attrs: { 'data-mode': options.mode } },
    h(
      'header',
      { class: 'wb-top' },
      h('span', { class: 'brand', text: '客服道场' }),
      h('strong', { class: 'wb-title', text: options.title }),
      h('span', {
        class: 'mode-tag',
        text: t(`mode.${options.mode === 'double11' ? 'shift' : options.mode}.name`),
      }),
      clock,
      h('span', { class: 'spacer' }),
      hintButton,
      endButton,
    ),
    notes,
    h('div', { class: 'wb-body' }, left, centre, right),
  );
  return { el, clock, notes, hintButton, endButton, left, centre, right, rubricSlot };
}
