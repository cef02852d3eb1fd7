import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeDataset } from '../../src/core/compact/encode';
import { datasetSchema } from '../../src/core/schema';
import { AppDriver } from './support/app-driver';
import { saveScreenshot } from './support/browser';

// A title of 100,000 characters without a space, as damaged or hostile data may hold.
const LONG_TITLE = 'Blinatumomab'.repeat(8_334).slice(0, 100_000);

/** Serves the embedded dataset with MT103-203's title replaced, as the app loads it: the compact files. */
async function serveWithTitle(page: Page, title: string): Promise<void> {
  const dataset = datasetSchema.parse(JSON.parse(await readFile('public/data/default/dataset.json', 'utf8')));
  dataset.trials[0]!.title = title;
  const files = encodeDataset(dataset);
  for (const [file, bytes] of [
    ['sites.bin', files.sites],
    ['site-text.bin', files.text],
  ] as const) {
    await page.route(`**/data/default/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) }),
    );
  }
}

/** How far the element's content reaches past its own width (0 when nothing overflows). */
function overflow(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.scrollWidth - element.clientWidth);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`a 100,000-character title loads, opens and wraps without freezing the page at ${size.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await serveWithTitle(page, LONG_TITLE);
    const app = await AppDriver.open(page);
    await app.showView('List');
    // The trial filter names the trial by its ID; its title is a label there, so it is cut short.
    await app.showFilters();
    const option = app.group('Trial').getByRole('checkbox', { name: /^NCT01207388/ });
    const name = await option.evaluate(
      (box) => (box as unknown as { labels: { textContent: string }[] }).labels[0]!.textContent,
    );
    expect(name.length).toBeLessThan(1_000);
    await expect.poll(() => overflow(page.locator('html'))).toBe(0);

    const started = Date.now();
    const details = await app.openSite(/^LKH Graz/);
    await details.getByRole('button', { name: 'NCT01207388' }).click();
    const trial = page.getByRole('region', { name: 'Trial details' });
    await expect(trial.getByRole('heading', { level: 2 })).toBeVisible();
    // A generous bound: opening it once froze the page for seconds.
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(trial.getByRole('heading', { level: 2 })).toHaveText(LONG_TITLE);
    expect(await overflow(trial)).toBe(0);
    expect(await overflow(page.locator('html'))).toBe(0);
    expect(app.errors).toEqual([]);
    await saveScreenshot(page, `long-title-${size.width}`);
  });
}
