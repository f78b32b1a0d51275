import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openMenu, say, startSession } from './helpers';

test('practice: a hint appears in the chat, costs points and is in the report; download it', async ({
  page,
}) => {
  await openMenu(page, 'en', 5);
  await page.getByTestId('persona-hasty').click();
  await expect(page.getByTestId('scenario-hasty-power-bank')).toBeVisible();
  await expect(page.getByTestId('scenario-greedy-longjing-tea')).toHaveCount(0);
  await expect(page.getByTestId('rubric')).toContainText('Response time');
  await startSession(page, 'hasty-power-bank');
  await expect(page.getByTestId('message-buyer').first()).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('hint').click();
  await expect(page.getByTestId('message-system').first()).not.toBeEmpty();
  await say(page, 'Sorry for the wait! We ship today.');
  await page.getByTestId('end-session').click();
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('hints-used')).toContainText('1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-report').click(),
  ]);
  expect(download.suggestedFilename()).toBe('kefu-dojo-report-hasty-power-bank.json');
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(json.schemaVersion).toBe(1);
  expect(json.hints).toHaveLength(1);
  expect(
    json.transcript.some((m: { text?: string }) => m.text === 'Sorry for the wait! We ship today.'),
  ).toBe(true);
  await page.getByTestId('play-again').click();
  await expect(page.getByTestId('mode-practice')).toBeVisible();
  // The finished report is kept in the history and opens again.
  await page.locator('[data-testid^="history-"]').first().click();
  await expect(page.getByTestId('hints-used')).toContainText('1');
});

test('exam: no hint button', async ({ page }) => {
  await openMenu(page, 'es', 5);
  await startSession(page, 'cautious-jade-bangle', 'exam');
  await expect(page.getByTestId('workbench')).toHaveAttribute('data-mode', 'exam');
  await expect(page.getByTestId('hint')).toHaveCount(0);
  await expect(page.getByTestId('end-session')).toBeVisible();
});

test('a valid dropped scenario without the chosen language plays at once in zh-CN, with a note', async ({
  page,
}) => {
  const scenario = JSON.parse(readFileSync('scenarios/taciturn-milk-powder.json', 'utf8'));
  scenario.id = 'zh-only';
  scenario.locales = ['zh-CN'];
  await openMenu(page, 'en', 5);
  await page.getByTestId('scenario-file').setInputFiles({
    name: 'zh-only.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByTestId('workbench')).toBeVisible();
  await expect(page.getByTestId('locale-note')).toBeVisible();
  await expect(page.getByTestId('message-buyer').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('message-buyer').first()).toContainText(/[\u4e00-\u9fff]/);
  // The workbench chrome stays in the trainee's language.
  await expect(page.getByTestId('send')).toHaveText('Send');
});
