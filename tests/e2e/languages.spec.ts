import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockExternalNetwork, collectPageErrors, saveScreenshot, skipTargetsDrawn } from './support/browser';

const SITES_IN_COUNTRIES: Record<string, RegExp> = {
  en: /^75 sites in 11 countries$/,
  de: /^75 Studienzentren in 11 Ländern$/,
  fr: /^75 centres dans 11 pays$/,
  it: /^75 centri in 11 Paesi$/,
  es: /^75 centros en 11 países$/,
  pl: /^75 ośrodków w 11 krajach$/,
};

/** How many lines of text an element takes (its height inside the padding, in line heights). */
function lines(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    const text = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.round(text / parseFloat(style.lineHeight));
  });
}

async function open(page: Page, path: string) {
  await blockExternalNetwork(page);
  const errors = collectPageErrors(page);
  await page.goto(path);
  return errors;
}

/** axe over the whole page, its language rules included. */
async function axeViolations(page: Page): Promise<string[]> {
  await skipTargetsDrawn(page);
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
      // The folded legend's title takes one line beside the Filters button ("Status der Zentren").
      const title = page.locator('.map-legend-title');
      const lineHeight = await page.evaluate<number>(
        "parseFloat(getComputedStyle(document.querySelector('.map-legend-title')).lineHeight)",
      );
      expect((await title.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
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
    const option = page.getByRole('option', { name: /^München \(Munich\), Deutschland/ });
    await expect(option).toBeVisible({ timeout: 15_000 });
    await option.click();
    await expect(box).toHaveValue('München (Munich), Deutschland');
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

/** Interface phrases that must not be left in English on a page shown in another language. */
const ENGLISH_UI = [
  'Nearest enrolling site',
  'Nearest sites of any status',
  'What you can do',
  'Show details',
  'Site details',
  'Close details',
  'Copy link',
  'on ClinicalTrials.gov',
  'not on the map',
  'Skip to map',
  'sites nearby',
  'Search from the map centre',
];

/** The page's text and accessible names, for looking for English left over. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate<string>(
    `document.body.textContent + '\\n' + [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\\n')`,
  );
}

test.describe('the near-me journey in Polish and the coverage view in German, on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('in Polish: Warszawa, the nearest sites of any status, what to do, and a site’s details', async ({
    page,
  }) => {
    const errors = await open(page, '/?lang=pl');
    await page.getByRole('button', { name: 'Lista', exact: true }).click();
    const box = page.getByRole('combobox', { name: 'Miejscowość' });
    await box.fill('Warszawa');
    const option = page.getByRole('option', { name: /^Warszawa \(Warsaw\), Polska/ });
    await expect(option).toBeVisible({ timeout: 15_000 });
    await option.click();
    const panel = page.getByRole('region', { name: 'W pobliżu' });
    // Every site of the study has closed: the answer says so, lists the nearest and what can be done.
    await expect(panel.getByText('Najbliższe ośrodki o dowolnym statusie:')).toBeVisible({ timeout: 15_000 });
    await expect(panel.getByText('Co można zrobić:')).toBeVisible();
    await expect(panel).toContainText('Badanie NCT01207388 się zakończyło');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lang-pl-phone-near-me');

    await panel.locator('.near-site').first().click();
    const details = page.getByRole('region', { name: 'Szczegóły ośrodka' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Informacje o badaniach są pokazane tak, jak je zarejestrowano');
    await expect(details.getByRole('link', { name: 'NCT01207388 w ClinicalTrials.gov' })).toBeVisible();
    const language = await new AxeBuilder({ page }).withRules(['html-has-lang', 'valid-lang']).analyze();
    expect(language.violations.map((violation) => violation.id)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'lang-pl-phone-details');
    const words = await pageWords(page);
    expect(ENGLISH_UI.filter((phrase) => words.includes(phrase))).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('in German: the coverage report of MT103-203', async ({ page }) => {
    const errors = await open(page, '/?lang=de&view=coverage&trial=NCT01207388');
    const table = page.getByRole('table', { name: 'Abdeckung nach Land', exact: true });
    await expect(table.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(11, { timeout: 15_000 });
    await expect(table.getByRole('rowheader', { name: 'Gesamt (11 Länder)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Abdeckung', pressed: true })).toBeVisible();
    const language = await new AxeBuilder({ page }).withRules(['html-has-lang', 'valid-lang']).analyze();
    expect(language.violations.map((violation) => violation.id)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    const words = await pageWords(page);
    expect(ENGLISH_UI.filter((phrase) => words.includes(phrase))).toEqual([]);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'lang-de-phone-coverage');
    expect(errors).toEqual([]);
  });
});

test.describe('the header at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const language of ['de', 'fr', 'pl', 'it', 'es', 'en'] as const) {
    test(`keeps its tools in one row in ${language}`, async ({ page }) => {
      await open(page, `/?lang=${language}`);
      const count = page.getByRole('status').filter({ hasText: SITES_IN_COUNTRIES[language]! });
      await expect(count).toBeVisible({ timeout: 15_000 });
      expect(await lines(count)).toBeLessThanOrEqual(2);
      const name = (await page.getByRole('heading', { level: 1, name: 'Trial Atlas' }).boundingBox())!;
      const tools = page.locator('.app-header .toolbar').getByRole('button');
      expect(await tools.count()).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < (await tools.count()); i++) {
        const box = (await tools.nth(i).boundingBox())!;
        expect(box.y).toBeLessThan(name.y + name.height);
      }
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `lang-${language}-header`);
      // Filtered, the count says of how many: still two lines at most.
      await open(page, `/?lang=${language}&country=AT,DE&status=closed`);
      const filtered = page.getByRole('status').filter({ hasText: /\(\D*75\)$/ });
      await expect(filtered).toBeVisible({ timeout: 15_000 });
      expect(await lines(filtered)).toBeLessThanOrEqual(2);
    });
  }
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
