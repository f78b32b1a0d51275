import { expect, test } from '@playwright/test';
import { openMenu, say, startSession } from './helpers';

test('shift mode: buyers arrive, up to 3 chats open, switching chats by click and Alt+Arrow', async ({
  page,
}) => {
  await openMenu(page, 'en', 25);
  await startSession(page, 'shift-skincare-evening', 'shift');
  const first = page.getByTestId('conversation-shift-cautious');
  await expect(first).toBeVisible();
  await expect(page.getByTestId('conversation-shift-hasty')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('conversation-shift-greedy')).toBeVisible({ timeout: 20_000 });
  // The fourth buyer waits in the queue while three chats are open.
  await expect(page.getByTestId('queue')).toContainText('1', { timeout: 20_000 });
  await expect(page.getByTestId('conversation-shift-chatty')).toHaveCount(0);

  await page.getByTestId('conversation-shift-hasty').click();
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('chat-input')).toBeFocused();
  await say(page, 'Sorry to keep you waiting! I understand you are in a hurry.');
  await expect(page.getByTestId('message-agent')).toHaveCount(1);

  await page.getByTestId('chat-input').press('Alt+ArrowDown');
  await expect(page.getByTestId('conversation-shift-greedy')).toHaveClass(/active/);
  await expect(page.getByTestId('message-agent')).toHaveCount(0);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('message-agent')).toHaveCount(1);
});
