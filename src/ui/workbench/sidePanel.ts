/** The right panel: the buyer's order (none → placed → paid) and the workbench actions. */
import type { Locale } from '../../core/locale';
import type { Scenario } from '../../core/scenario/schema';
import {
  AGENT_ACTIONS,
  type AgentAction,
  type AgentInput,
  type ConversationView,
} from '../../core/session/contract';
import { t } from '../../i18n';
import { h, replaceChildren } from '../dom';
import { pickText } from './knowledge';

type ActionParams = Extract<AgentInput, { type: 'agent.action' }>['params'];

export interface OrderPanel {
  el: HTMLElement;
  update(conversation: ConversationView | null): void;
}

function money(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(value);
}

/** The order card and the action buttons (with their small inputs). */
export function createOrderPanel(options: {
  scenario: Scenario;
  locale: Locale;
  onAction(action: AgentAction, params?: ActionParams): void;
}): OrderPanel {
  const { scenario, locale } = options;
  const order = h('div', { class: 'order', testid: 'order' });
  const amount = h('input', {
    class: 'amount',
    testid: 'discount-amount',
    attrs: { type: 'number', min: 0, step: 1, value: 5, 'aria-label': t('action.amount') },
  });
  const newPrice = h('input', {
    class: 'amount',
    testid: 'price-amount',
    attrs: { type: 'number', min: 0, step: 1, 'aria-label': t('action.newPrice') },
  });
  const select = (testid: string, items: { id: string; label: string }[]): HTMLSelectElement =>
    h(
      'select',
      { testid, attrs: { 'aria-label': t(`action.${testid}`) } },
      ...items.map((i) => h('option', { text: i.label, attrs: { value: i.id } })),
    );
  const productSelect = select(
    'productPick',
    scenario.products.map((p) => ({ id: p.id, label: pickText(p.name, locale) })),
  );
  const couponSelect = select(
    'couponPick',
    scenario.shop.coupons.map((c) => ({ id: c.id, label: pickText(c.name, locale) })),
  );
  const giftSelect = select(
    'giftPick',
    scenario.shop.gifts.map((g) => ({ id: g.id, label: pickText(g.name, locale) })),
  );

  const paramsFor = (action: AgentAction): ActionParams => {
    switch (action) {
      case 'productCard':
        return { productId: productSelect.value };
      case 'discount':
        return { amount: Number(amount.value) || 0 };
      case 'modifyPrice':
        return { amount: Number(newPrice.value) || 0 };
      case 'coupon':
        return couponSelect.value ? { couponId: couponSelect.value } : undefined;
      case 'gift':
        return giftSelect.value ? { giftId: giftSelect.value } : undefined;
      default:
        return undefined;
    }
  };
  const extra: Partial<Record<AgentAction, HTMLElement>> = {
    productCard: productSelect,
    discount: amount,
    modifyPrice: newPrice,
    coupon: couponSelect,
    gift: giftSelect,
  };
  const buttons = AGENT_ACTIONS.map((action) => {
    const button = h('button', {
      class: 'action',
      testid: `action-${action}`,
      text: t(`action.${action}`),
      attrs: { type: 'button' },
      on: { click: () => options.onAction(action, paramsFor(action)) },
    });
    if (action === 'coupon' && scenario.shop.coupons.length === 0) button.disabled = true;
    if (action === 'gift' && scenario.shop.gifts.length === 0) button.disabled = true;
    return { action, button };
  });
  const actions = h(
    'div',
    { class: 'actions' },
    ...buttons.map(({ action, button }) =>
      h('div', { class: 'action-row' }, button, extra[action]),
    ),
  );
  const el = h(
    'section',
    { class: 'order-panel' },
    h('h2', { text: t('workbench.order') }),
    order,
    h('h2', { text: t('workbench.actions') }),
    actions,
  );

  let last = '';
  return {
    el,
    update(c) {
      const key = c ? JSON.stringify([c.buyerId, c.order, c.outcome]) : '';
      if (key === last) return;
      last = key;
      for (const { button, action } of buttons) {
        const unavailable =
          (action === 'coupon' && scenario.shop.coupons.length === 0) ||
          (action === 'gift' && scenario.shop.gifts.length === 0);
        button.disabled = !c || c.outcome !== undefined || unavailable;
      }
      if (!c) {
        replaceChildren(order, h('p', { class: 'muted', text: t('order.noChat') }));
        return;
      }
      const o = c.order;
      const product = scenario.products.find((p) => p.id === o.productId);
      if (product && productSelect.value !== product.id && c.order.status === 'none') {
        productSelect.value = product.id;
      }
      if (!newPrice.value && product) newPrice.value = String(product.price);
      replaceChildren(
        order,
        h(
          'div',
          {
            class: `order-status ${o.status}`,
            testid: 'order-status',
            attrs: { 'data-status': o.status },
          },
          t(`order.status.${o.status}`),
        ),
        product ? h('p', { class: 'order-product', text: pickText(product.name, locale) }) : null,
        o.status === 'none'
          ? null
          : h(
              'dl',
              {},
              h('dt', { text: t('order.quantity') }),
              h('dd', { text: String(o.quantity) }),
              h('dt', { text: t('order.listPrice') }),
              h('dd', { text: money(o.listPrice, locale) }),
              h('dt', { text: t('order.price') }),
              h('dd', { text: money(o.price, locale) }),
              h('dt', { text: t('order.shipping') }),
              h('dd', { text: o.freeShipping ? t('order.free') : t('order.paidShipping') }),
              o.giftIds.length > 0 ? h('dt', { text: t('order.gifts') }) : null,
              o.giftIds.length > 0
                ? h('dd', {
                    text: o.giftIds
                      .map((id) => scenario.shop.gifts.find((g) => g.id === id))
                      .map((g) => (g ? pickText(g.name, locale) : ''))
                      .join(', '),
                  })
                : null,
            ),
      );
    },
  };
}
