/** The annotated transcript: each message with its annotations beside it, flag spans marked. */
import { NEGATIVE_FLAGS, type Flag } from '../../core/analysis/flags';
import { t } from '../../i18n';
import { h } from '../dom';
import { formatDuration } from '../workbench/queue';
import { highlightSegments } from './highlight';
import type { ReportData, TranscriptView } from './reportData';

const negative = (flag: string): boolean =>
  (NEGATIVE_FLAGS as readonly string[]).includes(flag as Flag);

function message(m: TranscriptView): HTMLElement {
  const segments = highlightSegments(m.text, m.spans);
  const who = m.from === 'buyer' ? m.buyerName : t(`results.from.${m.from}`);
  return h(
    'div',
    { class: `t-msg ${m.from}`, testid: `transcript-${m.from}` },
    h('span', { class: 'who', text: `${who} · ${formatDuration(m.at)}` }),
    h(
      'span',
      { class: 't-text' },
      ...segments.map((s) =>
        s.flags.length === 0
          ? s.text
          : h('mark', {
              class: s.flags.some(negative) ? 'neg' : '',
              testid: 'flag-span',
              text: s.text,
              attrs: { title: s.flags.map((f) => t(`flag.${f}`)).join(', ') },
            }),
      ),
    ),
    m.flags.length > 0
      ? h(
          'div',
          { class: 'flags' },
          ...m.flags.map((f) =>
            h('span', { class: negative(f) ? 'flag neg' : 'flag', text: t(`flag.${f}`) }),
          ),
        )
      : null,
  );
}

/** Renders the transcript rows: the message left, its annotations right. */
export function renderTranscript(data: ReportData): HTMLElement {
  return h(
    'div',
    { class: 'transcript', testid: 'transcript' },
    ...data.transcript.map((m) =>
      h(
        'div',
        { class: 't-row' },
        message(m),
        h(
          'ul',
          { class: 'annotations' },
          ...m.annotations.map((a) =>
            h(
              'li',
              {
                class:
                  a.points < 0
                    ? 'annotation minus'
                    : a.points === 0
                      ? 'annotation zero'
                      : 'annotation',
                testid: 'annotation',
              },
              h('span', { class: 'pts', text: `${a.points > 0 ? '+' : ''}${a.points}` }),
              h('span', { text: `${t(`dimension.${a.dimension}`)}: ${a.text}` }),
            ),
          ),
        ),
      ),
    ),
  );
}
