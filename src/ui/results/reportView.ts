/**
 * The results screen: the five scores (with the Phaser reveal behind), KPIs, the transcript with
 * every annotation beside its message and the flag spans highlighted, coaching tips, play
 * again, and the report JSON download.
 */
import type { GameLayer, ScoreReveal } from '../../game/contract';
import { t } from '../../i18n';
import { h, replaceChildren } from '../dom';
import { DIMENSIONS } from '../menu/rubric';
import { downloadJson } from './download';
import { readReport, type ReportData } from './reportData';
import { renderTranscript } from './transcript';

/** The overall score of a report, or null when it has none. */
export function overallOf(report: unknown): number | null {
  return readReport(report).scores?.overall ?? null;
}

function kpiValue(key: string, value: unknown): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '—' : String(value);
  if (/Rate|conversion|Ratio/i.test(key) && value <= 1) return `${Math.round(value * 100)}%`;
  if (/Ms$/.test(key)) return `${(value / 1000).toFixed(1)} s`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** Renders the results of a finished session. */
export function renderResults(
  root: HTMLElement,
  options: { report: unknown; game: GameLayer | null; onPlayAgain(): void },
): void {
  const data: ReportData = readReport(options.report);
  const scores = data.scores;
  const reveal: ScoreReveal = {
    responseTime: scores?.responseTime ?? 0,
    courtesy: scores?.courtesy ?? 0,
    objectionHandling: scores?.objectionHandling ?? 0,
    closing: scores?.closing ?? 0,
    overall: scores?.overall ?? 0,
  };
  options.game?.show('results');
  options.game?.revealScores(reveal);

  const scoreCards = h(
    'div',
    { class: 'scores' },
    ...DIMENSIONS.map((d) =>
      h(
        'div',
        { class: 'score' },
        h('span', { class: 'value', testid: `score-${d}`, text: String(Math.round(reveal[d])) }),
        h('span', { text: t(`dimension.${d}`) }),
      ),
    ),
    h(
      'div',
      { class: 'score overall' },
      h('span', { class: 'value', testid: 'score-overall', text: String(Math.round(reveal.overall)) }),
      h('span', { text: t('dimension.overall') }),
    ),
  );

  const kpis = h(
    'dl',
    { class: 'kpis', testid: 'kpis' },
    ...Object.entries(data.kpis).map(([key, value]) =>
      h('div', {}, h('dt', { text: t(`kpi.${key}`) }), h('dd', { text: kpiValue(key, value) })),
    ),
  );

  const reveals = h(
    'div',
    { class: 'reveal-list' },
    ...data.buyers.map((b) =>
      h(
        'div',
        { class: 'reveal', testid: `reveal-${b.buyerId}` },
        h('strong', { text: b.name }),
        ' — ',
        t(`persona.${b.persona}`),
        ' · ',
        t('results.budget', { budget: b.budget }),
        ' · ',
        b.outcome ? t(`outcome.${b.outcome}`) : '',
        b.motive ? h('div', { class: 'muted', text: t('results.motive', { motive: b.motive }) }) : null,
      ),
    ),
  );

  const tips = h(
    'ul',
    { class: 'tips', testid: 'coaching-tips' },
    ...data.tips.map((tip) => h('li', { text: tip })),
  );

  replaceChildren(
    root,
    h(
      'section',
      { class: 'results', testid: 'report' },
      h('h1', { text: t('results.title') }),
      scoreCards,
      data.hintsUsed > 0
        ? h('p', { class: 'note', text: t('results.hints', { count: data.hintsUsed }) })
        : null,
      h('h2', { text: t('results.kpis') }),
      kpis,
      h('h2', { text: t('results.buyers') }),
      reveals,
      h('h2', { text: t('results.tips') }),
      tips,
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
          on: { click: () => downloadJson(options.report, `kefu-dojo-report-${data.scenarioId}.json`) },
        }),
      ),
    ),
  );
  window.scrollTo(0, 0);
}
