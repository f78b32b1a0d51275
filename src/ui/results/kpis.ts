/** The manager's KPIs of a session, formatted. */
import type { Report } from '../../core/report';
import { t } from '../../i18n';
import { h } from '../dom';

type Kpis = Report['session']['kpis'];

const pct = (v: number | null): string => (v === null ? '—' : `${Math.round(v * 100)}%`);
const secs = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)} s`);
const money = (v: number | null): string => (v === null ? '—' : `¥${v.toFixed(2)}`);
const ratio = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** Rows of [label, value] in the current language. */
export function kpiRows(k: Kpis): [string, string][] {
  return [
    [t('kpi.firstResponse'), secs(k.firstResponseSeconds)],
    [t('kpi.averageResponse'), secs(k.averageResponseSeconds)],
    [t('kpi.threeMinuteRate'), pct(k.threeMinuteRate)],
    [t('kpi.inquiryConversion'), pct(k.inquiryConversion)],
    [t('kpi.averageOrderValue'), money(k.averageOrderValue)],
    [t('kpi.discountGiven'), money(k.discountGiven)],
    [t('kpi.answerToQuestionRatio'), ratio(k.answerToQuestionRatio)],
    [t('kpi.abandonedChats'), String(k.abandonedChats)],
    [t('kpi.messages'), `${k.agentMessages} / ${k.buyerMessages}`],
    [t('kpi.paid'), String(k.outcomes.paid)],
    [t('kpi.unpaid'), String(k.outcomes.unpaid)],
    [t('kpi.lost'), String(k.outcomes.left + k.outcomes.leftAngry + k.outcomes.complaint)],
  ];
}

/** The KPI grid. */
export function renderKpis(k: Kpis): HTMLElement {
  return h(
    'dl',
    { class: 'kpis', testid: 'kpis' },
    ...kpiRows(k).map(([label, value]) =>
      h('div', {}, h('dt', { text: label }), h('dd', { text: value })),
    ),
  );
}
