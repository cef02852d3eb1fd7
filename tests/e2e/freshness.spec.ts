// The app says how old its data is, marks statuses that may be out of date, and exports say both.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, blockExternalNetwork, collectPageErrors, saveScreenshot } from './support/browser';

// A fetched dataset of 12 March 2026 whose trial EX-202 was last verified in January 2024.
const dataset = readFileSync('tests/fixtures/app/stale-status-dataset.json', 'utf8');

/** The embedded dataset's files replaced by the fixture (no compact file: the JSON is read). */
async function serveFixture(page: Page): Promise<void> {
  await page.route('**/data/default/sites.bin', (route) => route.fulfill({ status: 404, body: 'none' }));
  await page.route('**/data/default/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: dataset }),
  );
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the data date, marks a stale status in the list and the details, and exports say both', async ({
    page,
  }) => {
    await serveFixture(page);
    const app = await AppDriver.open(page, '/?country=FR');
    const header = page.getByRole('banner');
    await expect(header.getByText('Data as of March 12, 2026')).toBeVisible();
    await expect(header.getByRole('link', { name: 'ClinicalTrials.gov query' })).toHaveAttribute(
      'href',
      'https://clinicaltrials.gov/api/v2/studies?filter.overallStatus=RECRUITING&query.intr=blinatumomab',
    );

    // France has a site of EX-202 (verified January 2024, stale) and two of EX-303 (verified this year).
    const stale = app.siteItems.filter({ hasText: 'status may be out of date' });
    await expect(stale).toHaveCount(1);
    await expect(app.siteItems).toHaveCount(3);
    await stale.getByRole('button').click();
    const details = page.getByRole('region', { name: 'Site details' });
    await expect(details.getByText(/status may be out of date \(last verified January 2024\)/)).toBeVisible();
    await saveScreenshot(page, 'freshness-details');
    expect(await axeViolations(page)).toEqual([]);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('trial-atlas-sites-FR-2026-03-12.csv');
    const lines = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Data as of 2026-03-12,Filters: country=FR,' +
        'Source: https://clinicaltrials.gov/api/v2/studies?filter.overallStatus=RECRUITING&query.intr=blinatumomab',
    );
    expect(lines[1]).toMatch(/^Trial ID,/);
    expect(app.errors).toEqual([]);
  });
});

test.describe('on a phone, in German', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the data date in the language shown, and the near-me answer marks the stale status', async ({
    page,
  }) => {
    await serveFixture(page);
    await blockExternalNetwork(page);
    const errors = collectPageErrors(page);
    await page.goto('/?lang=de');
    await expect(page.getByRole('banner').getByText('Datenstand: 12. März 2026')).toBeVisible({
      timeout: 15_000,
    });
    await saveScreenshot(page, 'freshness-phone-de');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const box = page.getByRole('combobox', { name: 'Ort' });
    await box.fill('Paris');
    const option = page.getByRole('option', { name: /^Paris, Frankreich/ });
    await expect(option).toBeVisible({ timeout: 15_000 });
    await option.click();
    const panel = page.getByRole('region', { name: 'In meiner Nähe' });
    // Hôpital Saint-Louis (EX-202, verified January 2024) is the nearest enrolling site.
    await expect(panel.getByText(/Hôpital Saint-Louis/).first()).toBeVisible();
    await expect(
      panel.getByText(/Status möglicherweise veraltet \(zuletzt bestätigt: Januar 2024\)/),
    ).toBeVisible();
    await saveScreenshot(page, 'freshness-phone-de-near-me');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
