import { expect, test } from '@playwright/test';
import { playWith, storedLog } from './driver';
import { openMenu, startSession } from './helpers';

test('a session survives a reload: resume from IndexedDB with nothing lost, then finish', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const scenarioId = 'greedy-longjing-tea';
  await openMenu(page, 'en', 15, 5);
  await startSession(page, scenarioId);
  // Play until the buyer has said a few things and the agent has answered twice.
  await playWith(page, {
    scenarioId,
    locale: 'en',
    policy: 'model',
    timeoutMs: 60_000,
    until: async () => (await page.getByTestId('message-agent').count()) >= 2,
  });
  await page.waitForTimeout(500);
  const agentBefore = await page.getByTestId('message-agent').allTextContents();
  const logBefore = await storedLog(page);
  expect(agentBefore.length).toBeGreaterThanOrEqual(2);

  await page.reload();
  await expect(page.getByTestId('resume-session')).toBeVisible();
  await page.getByTestId('resume-session').click();
  await expect(page.getByTestId('chat-input')).toBeVisible();
  // Every agent message and every buyer line written before the reload is back.
  const agentAfter = await page.getByTestId('message-agent').allTextContents();
  expect(agentAfter.slice(0, agentBefore.length)).toEqual(agentBefore);
  const buyerLines = logBefore.filter((e) => e.type === 'buyer.say').length;
  expect(await page.getByTestId('message-buyer').count()).toBeGreaterThanOrEqual(buyerLines);
  const logAfter = await storedLog(page);
  expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);

  const report = await playWith(page, {
    scenarioId,
    locale: 'en',
    policy: 'model',
    timeoutMs: 80_000,
  });
  expect(report?.buyers[0]?.outcome).toBe('paid');
  // A finished session is not offered again.
  await page.reload();
  await expect(page.getByTestId('mode-practice')).toBeVisible();
  await expect(page.getByTestId('resume-session')).toHaveCount(0);
});
