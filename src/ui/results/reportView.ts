/**
 * The results screen: the five scores (with the Phaser reveal behind), KPIs, who was served
 * (with what was hidden during play), coaching tips, the transcript with every annotation
 * beside its message and the flag spans highlighted, play again, and the report download.
 */
import type { Report } from '../../core/report';
import type { GameLayer } from '../../game/contract';
import { t } from '../../i18n';
import { h, replaceChildren } from '../dom';
import { DIMENSIONS } from '../menu/rubric';
import { downloadJson } from './download';
import { renderKpis } from './kpis';
import { readReport, type ReportData, type Translate } from './reportData';
import { renderTranscript } from './transcript';

/** The overall score of a report. */
export function overallOf(report: Report): number {
  return report.session.scores.overall;
}

function scoreCards(data: ReportData): HTMLElement {
  return h(
    'div',
    { class: 'scores' },
    ...DIMENSIONS.map((d) =>
      h(
        'div',
        { class: 'score' },
        h('span', {
          class: 'value',
          testid: `score-${d}`,
          text: String(Math.round(data.scores[d])),
        }),
        h('span', { text: t(`dimension.${d}`) }),
      ),
    ),
    h(
      'div',
      { class: 'score overall' },
      h('span', {
        class: 'value',
        testid: 'score-overall',
        text: String(Math.round(data.scores.overall)),
      }),
      h('span', { text: t('dimension.overall') }),
    ),
  );
}

function buyerCards(data: ReportData): HTMLElement {
  return h(
    'div',
    { class: 'reveal-list' },
    ...data.buyers.map((b) =>
      h(
        'div',
        { class: 'reveal', testid: `reveal-${b.buyerId}` },
        h('strong', { text: b.name }),
        ` — ${t(`persona.${b.persona}`)} · ${t('results.budget', { budget: b.budget })} · `,
        h('span', {
          testid: `outcome-${b.buyerId}`,
          text: b.outcome ? t(`outcome.${b.outcome}`) : t('results.noOutcome'),
        }),
        ` · ${t('dimension.overall')} ${Math.round(b.scores.overall)}`,
        h('div', { class: 'muted', text: t('results.motive', { motive: b.hiddenMotive }) }),
      ),
    ),
  );
}

function tipList(data: ReportData): HTMLElement {
  if (data.tips.length === 0) {
    return h('p', { class: 'note success', testid: 'coaching-tips', text: t('results.noTips') });
  }
  return h(
    'ul',
    { class: 'tips', testid: 'coaching-tips' },
    ...data.tips.map((tip) =>
      h(
        'li',
        {},
        h('strong', { text: `${tip.points < 0 ? tip.points : t('results.missed')} ` }),
        tip.text,
        tip.count > 1 ? h('span', { class: 'muted', text: ` ×${tip.count}` }) : null,
      ),
    ),
  );
}

/** Renders the results of a finished session. */
export function renderResults(
  root: HTMLElement,
  options: { report: Report; translate: Translate; game: GameLayer | null; onPlayAgain(): void },
): void {
  const data = readReport(options.report, options.translate);
  options.game?.show('results');
  options.game?.revealScores({ ...data.scores });

  replaceChildren(
    root,
    h(
      'section',
      { class: 'results', testid: 'report' },
      h('h1', {}, t('results.title'), h('span', { class: 'muted', text: ` · ${data.title}` })),
      scoreCards(data),
      data.hintsUsed > 0
        ? h('p', {
            class: 'note',
            testid: 'hints-used',
            text: t('results.hints', { count: data.hintsUsed }),
          })
        : null,
      h('h2', { text: t('results.kpis') }),
      renderKpis(data.kpis),
      h('h2', { text: t('results.buyers') }),
      buyerCards(data),
      h('h2', { text: t('results.tips') }),
      tipList(data),
      h('h2', { text: t('results.transcript') }),
      renderTranscript(data),
      h(
        'div',
        { class: 'results-actions' },
        h('button', {
          class: 'primary',
          testid: 'play-again',
          text: t('results.playAgain'),
          attrs: { type: 'button' },
          on: { click: options.onPlayAgain },
        }),
        h('button', {
          testid: 'download-report',
          text: t('results.download'),
          attrs: { type: 'button' },
          on: {
            click: () => downloadJson(options.report, `kefu-dojo-report-${data.scenarioId}.json`),
          },
        }),
      ),
    ),
  );
  window.scrollTo(0, 0);
}
