import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { saveScreenshot } from './support/browser';

// The city centre of Frankfurt am Main in GeoNames, where city-level geocoding puts the Frankfurt site.
const FRANKFURT = { latitude: 50.11552, longitude: 8.68417 };
/** A German browser (for kilometres) reading the page in English, as a link with lang=en asks. */
const ENGLISH = '/?lang=en';

function nearMe(page: Page) {
  return page.getByRole('region', { name: 'Near me' });
}

/** Every request the page makes, to check that the location never leaves the browser. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url() + ' ' + (request.postData() ?? '')));
  return urls;
}

test.describe('near me with the browser location', () => {
  test.use({ geolocation: FRANKFURT, permissions: ['geolocation'], locale: 'de-DE' });

  test('finds the Frankfurt site first, at about 0 km, and keeps the location in the browser', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    const app = await AppDriver.open(page, ENGLISH);
    const panel = nearMe(page);
    await panel.getByRole('button', { name: 'Use my location' }).click();
    // MT103-203 is completed: the card says so plainly and lists the nearest sites with their status.
    await expect(panel).toContainText('No site is enrolling patients now.');
    const nearest = panel.getByRole('list').first().getByRole('listitem').first();
    await expect(nearest).toContainText('Klinikum der Goethe Universität, Frankfurt, Germany');
    await expect(nearest).toContainText(/\b0 km · Closed/);
    await expect(panel).toContainText('distances are to the city centre');
    // The list sorts by distance too.
    await expect(app.siteItems.first()).toContainText('Frankfurt');
    await expect(app.siteItems.first()).toContainText('0 km');
    expect(requests.filter((url) => url.includes('50.11') || url.includes('8.68'))).toEqual([]);
    expect(app.errors).toEqual([]);
    await saveScreenshot(page, 'near-me-frankfurt');
  });

  test('narrows to a radius, and does not offer to widen it when that would find no enrolling site', async ({
    page,
  }) => {
    await AppDriver.open(page, ENGLISH);
    const panel = nearMe(page);
    await panel.getByRole('button', { name: 'Use my location' }).click();
    await panel.getByLabel('Distance').selectOption({ label: 'Within 25 km' });
    await expect(panel).toContainText('No site within 25 km is enrolling patients now.');
    await expect(panel).toContainText('No site in the current results is enrolling farther away either.');
    await expect(panel.getByRole('button', { name: 'Search at any distance' })).toHaveCount(0);
    // The position came from the device: the registry search carries the condition, not the place.
    const search = panel.getByRole('link', { name: /^Recruiting trials for .* on ClinicalTrials\.gov$/ });
    expect(new URL((await search.getAttribute('href'))!).searchParams.has('locStr')).toBe(false);
    await panel.getByRole('radio', { name: 'miles' }).check();
    await expect(panel.getByLabel('Distance')).toHaveValue(String(25 * 1.609344));
    await expect(panel).toContainText('No site within 25 mi is enrolling patients now.');
  });
});

test.describe('near me with the location denied', () => {
  test.use({ permissions: [] });

  test('says the permission was denied and how to go on', async ({ page, context }) => {
    await context.clearPermissions();
    const app = await AppDriver.open(page);
    await nearMe(page).getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByRole('alert')).toContainText('Location permission was denied');
    await expect(page.getByRole('alert')).toContainText('type a town or city instead');
    expect(app.errors).toEqual([]);
  });
});

test.describe('near me from a place name', () => {
  test('typing "München" and choosing it finds the Munich site first', async ({ page }) => {
    const app = await AppDriver.open(page);
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('München');
    const option = page.getByRole('option', { name: /^München \(Munich\), Germany/ });
    await expect(option).toBeVisible({ timeout: 15_000 });
    await box.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(box).toHaveValue('München (Munich), Germany');
    const panel = nearMe(page);
    const nearest = panel.getByRole('list').first().getByRole('listitem').first();
    await expect(nearest).toContainText('Klinikum der Universität München - Großhadern, Munich, Germany');
    await expect(nearest).toContainText(/\b0 (km|mi)\b/);
    await expect(app.siteItems.first()).toContainText('München');
    expect(app.errors).toEqual([]);
  });
});

test.describe('near me from the map', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });

  test('searches from the map centre, and from a point chosen with a right-click', async ({ page }) => {
    const app = await AppDriver.open(page, ENGLISH);
    const box = page.getByRole('combobox', { name: 'Location' });
    await page.getByRole('button', { name: 'Search from the map centre' }).click();
    await expect(box).toHaveValue(/^Point on the map \(/);
    await expect(nearMe(page)).toContainText('No site is enrolling patients now.');
    const centre = await box.inputValue();
    // A right-click on the map offers "Search from here" at that point.
    const map = page.getByRole('region', { name: /^Map of sites/ });
    const area = (await map.boundingBox())!;
    await map.click({ button: 'right', position: { x: area.width / 3, y: area.height / 3 } });
    await page.getByRole('button', { name: 'Search from here' }).click();
    await expect(box).not.toHaveValue(centre);
    await expect(box).toHaveValue(/^Point on the map \(/);
    await expect(page.getByRole('button', { name: 'Search from here' })).toHaveCount(0);
    expect(app.errors).toEqual([]);
  });
});

test.describe('near me on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'en-GB' });

  test('answers in miles, fits the screen, and passes axe with the list of places open and the answer shown', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await app.showView('List');
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('Napoli');
    // The place list is the largest file the app reads: time for it on a busy machine.
    await expect(page.getByRole('option', { name: /^Napoli \(Naples\), Italy/ })).toBeVisible({
      timeout: 15_000,
    });
    const listOpen = await new AxeBuilder({ page }).include('.near-me').analyze();
    expect(listOpen.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await box.press('Enter');
    const panel = nearMe(page);
    await expect(panel).toContainText(/No site is enrolling patients now\./);
    await expect(panel.getByRole('list').first().getByRole('listitem').first()).toContainText(
      /Napoli, Italy — 0 mi · Closed/,
    );
    // Nothing is wider than the screen.
    const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'near-me-phone');
    const answered = await new AxeBuilder({ page }).analyze();
    expect(answered.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
