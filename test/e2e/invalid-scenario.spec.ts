import { expect, test } from '@playwright/test';

const broken = `{
  "$schema": "../schema/scenario.schema.json",
  "schemaVersion": 1,
  "id": "broken",
  "title": { "zh-CN": "坏场景" },
  "locales": ["zh-CN"],
  "buyers": [ { "persona": "hastey", } ]
}`;

test('a dropped invalid scenario shows the validator messages, not a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?lng=en');
  await expect(page.getByTestId('mode-practice')).toBeVisible();
  // A real drop event on the page, with the file in its DataTransfer.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'broken.json', { type: 'application/json' }));
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  }, broken);
  const panel = page.getByTestId('scenario-errors');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/broken\.json:7:\d+:/);
  await expect(panel).not.toContainText('at Object.');
  await page.getByTestId('problems-back').click();
  await expect(page.getByTestId('mode-practice')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a chosen file that is not JSON at all is reported with its position', async ({ page }) => {
  await page.goto('/?lng=zh-CN');
  await page.getByTestId('scenario-file').setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "schemaVersion": 1, "id": "x", "title": '),
  });
  await expect(page.getByTestId('scenario-errors')).toContainText('truncated.json:1:');
});
