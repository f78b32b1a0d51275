import { expect, test } from '@playwright/test';

test('the menu offers languages, modes and scenarios, and switches language', async ({ page }) => {
  await page.goto('/?lng=en');
  await expect(page.getByTestId('mode-practice')).toBeVisible();
  await expect(page.getByTestId('mode-shift')).toBeVisible();
  await expect(page.getByTestId('mode-exam')).toBeVisible();
  await expect(page.getByTestId('start-session')).toContainText('Start session');
  await expect(page.locator('[data-testid^="scenario-"]').first()).toBeVisible();
  await page.getByTestId('language-zh-CN').click();
  await expect(page.getByTestId('start-session')).toContainText('开始接待');
  await page.reload();
  await expect(page.getByTestId('start-session')).toContainText('开始接待');
  // Without ?lng= the saved choice wins over the browser's language.
  await page.goto('/');
  await expect(page.getByTestId('start-session')).toContainText('开始接待');
  await expect(page.getByTestId('rubric')).toContainText('响应速度');
});

test('the browser language is used when nothing is chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('start-session')).toContainText('Empezar');
  await context.close();
});
