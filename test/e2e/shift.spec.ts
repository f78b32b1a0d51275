import { expect, test } from '@playwright/test';
import { playWith } from './driver';
import { openMenu, startSession } from './helpers';

test('shift mode: three chats open, the fourth buyer queues; switching chats', async ({ page }) => {
  test.setTimeout(120_000);
  await openMenu(page, 'en', 8);
  await startSession(page, 'shift-skincare-evening', 'shift');
  await expect(page.getByTestId('conversation-shift-cautious')).toBeVisible();
  const queue = page.getByTestId('queue');
  // The model agent serves the chats until the fourth buyer has to wait in the queue.
  const stopped = await playWith(page, {
    scenarioId: 'shift-skincare-evening',
    locale: 'en',
    policy: 'model',
    timeoutMs: 60_000,
    until: async () =>
      (await queue.isVisible()) && (await queue.textContent())?.includes('1') === true,
  });
  expect(stopped).toBeNull();
  await expect(page.locator('[data-testid^="conversation-shift-"]')).toHaveCount(3);
  await expect(page.getByTestId('conversation-shift-chatty')).toHaveCount(0);

  // Click a chat: it becomes active and the chat box gets the focus.
  await page.getByTestId('conversation-shift-hasty').click();
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('chat-input')).toBeFocused();
  const hastyName = await page.locator('.chat-name').textContent();
  // Alt+Down / Alt+Up move through the open chats.
  await page.getByTestId('chat-input').press('Alt+ArrowDown');
  await expect(page.getByTestId('conversation-shift-greedy')).toHaveClass(/active/);
  await expect(page.locator('.chat-name')).not.toHaveText(hastyName ?? '');
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-cautious')).toHaveClass(/active/);
});
