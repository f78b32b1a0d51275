import { expect, test } from '@playwright/test';
import { openMenu, startSession } from './helpers';

test('quick phrases, Shift+Enter, IME composition, and editing a phrase', async ({ page }) => {
  await openMenu(page, 'en', 5);
  await startSession(page, 'cautious-jade-bangle');
  const input = page.getByTestId('chat-input');
  await input.click();
  // Ctrl+1 inserts the first quick phrase.
  await input.press('Control+1');
  await expect(input).toHaveValue(/Hello, welcome to our shop/);
  // Shift+Enter is a new line, not a send.
  await input.press('Shift+Enter');
  await input.pressSequentially('second line');
  await expect(input).toHaveValue(/\nsecond line$/);
  await expect(page.getByTestId('message-agent')).toHaveCount(0);
  // Enter while an IME is composing confirms the candidate: it must not send.
  await input.evaluate((el) => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        isComposing: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }),
    );
  });
  await expect(page.getByTestId('message-agent')).toHaveCount(0);
  await input.press('Enter');
  await expect(page.getByTestId('message-agent')).toHaveCount(1);
  await expect(page.getByTestId('message-agent')).toContainText('second line');
  await expect(input).toHaveValue('');

  // Edit phrase 2, save; Ctrl+2 inserts the edited text, and it survives a reload.
  await page.getByTestId('quick-phrases').click();
  await page.getByTestId('phrases-edit').click();
  await page
    .getByTestId('phrase-input-2')
    .fill('Our jade comes with a certificate of authenticity.');
  await page.getByTestId('phrases-save').click();
  await page.getByTestId('quick-phrases').click();
  await input.click();
  await input.press('Control+2');
  await expect(input).toHaveValue('Our jade comes with a certificate of authenticity.');
  // The emoji picker inserts Taobao-style codes.
  await page.getByTestId('emoji-button').click();
  await page.getByTestId('emoji-[微笑]').click();
  await expect(input).toHaveValue(/\[微笑\]$/);
});

test('new buyer messages are announced in the live region without taking focus', async ({
  page,
}) => {
  await openMenu(page, 'zh-CN', 10);
  await startSession(page, 'hasty-power-bank');
  const kb = page.getByTestId('kb-search');
  await kb.click();
  await kb.fill('包邮');
  await expect(page.getByTestId('message-buyer').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#live')).toContainText('：');
  await expect(kb).toBeFocused();
  await expect(page.getByTestId('kb-results')).not.toBeEmpty();
});
