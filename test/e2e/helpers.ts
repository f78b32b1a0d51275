/** Shared steps of the e2e tests. */
import { expect, type Page } from '@playwright/test';

/** Opens the menu in `locale` with a session clock `speed` times real time. */
export async function openMenu(page: Page, locale: string, speed = 10, seed = 7): Promise<void> {
  await page.goto(`/?lng=${locale}&speed=${speed}&seed=${seed}`);
  await expect(page.getByTestId('mode-practice')).toBeVisible();
}

/** Starts a session of `scenarioId` in `mode` from the menu. */
export async function startSession(
  page: Page,
  scenarioId: string,
  mode = 'practice',
): Promise<void> {
  await page.getByTestId(`mode-${mode}`).click();
  await page.getByTestId(`scenario-${scenarioId}`).click();
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('chat-input')).toBeVisible();
}

/** Types a reply into the chat box and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}
