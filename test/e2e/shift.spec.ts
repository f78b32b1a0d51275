import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openMenu, say } from './helpers';

/** The shipped shift scenario with the four buyers arriving 4 s apart, played from a file. */
function quickShift(): Buffer {
  const scenario = JSON.parse(readFileSync('scenarios/shift-skincare-evening.json', 'utf8'));
  scenario.id = 'shift-quick';
  scenario.buyers.forEach((b: { arrivalSeconds: number }, i: number) => (b.arrivalSeconds = i * 4));
  return Buffer.from(JSON.stringify(scenario));
}

test('shift mode from a chosen file: three chats open, the fourth queues; switching chats', async ({
  page,
}) => {
  await openMenu(page, 'en', 4);
  await page.getByTestId('mode-shift').click();
  await page.getByTestId('scenario-file').setInputFiles({
    name: 'shift-quick.json',
    mimeType: 'application/json',
    buffer: quickShift(),
  });
  await expect(page.getByTestId('workbench')).toBeVisible();
  await expect(page.getByTestId('conversation-shift-greedy')).toBeVisible({ timeout: 20_000 });
  // The fourth buyer waits in the queue while three chats are open.
  await expect(page.getByTestId('queue')).toContainText('1', { timeout: 20_000 });
  await expect(page.locator('[data-testid^="conversation-shift-"]')).toHaveCount(3);
  await expect(page.getByTestId('conversation-shift-chatty')).toHaveCount(0);

  // Click a chat: it becomes active and the chat box has the focus.
  await page.getByTestId('conversation-shift-hasty').click();
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('chat-input')).toBeFocused();
  await say(page, 'Sorry to keep you waiting, I understand you are in a hurry!');
  await expect(page.getByTestId('message-agent')).toHaveCount(1);
  // Alt+Down / Alt+Up move through the open chats; each chat keeps its own messages.
  await page.getByTestId('chat-input').press('Alt+ArrowDown');
  await expect(page.getByTestId('conversation-shift-greedy')).toHaveClass(/active/);
  await expect(page.getByTestId('message-agent')).toHaveCount(0);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-hasty')).toHaveClass(/active/);
  await expect(page.getByTestId('message-agent')).toHaveCount(1);
  await page.getByTestId('chat-input').press('Alt+ArrowUp');
  await expect(page.getByTestId('conversation-shift-cautious')).toHaveClass(/active/);
});
