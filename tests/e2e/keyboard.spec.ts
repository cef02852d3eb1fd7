import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

const MARKER = /\. (Zoom in|Show details|List them)$/;

/** The focused element's accessible name as the page gives it (aria-label, else its text). */
const focusedName = (page: Page) =>
  page.evaluate<string>(
    `(() => { const e = document.activeElement; return e ? (e.getAttribute('aria-label') ?? e.textContent ?? '').trim() : ''; })()`,
  );

/** Presses Tab (and Enter on "Skip to map") until a map marker has focus; returns the keys pressed. */
async function keysToFirstMarker(page: Page, limit: number): Promise<number> {
  for (let keys = 1; keys <= limit; keys++) {
    const name = await focusedName(page);
    if (MARKER.test(name)) return keys - 1;
    await page.keyboard.press(name === 'Skip to map' ? 'Enter' : 'Tab');
  }
  return Infinity;
}

test.describe('the keyboard on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('reaches the first marker in at most 15 keys, the westernmost, the same on every load', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await expect(app.mapMarkers.first()).toBeVisible();
    expect(await keysToFirstMarker(page, 15)).toBeLessThanOrEqual(15);
    const first = await focusedName(page);
    // West to east: no marker lies left of the focused one.
    const focusedX = await page.evaluate<number>('document.activeElement.getBoundingClientRect().x');
    for (const box of await app.mapMarkers.evaluateAll((all) => all.map((m) => m.getBoundingClientRect().x)))
      expect(box).toBeGreaterThanOrEqual(focusedX);
    await page.reload();
    await expect(app.mapMarkers.first()).toBeVisible();
    expect(await keysToFirstMarker(page, 15)).toBeLessThanOrEqual(15);
    expect(await focusedName(page)).toBe(first);
    expect(app.errors).toEqual([]);
  });

  test('Enter on a cluster zooms in and keeps focus on the map, on the first new marker', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    const cluster = app.mapMarkers.and(page.getByRole('button', { name: /Zoom in$/ })).first();
    await cluster.focus();
    const before = await focusedName(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).not.toBe(before);
    await expect.poll(() => focusedName(page)).toMatch(MARKER);
    await expect(app.mapMarkers.first()).toBeFocused();
    expect(app.errors).toEqual([]);
  });

  test('skip links lead to the map, the list, and in the coverage view to the report', async ({ page }) => {
    const app = await AppDriver.open(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Sites', exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Coverage' }).click();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('link', { name: 'Skip to the report' }).press('Enter');
    await expect(page.getByRole('region', { name: 'Coverage', exact: true })).toBeFocused();
    expect(app.errors).toEqual([]);
  });

  test("the list waiting for the sites' names passes axe, and is in the Tab order to be scrolled", async ({
    page,
  }) => {
    // The sites' text arrives only once the list has been checked.
    let arrive = () => {};
    const held = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/data/default/site-text.bin', async (route) => {
      await held;
      await route.continue();
    });
    const app = await AppDriver.open(page);
    await expect(app.siteList.getByText('Loading…').first()).toBeVisible();
    expect(await axeViolations(page, '#site-list')).toEqual([]);
    await expect(page.locator('#site-list')).toHaveAttribute('tabindex', '0');
    await page.locator('#site-list').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('#site-list').evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
    arrive();
    await expect(app.siteList.getByRole('button').first()).toBeVisible();
  });

  test('the map with its markers passes axe', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    await expect(app.mapMarkers.first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the keyboard on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('"Skip to list" opens the List tab, and the map passes axe', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    await expect(app.mapMarkers.first()).toBeVisible();
    await saveScreenshot(page, 'keyboard-phone-map');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Skip to list' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Sites', exact: true })).toBeFocused();
    await expect(app.siteItems.first()).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});
