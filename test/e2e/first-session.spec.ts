import { expect, test } from '@playwright/test';
import { openMenu, say, startSession } from './helpers';

test('start a practice session, send a message, see the buyer reply', async ({ page }) => {
  await openMenu(page, 'zh-CN', 10);
  await startSession(page, 'arrogant-anc-headphones');
  await expect(page.getByTestId('message-buyer').first()).toBeVisible({ timeout: 20_000 });
  const before = await page.getByTestId('message-buyer').count();
  await say(page, '亲，您好，欢迎光临！请问有什么可以帮您？[微笑]');
  await expect(page.getByTestId('message-agent')).toHaveCount(1);
  await expect(page.getByTestId('message-agent')).toContainText('欢迎光临');
  await expect(page.getByTestId('chat-input')).toHaveValue('');
  await expect
    .poll(() => page.getByTestId('message-buyer').count(), { timeout: 20_000 })
    .toBeGreaterThan(before);
  // A workbench action: the product card shows in the chat as the buyer receives it.
  await page.getByTestId('action-productCard').click();
  await expect(page.getByTestId('product-card')).toBeVisible();
  await expect(page.getByTestId('message-system')).toHaveCount(1);
  await page.getByTestId('end-session').click();
  await expect(page.getByTestId('report')).toBeVisible();
  for (const d of ['responseTime', 'courtesy', 'objectionHandling', 'closing', 'overall']) {
    await expect(page.getByTestId(`score-${d}`)).toHaveText(/^\d+$/);
  }
  await expect(page.getByTestId('transcript-agent')).toContainText('欢迎光临');
  await expect(page.getByTestId('flag-span').first()).toBeVisible();
});
