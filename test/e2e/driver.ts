/**
 * Plays a session through the UI with one of the core's scripted agents (src/core/sim): the
 * agent reads what a trainee sees — the session log as the page stores it in IndexedDB — and
 * its replies are typed into the chat box and its actions clicked on the workbench.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Locale } from '../../src/core/locale';
import type { Report } from '../../src/core/report';
import { createRng, hashString } from '../../src/core/random';
import { parseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario/schema';
import { defaultDeps } from '../../src/core/session';
import type { AgentInput, LogEntry } from '../../src/core/session/contract';
import { indexScenario } from '../../src/core/session/scenario-index';
import { Observer, ScriptedAgent, type Policy } from '../../src/core/sim';

/** Loads a shipped scenario. */
export function loadScenario(id: string): Scenario {
  const file = `scenarios/${id}.json`;
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.scenario;
}

/** The log of the most recent session, as stored in the page's IndexedDB. */
export function storedLog(page: Page): Promise<LogEntry[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('kefu-dojo');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const get = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const tx = db.transaction(['sessions', 'log'], 'readonly');
    const sessions = (await get(tx.objectStore('sessions').getAll())) as {
      id: string;
      startedAt: number;
    }[];
    const latest = sessions.sort((a, b) => b.startedAt - a.startedAt)[0];
    if (!latest) return [];
    const rows = (await get(
      tx.objectStore('log').index('bySession').getAll(IDBKeyRange.only(latest.id)),
    )) as (LogEntry & { sessionId?: string })[];
    db.close();
    return rows
      .map(({ sessionId: _s, ...entry }) => entry as LogEntry)
      .sort((a, b) => a.seq - b.seq);
  });
}

/** The newest finished report kept in the page's IndexedDB. */
export function storedReport(page: Page): Promise<Report | null> {
  return page.evaluate(async () => {
    const open = indexedDB.open('kefu-dojo');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<{ savedAt: number; report: unknown }[]>((resolve, reject) => {
      const r = db.transaction('reports', 'readonly').objectStore('reports').getAll();
      r.onsuccess = () => resolve(r.result as { savedAt: number; report: unknown }[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return (all.sort((a, b) => b.savedAt - a.savedAt)[0]?.report ?? null) as Report | null;
  });
}

/** Opens a buyer's chat; false when it is not in the list (still queued). */
async function focusChat(page: Page, buyerId: string): Promise<boolean> {
  const item = page.getByTestId(`conversation-${buyerId}`);
  if ((await item.count()) === 0) return false;
  if (!(await item.getAttribute('class'))?.includes('active')) await item.click();
  return true;
}

/** Performs one agent input through the workbench UI. */
export async function perform(page: Page, input: AgentInput): Promise<void> {
  if (input.type === 'agent.message') {
    if (!(await focusChat(page, input.buyerId))) return;
    const box = page.getByTestId('chat-input');
    if (!(await box.isEnabled())) return;
    await box.fill(input.text);
    await box.press('Enter');
  } else if (input.type === 'agent.action') {
    if (!(await focusChat(page, input.buyerId))) return;
    const p = input.params ?? {};
    if (input.action === 'discount' && p.amount !== undefined) {
      await page.getByTestId('discount-amount').fill(String(p.amount));
    }
    if (input.action === 'modifyPrice' && p.amount !== undefined) {
      await page.getByTestId('price-amount').fill(String(p.amount));
    }
    if (p.couponId) await page.getByTestId('couponPick').selectOption(p.couponId);
    if (p.giftId) await page.getByTestId('giftPick').selectOption(p.giftId);
    if (p.productId) await page.getByTestId('productPick').selectOption(p.productId);
    const button = page.getByTestId(`action-${input.action}`);
    if (await button.isEnabled()) await button.click();
  }
}

/**
 * Plays the running session with a scripted agent until the results show (or `timeoutMs`
 * passes, then ends the session). Returns the report the page kept, or null when `until`
 * stopped the play first.
 */
export async function playWith(
  page: Page,
  options: {
    scenarioId: string;
    locale: Locale;
    policy: Policy;
    timeoutMs?: number;
    /** Stop playing (without ending the session) as soon as this holds; returns null then. */
    until?: () => Promise<boolean>;
  },
): Promise<Report | null> {
  const scenario = loadScenario(options.scenarioId);
  const index = indexScenario(scenario);
  const agent = new ScriptedAgent(
    options.policy,
    { scenario, index, locale: options.locale, analyze: defaultDeps.analyzeReply },
    createRng(hashString(`e2e:${options.policy}`)),
  );
  const report = page.getByTestId('report');
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let observer: Observer | null = null;
  while (Date.now() < deadline) {
    if (await report.isVisible()) break;
    if (options.until && (await options.until())) return null;
    const log = await storedLog(page);
    const start = log[0];
    if (!start || start.type !== 'session.start') {
      await page.waitForTimeout(100);
      continue;
    }
    observer ??= new Observer(index, (start.payload?.buyerIds as string[]) ?? []);
    observer.update(log);
    const now = await page.evaluate(() =>
      Number(document.querySelector<HTMLElement>('[data-testid="workbench"]')?.dataset.now ?? NaN),
    );
    if (!Number.isFinite(now)) {
      await page.waitForTimeout(100);
      continue;
    }
    for (const input of agent.act(now, observer)) await perform(page, input);
    await page.waitForTimeout(100);
  }
  if (!(await report.isVisible())) await page.getByTestId('end-session').click();
  await expect(report).toBeVisible();
  const kept = await storedReport(page);
  if (!kept) throw new Error('no report was kept in IndexedDB');
  return kept;
}
