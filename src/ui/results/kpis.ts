/** The manager's KPIs of a session, formatted. */
import type { Report } from '../../core/report';
import { t } from '../../i18n';
import { h } from '../dom';

type Kpis = Report['session']['kpis'];

const pct = (v: number | null): string => (v === null ? '—' : `${Math.round(v * 100)}%`);
const secs = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)} s`);
const money = (v: number | null): string => (v === null ? '—' : `¥${v.toFixed(2)}`);
const ratio = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** Rows of [i18n key, value]. */
export function kpiRows(k: Kpis): [string, string][] {
  return [
    ['kpi.firstResponse', secs(k.firstResponseSeconds)],
    ['kpi.averageResponse', secs(k.averageResponseSeconds)],
    ['kpi.threeMinuteRate', pct(k.threeMinuteRate)],
    ['kpi.inquiryConversion', pct(k.inquiryConversion)],
    ['kpi.averageOrderValue', money(k.averageOrderValue)],
    ['kpi.discountGiven', money(k.discountGiven)],
    ['kpi.answerToQuestionRatio', ratio(k.answerToQuestionRatio)],
    ['kpi.abandonedChats', String(k.abandonedChats)],
    ['kpi.messages', `${k.agentMessages} / ${k.buyerMessages}`],
    ['kpi.paid', String(k.outcomes.paid)],
    ['kpi.unpaid', String(k.outcomes.unpaid)],
    ['kpi.lost', String(k.outcomes.left + k.outcomes.leftAngry + k.outcomes.complaint)],
  ];
}

/** The KPI grid. */
export function renderKpis(k: Kpis): HTMLElement {
  return h(
    'dl',
    { class: 'kpis', testid: 'kpis' },
    ...kpiRows(k).map(([key, value]) =>
      h('div', {}, h('dt', { text: t(key) }), h('dd', { text: value })),
    ),
  );
}
