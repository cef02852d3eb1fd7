import { expect, test, type Locator } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { saveScreenshot } from './support/browser';

/** Scrolls a control into view and checks a person can see and reach it: some height, on screen, not covered. */
async function expectReachable(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = (await control.boundingBox())!;
  expect(box.height, 'no height').toBeGreaterThan(0);
  await expect(control).toBeInViewport();
  const uncovered = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const top = element.ownerDocument.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return (
      top !== null && (element.contains(top) || top.contains(element) || element.labels?.[0]?.contains(top))
    );
  });
  expect(uncovered, 'covered by another element').toBe(true);
}

// 400 % zoom of a 1280×1024 screen: WCAG 1.4.10 asks that everything still works without scrolling sideways.
test.describe('reflow at 320×256 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 256 }, hasTouch: true, isMobile: true, locale: 'en-IE' });

  test('every control is reached by scrolling, nothing has zero height, nothing scrolls sideways', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await app.showView('List');
    const panel = page.getByRole('complementary', { name: 'Filters and sites' });
    for (const region of [page.getByRole('region', { name: 'Near me' }), app.siteList])
      expect((await region.boundingBox())!.height).toBeGreaterThan(40);
    await expectReachable(page.getByRole('combobox', { name: 'Location' }));
    await expectReachable(page.getByRole('button', { name: 'Use my location' }));
    await expectReachable(panel.getByLabel('Distance'));
    await app.showFilters();
    await expectReachable(panel.getByRole('checkbox', { name: 'Austria', exact: true }));
    await expectReachable(panel.getByRole('checkbox', { name: 'Unknown' }));
    await expectReachable(app.siteItems.first().getByRole('button'));
    await saveScreenshot(page, 'reflow-list');
    const sideways = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);

    // The Share menu scrolls within the screen, above the tab bar.
    await page.getByRole('button', { name: 'Share and download' }).click();
    await expectReachable(page.getByRole('button', { name: 'Download GeoJSON' }));
    await saveScreenshot(page, 'reflow-share-menu');
    await page.keyboard.press('Escape');

    // The Map tab: its filters open as a sheet whose last control is reached too.
    await app.showView('Map');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expectReachable(sheet.getByRole('checkbox', { name: 'Germany', exact: true }));
    await sheet.getByRole('checkbox', { name: 'Germany', exact: true }).check();
    await expectReachable(sheet.getByRole('button', { name: 'Show 17 sites' }));
    await saveScreenshot(page, 'reflow-filters-sheet');
    await sheet.getByRole('button', { name: 'Show 17 sites' }).click();
    const map = page.getByRole('region', { name: /^Map of sites/ });
    expect((await map.boundingBox())!.height).toBeGreaterThan(120);
    await expectReachable(page.getByRole('button', { name: 'Search from the map centre' }));
    await saveScreenshot(page, 'reflow-map');
    expect(app.errors).toEqual([]);
  });
});
