import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockExternalNetwork, collectPageErrors, saveScreenshot } from './support/browser';

const SITES_IN_COUNTRIES: Record<string, RegExp> = {
  en: /^75 sites in 11 countries$/,
  de: /^75 Studienzentren in 11 Ländern$/,
  fr: /^75 centres dans 11 pays$/,
  it: /^75 centri in 11 Paesi$/,
  es: /^75 centros en 11 países$/,
  pl: /^75 ośrodków w 11 krajach$/,
};

async function open(page: Page, path: string) {
  await blockExternalNetwork(page);
  const errors = collectPageErrors(page);
  await page.goto(path);
  return errors;
}

/** axe over the whole page, its language rules included. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

test.describe('languages on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const language of ['pl', 'de'] as const) {
    test(`?lang=${language} opens the app in that language`, async ({ page }) => {
      const errors = await open(page, `/?lang=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES[language]! })).toBeVisible({
        timeout: 15_000,
      });
      expect(new URL(page.url()).searchParams.get('lang')).toBe(language);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `lang-${language}-phone`);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('the near-me journey and the coverage view on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('in German: a place name finds the Munich site', async ({ page }) => {
    const errors = await open(page, '/?lang=de');
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const box = page.getByRole('combobox', { name: 'Ort' });
    await box.fill('München');
    const option = page.getByRole('option', { name: /^Munich, Deutschland/ });
    await expect(option).toBeVisible({ timeout: 15_000 });
    await option.click();
    await expect(box).toHaveValue('Munich, Deutschland');
    const panel = page.getByRole('region', { name: 'In meiner Nähe' });
    await expect(
      panel.getByRole('button', { name: /Klinikum der Universität München/ }).first(),
    ).toBeVisible();
    await expect(panel.getByText(/\b0 (km|mi)\b/).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lang-de-phone-near-me');
    expect(errors).toEqual([]);
  });

  test('in Polish: the coverage report of MT103-203', async ({ page }) => {
    const errors = await open(page, '/?lang=pl&view=coverage&trial=NCT01207388');
    const table = page.getByRole('table', { name: 'Zasięg według krajów', exact: true });
    await expect(table.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(11, { timeout: 15_000 });
    await expect(
      table
        .getByRole('row', { name: /^Niemcy/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('17');
    await expect(table.getByRole('rowheader', { name: 'Razem (11 krajów)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '75 ośrodków w 11 krajach' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zasięg', pressed: true })).toBeVisible();
    const report = await new AxeBuilder({ page }).include('.coverage-report').analyze();
    expect(report.violations.map((violation) => violation.id)).toEqual([]);
    const language = await new AxeBuilder({ page }).withRules(['html-has-lang', 'valid-lang']).analyze();
    expect(language.violations.map((violation) => violation.id)).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'lang-pl-phone-coverage');
    expect(errors).toEqual([]);
  });
});

test.describe('choosing a language', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('follows the browser, switches from the header, and is remembered', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await open(page, '/');
    await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES.fr! })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'Polski' });
    await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES.pl! })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page).toHaveURL(/[?&]lang=pl$/);

    // Remembered in this browser: a plain link opens in Polish too.
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES.pl! })).toBeVisible({
      timeout: 15_000,
    });

    // English, the default, leaves the link without a language.
    await page.getByRole('combobox', { name: 'Język' }).selectOption({ label: 'English' });
    await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES.en! })).toBeVisible();
    await expect(page).not.toHaveURL(/lang=/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  for (const language of ['en', 'de', 'fr', 'it', 'es', 'pl']) {
    test(`screenshots in ${language}`, async ({ page }) => {
      await open(page, `/?lang=${language}`);
      await expect(page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES[language]! })).toBeVisible({
        timeout: 15_000,
      });
      await saveScreenshot(page, `lang-${language}-desktop`);
      await page.setViewportSize({ width: 360, height: 740 });
      await saveScreenshot(page, `lang-${language}-phone-narrow`);
    });
  }
});
