import { test } from '@playwright/test';
import { playWith } from './driver';
import { openMenu, startSession } from './helpers';

test('shots', async ({ page }) => {
  test.setTimeout(120_000);
  await openMenu(page, 'zh-CN', 10, 3);
  await startSession(page, 'greedy-longjing-tea');
  await playWith(page, { scenarioId: 'greedy-longjing-tea', locale: 'zh-CN', policy: 'model', timeoutMs: 60_000,
    until: async () => (await page.getByTestId('message-agent').count()) >= 4 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/wb-mid.png' });
  await playWith(page, { scenarioId: 'greedy-longjing-tea', locale: 'zh-CN', policy: 'model', timeoutMs: 60_000,
    until: async () => (await page.getByTestId('order-status').getAttribute('data-status')) !== 'none' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/wb-order.png' });
  await playWith(page, { scenarioId: 'greedy-longjing-tea', locale: 'zh-CN', policy: 'model', timeoutMs: 60_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/results-top.png' });
  await page.screenshot({ path: '/tmp/results-full.png', fullPage: true });
});
