/** The searchable knowledge base: product facts and shop policies from the scenario. */
import type { Locale } from '../../core/locale';
import type { LocalizedText, Scenario } from '../../core/scenario/schema';
import { t as translate } from '../../i18n';
import { h } from '../dom';

/** A LocalizedText in `locale`, zh-CN when missing. */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** One searchable row: a label and its value. */
export interface KnowledgeRow {
  section: string;
  label: string;
  value: string;
}

/** Every row of the knowledge base in `locale`. */
export function knowledgeRows(
  scenario: Scenario,
  locale: Locale,
  t: (key: string, params?: Record<string, unknown>) => string,
): KnowledgeRow[] {
  const rows: KnowledgeRow[] = [];
  for (const p of scenario.products) {
    const section = pickText(p.name, locale);
    rows.push({ section, label: t('kb.price'), value: `¥${p.price}` });
    rows.push({
      section,
      label: t('kb.variants'),
      value: p.variants
        .map((v) => `${pickText(v.name, locale)} (${t('kb.stock', { count: v.stock })})`)
        .join(' / '),
    });
    for (const f of p.facts) {
      rows.push({ section, label: pickText(f.label, locale), value: pickText(f.value, locale) });
    }
    const related = p.related
      .map((id) => scenario.products.find((q) => q.id === id))
      .filter((q) => q !== undefined)
      .map((q) => pickText(q.name, locale));
    if (related.length > 0)
      rows.push({ section, label: t('kb.related'), value: related.join(' / ') });
  }
  const shop = scenario.shop;
  const section = t('kb.policies');
  rows.push({
    section,
    label: t('kb.freeShipping'),
    value: t('kb.freeShippingValue', {
      threshold: shop.freeShippingThreshold,
      fee: shop.shippingFee,
    }),
  });
  rows.push({
    section,
    label: t('kb.authority'),
    value: t('kb.authorityValue', {
      percent: shop.discountAuthority.maxPercent,
      amount: shop.discountAuthority.maxAmount ?? '—',
    }),
  });
  rows.push({ section, label: t('kb.returns'), value: pickText(shop.returnPolicy, locale) });
  rows.push({ section, label: t('kb.warranty'), value: pickText(shop.warranty, locale) });
  rows.push({ section, label: t('kb.shippingTime'), value: pickText(shop.shippingTime, locale) });
  rows.push({
    section,
    label: t('kb.safeguards'),
    value: shop.paymentSafeguards.map((s) => pickText(s, locale)).join(' / '),
  });
  for (const g of shop.gifts) {
    rows.push({ section, label: t('kb.gift'), value: pickText(g.name, locale) });
  }
  for (const c of shop.coupons) {
    rows.push({
      section,
      label: t('kb.coupon'),
      value: t('kb.couponValue', {
        name: pickText(c.name, locale),
        amount: c.amount,
        min: c.minSpend,
      }),
    });
  }
  return rows;
}

/** Rows whose section, label or value contains every word of the query (case-insensitive). */
export function searchRows(rows: readonly KnowledgeRow[], query: string): KnowledgeRow[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = `${r.section} ${r.label} ${r.value}`.toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The knowledge base panel with its search box. */
export function createKnowledgePanel(scenario: Scenario, locale: Locale): HTMLElement {
  const rows = knowledgeRows(scenario, locale, translate);
  const results = h('div', { class: 'kb-results', testid: 'kb-results' });
  const render = (query: string): void => {
    const found = searchRows(rows, query);
    const sections = new Map<string, KnowledgeRow[]>();
    for (const r of found) sections.set(r.section, [...(sections.get(r.section) ?? []), r]);
    results.replaceChildren(
      ...[...sections].map(([section, items]) =>
        h(
          'div',
          { class: 'kb-section' },
          h('h3', { text: section }),
          h(
            'dl',
            {},
            ...items.flatMap((r) => [h('dt', { text: r.label }), h('dd', { text: r.value })]),
          ),
        ),
      ),
    );
    if (found.length === 0) results.append(h('p', { class: 'muted', text: translate('kb.none') }));
  };
  render('');
  const search = h('input', {
    class: 'kb-search',
    testid: 'kb-search',
    attrs: {
      type: 'search',
      placeholder: translate('kb.search'),
      'aria-label': translate('kb.search'),
    },
    on: { input: () => render(search.value) },
  });
  return h(
    'section',
    { class: 'knowledge', testid: 'knowledge' },
    h('h2', { text: translate('kb.title') }),
    search,
    results,
  );
}
