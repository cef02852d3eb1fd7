import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const MT103_203 = '/?view=coverage&trial=NCT01207388';

/** The coverage report, driven by roles and names as a person would read it. */
function report(page: Page) {
  const countries = page.getByRole('table', { name: 'Coverage by country', exact: true });
  return {
    countries,
    countryRows: countries.getByRole('rowgroup').nth(1).getByRole('row'),
    reachTotal: (km: number) =>
      page.getByRole('table', { name: `Population within ${km} km of a site, by country` }).getByRole('row', {
        name: /^Total/,
      }),
    gaps: (km: number) =>
      page.getByRole('table', { name: new RegExp(`farther than ${km} km from every site`) }),
  };
}

test('MT103-203 covers 11 countries, Germany with 17 sites', async ({ page }) => {
  await page.goto(MT103_203);
  const { countries, countryRows } = report(page);
  // The first view of the report loads its code, the sites and the populations: more than 5 s on a busy machine.
  await expect(countryRows).toHaveCount(11, { timeout: 15_000 });
  const germany = countries.getByRole('row', { name: /^Germany/ });
  await expect(germany.getByRole('cell').first()).toHaveText('17');
  await expect(
    countries
      .getByRole('row', { name: /^Total \(11 countries\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('75');
  await expect(page.getByRole('heading', { name: '75 sites in 11 countries' })).toBeVisible();
});

test('the population within reach follows the radius, and gap cities are named', async ({ page }) => {
  await page.goto(MT103_203);
  const { reachTotal, gaps } = report(page);
  await expect(reachTotal(100)).toBeVisible({ timeout: 15_000 });
  const at100 = await reachTotal(100).textContent();
  expect(at100).toMatch(/^Total[\d,]+/);
  await page.getByRole('radio', { name: '200 km' }).check();
  await expect(reachTotal(200)).toBeVisible();
  expect(await reachTotal(200).textContent()).not.toBe(at100);
  await expect(
    page.getByRole('complementary', { name: 'How population within reach is counted' }),
  ).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Map shading: sites per country' })).toContainText(
    /Circles: 200 km around each of the \d+ site locations/,
  );
  // Seville has no MT103-203 site within 200 km (the nearest Spanish sites are in Madrid and on the coast).
  await page.getByRole('combobox', { name: 'Show gaps in' }).selectOption('ES');
  const seville = gaps(200).getByRole('row', { name: /Sevilla/ });
  await expect(seville).toBeVisible();
  await expect(seville).toContainText(/\d+ km/);
});

test('choosing a country filters the map to it, and the table downloads as CSV', async ({ page }) => {
  await page.goto(MT103_203);
  const { countries, countryRows } = report(page);
  await countries.getByRole('button', { name: 'Germany' }).click();
  await expect(countryRows).toHaveCount(1);
  await expect(page).toHaveURL(/country=DE/);
  await expect(page.getByRole('checkbox', { name: /^Germany/ })).toBeChecked();
  await countries.getByRole('button', { name: 'Germany' }).click();
  await expect(countryRows).toHaveCount(11);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download coverage table (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('trial-atlas-coverage-NCT01207388-2020-02-10.csv');
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(
    csv.startsWith('\uFEFFData as of 2020-02-10,Filters: trial=NCT01207388\r\nCountry code,Country,Sites,'),
  ).toBe(true);
  expect(csv).toContain('\r\nDE,Germany,17,0,0,0,17,0,22.7,1,');
  expect(csv).toContain('Total (11 countries),75,');
});

test('the coverage view passes an accessibility audit and reads as a report', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(MT103_203);
  await expect(report(page).reachTotal(100)).toBeVisible({ timeout: 15_000 });
  const results = await new AxeBuilder({ page }).include('.coverage-report').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await page.screenshot({ path: 'node_modules/.cache/screens/coverage-desktop.png', fullPage: true });
});

test('the report reads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(MT103_203);
  await expect(page.getByRole('button', { name: 'Coverage', pressed: true })).toBeVisible();
  const { countries, reachTotal } = report(page);
  await expect(countries.getByRole('row', { name: /^Germany/ })).toBeVisible();
  await expect(reachTotal(100)).toBeAttached({ timeout: 15_000 });
  const results = await new AxeBuilder({ page }).include('.coverage-report').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // Nothing wider than the screen except inside the table's own sideways scroller.
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'node_modules/.cache/screens/coverage-phone.png' });
});
