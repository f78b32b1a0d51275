/** The rubric shown before a session starts: four dimensions, their weights and targets. */
import { t } from '../../i18n';
import { h } from '../dom';

export const DIMENSIONS = ['responseTime', 'courtesy', 'objectionHandling', 'closing'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface RubricWeights {
  weights: Record<Dimension, number>;
  targets: {
    firstResponseGoodSeconds: number;
    firstResponseOkSeconds: number;
    responseGoodSeconds: number;
    responseFloorSeconds: number;
  };
}

/** The scenario defaults of schema.ts, used when a scenario sets none. */
export const DEFAULT_RUBRIC: RubricWeights = {
  weights: { responseTime: 0.2, courtesy: 0.25, objectionHandling: 0.3, closing: 0.25 },
  targets: {
    firstResponseGoodSeconds: 15,
    firstResponseOkSeconds: 30,
    responseGoodSeconds: 30,
    responseFloorSeconds: 180,
  },
};

/** Weights as whole percentages that add up to 100 (largest remainder). */
export function weightPercents(weights: Record<Dimension, number>): Record<Dimension, number> {
  const total = DIMENSIONS.reduce((sum, d) => sum + Math.max(0, weights[d]), 0) || 1;
  const raw = DIMENSIONS.map((d) => ({ d, v: (Math.max(0, weights[d]) / total) * 100 }));
  const floors = raw.map((r) => ({ ...r, f: Math.floor(r.v) }));
  let rest = 100 - floors.reduce((s, r) => s + r.f, 0);
  const order = [...floors].sort((a, b) => b.v - b.f - (a.v - a.f));
  for (const r of order) {
    if (rest <= 0) break;
    r.f += 1;
    rest -= 1;
  }
  const out = {} as Record<Dimension, number>;
  for (const r of floors) out[r.d] = r.f;
  return out;
}

/** Reads weights and targets from a scenario's JSON text, with the defaults. */
export function rubricFromText(text: string | null): RubricWeights {
  if (!text) return DEFAULT_RUBRIC;
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      weights?: Partial<Record<Dimension, number>>;
      targets?: Partial<RubricWeights['targets']>;
    };
    return {
      weights: { ...DEFAULT_RUBRIC.weights, ...(data.weights ?? {}) },
      targets: { ...DEFAULT_RUBRIC.targets, ...(data.targets ?? {}) },
    };
  } catch {
    return DEFAULT_RUBRIC;
  }
}

/** The rubric panel; `compact` is the summary shown during play. */
export function renderRubric(rubric: RubricWeights, mode: string, compact = false): HTMLElement {
  const pct = weightPercents(rubric.weights);
  const tg = rubric.targets;
  const targetText: Record<Dimension, string> = {
    responseTime: t('rubric.target.responseTime', {
      good: tg.firstResponseGoodSeconds,
      ok: tg.firstResponseOkSeconds,
      floor: Math.round(tg.responseFloorSeconds / 60),
    }),
    courtesy: t('rubric.target.courtesy'),
    objectionHandling: t('rubric.target.objectionHandling'),
    closing: t('rubric.target.closing'),
  };
  return h(
    'section',
    { class: compact ? 'rubric compact' : 'rubric', testid: 'rubric' },
    h('h2', { text: t('rubric.title') }),
    h(
      'ul',
      {},
      ...DIMENSIONS.map((d) =>
        h(
          'li',
          {},
          h(
            'div',
            { class: 'rubric-row' },
            h('strong', { text: t(`dimension.${d}`) }),
            h('span', { class: 'weight', text: `${pct[d]}%` }),
          ),
          h('div', { class: 'bar' }, h('i', { attrs: { style: `width:${pct[d]}%` } })),
          compact ? null : h('p', { text: targetText[d] }),
        ),
      ),
    ),
    compact
      ? null
      : h('p', {
          class: 'rubric-note',
          text:
            mode === 'exam'
              ? t('rubric.noHints')
              : mode === 'practice'
                ? t('rubric.hintCost')
                : t('rubric.shift'),
        }),
  );
}

/** Weights and targets of a parsed scenario. */
export function rubricFromScenario(scenario: {
  weights: RubricWeights['weights'];
  targets: RubricWeights['targets'];
}): RubricWeights {
  return { weights: { ...scenario.weights }, targets: { ...scenario.targets } };
}
