import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The town names drawn on the map (decoration, hidden from assistive technology), with their boxes. */
async function townNames(map: Locator): Promise<{ name: string; box: Box }[]> {
  return map.evaluate((region) =>
    [...region.querySelectorAll('[aria-hidden="true"] span')].flatMap((span) => {
      const { x, y, width, height } = span.parentElement!.getBoundingClientRect();
      return span.textContent ? [{ name: span.textContent, box: { x, y, width, height } }] : [];
    }),
  );
}

async function boxes(locator: Locator): Promise<Box[]> {
  const found: Box[] = [];
  for (const item of await locator.all()) {
    const box = await item.boundingBox();
    if (box && (await item.isVisible())) found.push(box);
  }
  return found;
}

function offlineNote(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Street map unavailable offline' });
}

// Every e2e page has the tile server blocked (only the local server answers): the street map cannot load.
test.describe('the city map without street tiles', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-IE' });

  test('says so once, credits only what it draws, caps the zoom and names towns by population', async ({
    page,
  }) => {
    const app = await AppDriver.open(page, '/?map=6/45.46/9.19');
    await app.waitForBasemap();
    const note = offlineNote(page);
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
    // One step at a time, as a person clicks once the map has zoomed (a click during the zoom is lost).
    for (let zoom = 7; zoom <= 10; zoom++) {
      await zoomIn.click();
      await expect(page).toHaveURL(new RegExp(`map=${zoom}/`));
    }
    await expect(map.getByText('Monza', { exact: true })).toBeVisible();
    await saveScreenshot(page, 'offline-milan-10');
    // Zoom stops where the embedded map has no more detail.
    await expect(zoomIn).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  test('no town name lies under a marker or a button; a site’s town is named beside its marker', async ({
    page,
  }) => {
    const app = await AppDriver.open(page, '/?map=9/45.5/9.4');
    const map = page.getByRole('region', { name: /^Map of sites/ });
    await expect(map.getByText('Monza', { exact: true })).toBeVisible({ timeout: 15_000 });
    // The Monza site's marker stands on Monza: the name sits just right of it, not under it.
    const monzaSite = app.mapMarkers.and(page.getByRole('button', { name: /in Monza/ }));
    await expect(monzaSite).toHaveCount(1);
    const names = await townNames(map);
    const markers = await boxes(app.mapMarkers);
    expect(names.length).toBeGreaterThan(20);
    expect(markers.length).toBeGreaterThanOrEqual(3);
    const covered = names.filter(({ box }) => markers.some((marker) => overlap(box, marker)));
    expect(covered).toEqual([]);
    const monzaMarker = (await monzaSite.boundingBox())!;
    const monza = names.find(({ name }) => name === 'Monza')!.box;
    expect(monza.x).toBeGreaterThanOrEqual(monzaMarker.x + monzaMarker.width);
    expect(monza.x).toBeLessThan(monzaMarker.x + monzaMarker.width + 6);
    // Nor under the buttons over the map, the legend or the note.
    const buttons = [
      ...(await boxes(map.getByRole('button'))),
      ...(await boxes(page.getByRole('button', { name: /Show all results|Search from the map centre/ }))),
      ...(await boxes(page.getByRole('region', { name: 'Legend' }))),
      ...(await boxes(offlineNote(page))),
    ].filter((box) => !markers.some((marker) => marker.x === box.x && marker.y === box.y));
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    expect(names.filter(({ box }) => buttons.some((button) => overlap(box, button)))).toEqual([]);
    await saveScreenshot(page, 'offline-milan-9-desktop');
    expect(app.errors).toEqual([]);
  });
});

test.describe('the city map without street tiles on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, locale: 'en-IE', hasTouch: true, isMobile: true });

  test('the note takes a line of its own under the map’s buttons, clear of them', async ({ page }) => {
    const app = await AppDriver.open(page, '/?map=10/45.55/9.3');
    await app.waitForBasemap();
    const map = page.getByRole('region', { name: /^Map of sites/ });
    await expect(map.getByText('Monza', { exact: true })).toBeVisible({ timeout: 15_000 });
    const note = (await offlineNote(page).boundingBox())!;
    const buttons = [
      ...(await boxes(page.getByRole('button', { name: /^(Zoom in|Zoom out|Filters.*|Show all results)$/ }))),
      ...(await boxes(page.getByRole('region', { name: 'Legend' }))),
      ...(await boxes(page.getByRole('button', { name: 'Search from the map centre' }))),
    ];
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    expect(buttons.filter((button) => overlap(note, button))).toEqual([]);
    expect(note.x).toBeGreaterThanOrEqual(0);
    expect(note.x + note.width).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'offline-milan-10-phone');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
