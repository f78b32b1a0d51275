import { expect, test, type Page } from '@playwright/test';
import { openMenu, say, startSession } from './helpers';

/** Answers every open chat that has unread buyer messages; true once the queue shows `count`. */
async function serveUntilQueued(page: Page, count: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const queue = page.getByTestId('queue');
    if ((await queue.isVisible()) && (await queue.textContent())?.includes(String(count)))
      return true;
    const unread = page.locator(
      '[data-testid^="conversation-"]:not(.done):has([data-testid="unread"]:visible)',
    );
    if ((await unread.count()) > 0) {
      await unread.first().click();
      await say(
        page,
        'Sorry to keep you waiting! We are here to help: what would you like to know?',
      );
    }
    await page.waitForTimeout(250);
  }
  return false;
}

test('shift mode: buyers arrive, up to 3 chats open and the rest queue; switching chats', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openMenu(page, 'en', 12);
  await startSession(page, 'shift-skincare-evening', 'shift');
  await expect(page.getByTestId('conversation-shift-cautious')).toBeVisible();
  // The fourth buyer waits in the queue while three chats are open.
  expect(await serveUntilQueued(page, 1, Date.now() + 60_000)).toBe(true);
  await expect(page.locator('[data-testid^="conversation-shift-"]')).toHaveCount(3);
  await expect(page.getByTestId('conversation-shift-chatty')).toHaveCount(0);

  await page.getByTestId('conversation-shift-hasty').click();
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('chat-input')).toBeFocused();
  const hastyAgent = await page.getByTestId('message-agent').count();
  expect(hastyAgent).toBeGreaterThan(0);

  await page.getByTestId('chat-input').press('Alt+ArrowDown');
  await expect(page.getByTestId('conversation-shift-greedy')).toHaveClass(/active/);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('message-agent')).toHaveCount(hastyAgent);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-cautious')).toHaveClass(/active/);
});
