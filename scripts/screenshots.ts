/**
 * `npm run screenshots [-- --lng zh-CN|en|es]`: build and serve the app, drive it in headless
 * Chromium (1280×800) and save docs/menu.png, docs/workbench.png (mid-chat) and
 * docs/results.png (after the score reveal).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isLocale } from '../src/core/locale';
import { ROOT, withBuiltApp } from './web-harness';

const VIEWPORT = { width: 1280, height: 800 };
const REPLIES: Record<string, string[]> = {
  'zh-CN': [
    '亲，您好，欢迎光临！我是客服小美，请问有什么可以帮您？',
    '这款是我们店的热销款，品质有保障，支持七天无理由退换哦~',
  ],
  en: [
    'Hello and welcome! I am Mei from the shop team, how can I help you today?',
    'This one is our best seller, and you can return it within 7 days, no questions asked.',
  ],
  es: [
    '¡Hola, bienvenido! Soy Mei, del equipo de la tienda. ¿En qué puedo ayudarle?',
    'Es nuestro producto más vendido y tiene devolución gratuita en 7 días.',
  ],
};

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const count = (page: Page, testid: string): Promise<number> =>
  page.locator(`[data-testid="${testid}"]`).count();

async function waitForCount(
  page: Page,
  testid: string,
  atLeast: number,
  timeout: number,
): Promise<void> {
  await page
    .waitForFunction(
      ([id, n]) => document.querySelectorAll(`[data-testid="${id}"]`).length >= Number(n),
      [testid, atLeast] as const,
      { timeout },
    )
    .catch(() => undefined);
}

async function main(argv: string[]): Promise<void> {
  const lng = argValue(argv, '--lng') ?? 'zh-CN';
  if (!isLocale(lng)) throw new Error(`unknown locale "${lng}" (zh-CN, en or es)`);
  const docs = join(ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  await withBuiltApp(async ({ url, browser }) => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (err) => process.stderr.write(`page error: ${err.message}\n`));
    await page.goto(`${url}?lng=${lng}`);
    await page.locator('[data-testid="mode-practice"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => Boolean(document.querySelector('#game canvas')), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(2500); // the title scene's shoppers walk in
    await page.screenshot({ path: join(docs, 'menu.png') });
    process.stdout.write('docs/menu.png\n');

    await page.click('[data-testid="mode-practice"]');
    await page.locator('[data-testid^="scenario-"]').first().click();
    await page.click('[data-testid="start-session"]');
    const input = page.locator('[data-testid="chat-input"]');
    await input.waitFor({ timeout: 20_000 });
    await waitForCount(page, 'message-buyer', 1, 20_000);
    for (const [i, reply] of (REPLIES[lng] ?? []).entries()) {
      await input.fill(reply);
      await page.keyboard.press('Enter');
      await waitForCount(page, 'message-buyer', i + 2, 15_000);
    }
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(docs, 'workbench.png') });
    process.stdout.write(
      `docs/workbench.png (${await count(page, 'message-buyer')} buyer messages)\n`,
    );

    await page.click('[data-testid="end-session"]');
    const confirm = page.locator('[data-testid="confirm-end"]');
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.locator('[data-testid="score-overall"]').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(4500); // the score reveal
    await page.screenshot({ path: join(docs, 'results.png') });
    process.stdout.write('docs/results.png\n');
  });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
