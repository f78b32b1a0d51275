import { test } from '@playwright/test';
import { playWith } from './driver';
import { openMenu, startSession } from './helpers';

test('shots', async ({ page }) => {
  test.setTimeout(120_000);
  await openMenu(page, 'es', 10, 3);
  await startSession(page, 'picky-wool-coat');
  await playWith(page, {
    scenarioId: 'picky-wool-coat',
    locale: 'es',
    policy: 'curt',
    timeoutMs: 60_000,
  });
  await page.waitForTimeout(1000);
  await page.getByTestId('transcript').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 700);
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/results-es.png' });
});
