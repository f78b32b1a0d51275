/**
 * For each persona: one session played well (the core's model agent, typing into the workbench)
 * that ends in a paid order, and one played badly (the rude agent) that does not — alternating
 * zh-CN and en, and swapping the locales between the good and the bad run.
 */
import { expect, test } from '@playwright/test';
import { PERSONAS } from '../../src/core/scenario/schema';
import type { Locale } from '../../src/core/locale';
import { playWith } from './driver';
import { openMenu, startSession } from './helpers';

const SCENARIO: Record<(typeof PERSONAS)[number], string> = {
  taciturn: 'taciturn-milk-powder',
  chatty: 'chatty-kids-down-jacket',
  arrogant: 'arrogant-anc-headphones',
  picky: 'picky-wool-coat',
  hasty: 'hasty-power-bank',
  greedy: 'greedy-longjing-tea',
  cautious: 'cautious-jade-bangle',
};

PERSONAS.forEach((persona, i) => {
  const good: Locale = i % 2 === 0 ? 'zh-CN' : 'en';
  const bad: Locale = good === 'zh-CN' ? 'en' : 'zh-CN';
  const scenarioId = SCENARIO[persona];

  test(`${persona}: played well in ${good}, the buyer pays`, async ({ page }) => {
    test.setTimeout(150_000);
    await openMenu(page, good, 20, 11 + i);
    await page.getByTestId(`persona-${persona}`).click();
    await startSession(page, scenarioId);
    const report = await playWith(page, {
      scenarioId,
      locale: good,
      policy: 'model',
      timeoutMs: 110_000,
    });
    expect(report!.locale).toBe(good);
    expect(report!.buyers.map((b) => b.outcome)).toEqual(['paid']);
    await expect(page.getByTestId('score-overall')).toHaveText(
      String(Math.round(report!.session.scores.overall)),
    );
    expect(report!.session.scores.overall).toBeGreaterThanOrEqual(60);
  });

  test(`${persona}: played badly in ${bad}, no sale`, async ({ page }) => {
    test.setTimeout(150_000);
    await openMenu(page, bad, 20, 11 + i);
    await page.getByTestId(`persona-${persona}`).click();
    await startSession(page, scenarioId);
    const report = await playWith(page, {
      scenarioId,
      locale: bad,
      policy: 'rude',
      timeoutMs: 110_000,
    });
    expect(report!.locale).toBe(bad);
    expect(report!.buyers[0]?.outcome).not.toBe('paid');
    expect(report!.session.scores.courtesy).toBeLessThan(50);
    await expect(page.getByTestId('score-courtesy')).toHaveText(
      String(Math.round(report!.session.scores.courtesy)),
    );
  });
});
