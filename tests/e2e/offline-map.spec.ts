import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

// Every e2e page has the tile server blocked (only the local server answers): the street map cannot load.
test.describe('the city map without street tiles', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-IE' });

  test('says so once, credits only what it draws, caps the zoom and names towns by population', async ({
    page,
  }) => {
    const app = await AppDriver.open(page, '/?map=6/45.46/9.19');
    await app.waitForBasemap();
    const note = page.getByRole('status').filter({ hasText: 'Street map unavailable offline' });
    await expect(note).toHaveText('Street map unavailable offline: showing countries and towns');
    await expect(note).toHaveCount(1);
    expect(app.blocked.some((url) => url.includes('tile.openstreetmap.org'))).toBe(true);
    // No tile was drawn: no OpenStreetMap credit; the borders' source is still credited.
    await expect(page.getByRole('link', { name: 'OpenStreetMap' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Natural Earth' })).toBeVisible();

    // Around Milan at zoom 6 only the big cities are named; closer in, the towns around them.
    const map = page.getByRole('region', { name: /^Map of sites/ });
    await expect(map.getByText('Milan', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(map.getByText('Monza', { exact: true })).toHaveCount(0);
    await saveScreenshot(page, 'offline-milan-6');
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    for (let zoom = 6; zoom < 10; zoom++) await zoomIn.click();
    await expect(page).toHaveURL(/map=10\//);
    await expect(map.getByText('Monza', { exact: true })).toBeVisible();
    await saveScreenshot(page, 'offline-milan-10');
    // Zoom stops where the embedded map has no more detail.
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
