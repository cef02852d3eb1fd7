import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { saveScreenshot } from './support/browser';

test.describe('the map app, offline, on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the 75 MT103-203 sites in 11 countries on the map and in the list', async ({ page }) => {
    const app = await AppDriver.open(page);
    await expect(app.resultCount).toHaveText('75 sites in 11 countries');
    await expect(app.siteItems.first()).toBeVisible();
    // Clustered: a handful of markers whose counts add up to the sites on the map.
    await expect(app.mapMarkers.first()).toBeVisible();
    expect(await app.mapMarkers.count()).toBeLessThan(75);
    // Placed flat: a 3D translate would make each marker a compositor layer of its own.
    const placements = await page
      .locator('.leaflet-marker-icon.site-marker-host')
      .evaluateAll((hosts) => hosts.map((host) => host.style.transform));
    expect(placements.length).toBeGreaterThan(0);
    for (const placement of placements) expect(placement).toMatch(/^translate\(-?[\d.]+px, -?[\d.]+px\)$/);
    // Their shadows are drawn in their shapes: a CSS filter would make each marker an effect to paint apart.
    const filters = await page.locator('.site-marker:not(.selected)').evaluateAll((markers) => {
      const page = globalThis as unknown as { getComputedStyle(element: unknown): { filter: string } };
      return markers.map((marker) => page.getComputedStyle(marker).filter);
    });
    expect(filters.length).toBe(placements.length);
    expect(new Set(filters)).toEqual(new Set(['none']));
    await expect(page.locator('.site-marker svg .status-shadow')).toHaveCount(placements.length);
    // The vector basemap is drawn with no network at all.
    await app.waitForBasemap();
    expect(app.blocked.every((url) => !url.includes('127.0.0.1'))).toBe(true);
    expect(app.errors).toEqual([]);
  });

  test('filters to Germany, then to a status, with faceted counts and an explained empty result', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await app.toggleCountry('Germany');
    await expect(app.resultCount).toHaveText('17 sites in 1 country (of 75)');
    await expect(app.siteItems.first()).toContainText('Germany');
    const closed = app.group('Status').getByRole('checkbox', { name: 'Closed', exact: true });
    await expect(closed).toHaveAccessibleDescription('17 sites');
    await app.toggleStatus('Closed');
    await expect(app.resultCount).toHaveText('17 sites in 1 country (of 75)');
    await app.toggleStatus('Closed');
    await app.toggleStatus('Enrolling');
    await expect(app.resultCount).toHaveText('0 sites (of 75)');
    await expect(page.getByRole('heading', { name: 'No sites match' })).toBeVisible();
    // Explained beside the map; the phone's note on the map is not drawn here.
    await expect(page.locator('.map-empty')).toBeHidden();
    await page.getByRole('button', { name: /Clear the status filter \(17 sites\)/ }).click();
    await expect(app.resultCount).toHaveText('17 sites in 1 country (of 75)');
    await app.clearAllFilters();
    await expect(app.resultCount).toHaveText('75 sites in 11 countries');
  });

  test('shows where the filters are, below the location: their bar waits in sight and brings them into view', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await expect(app.siteItems.first()).toBeVisible();
    const bar = page.locator('.filters-bar');
    const controls = page.locator('.side-controls');
    const country = page.getByRole('group', { name: 'Country' });
    // The side panel's parts are drawn as their code arrives.
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    await expect(bar).toBeVisible();
    await expect(country).toBeAttached();
    // The location's controls fill the space above the list; the Country group starts below it, out of sight.
    const shown = (await controls.boundingBox())!;
    expect((await country.boundingBox())!.y).toBeGreaterThanOrEqual(shown.y + shown.height);
    // The bar is in sight, inside the controls' box, and names the filters.
    const box = (await bar.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(shown.y);
    expect(box.y + box.height).toBeLessThanOrEqual(shown.y + shown.height + 1);
    const toggle = page.getByRole('button', { name: 'Filters' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Clicked where it is (Playwright's own click would first scroll the bar's place in the page into view).
    await page.mouse.click(box.x + 60, box.y + box.height / 2);
    // Brought into view, still open.
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: /^Germany/ })).toBeInViewport();
    const after = (await country.boundingBox())!;
    expect(after.y).toBeLessThan(shown.y + shown.height);
    // In view, the same button folds them.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(country).toBeHidden();
  });

  test('opens a site’s details from the list, with its trial and outside links', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.toggleCountry('Germany');
    const search = page.getByRole('button', { name: 'Search from the map centre' });
    await expect(search).toBeVisible();
    const details = await app.openSite(/Frankfurt/);
    // The details stand over the map's right side: the button they would cut in two waits until they close.
    await expect(search).toBeHidden();
    await expect(details).toContainText('Germany');
    await expect(details).toContainText('Completed');
    await expect(details).toContainText('trial’s overall status');
    await expect(details.getByRole('link', { name: /on ClinicalTrials\.gov/ })).toHaveAttribute(
      'href',
      /^https:\/\/clinicaltrials\.gov\/study\/NCT\d{8}$/,
    );
    await expect(details.getByRole('link', { name: /Directions/ })).toHaveAttribute(
      'href',
      /openstreetmap\.org/,
    );
    await details.getByRole('button', { name: /NCT01207388/ }).click();
    const trial = page.getByRole('region', { name: 'Trial details' });
    await expect(trial).toContainText('75 sites in 11 countries');
    await trial.getByRole('button', { name: /Back to site/ }).click();
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toBeHidden();
    await expect(search).toBeVisible();
  });

  for (const [country, city] of [
    ['Italy', 'Rome'],
    ['Poland', 'Warsaw'],
    ['Romania', 'Bucharest'],
  ] as const) {
    test(`reaches both sites that share a point in ${city} from the map`, async ({ page }) => {
      const app = await AppDriver.open(page);
      await app.toggleCountry(country);
      await page.getByRole('searchbox', { name: 'Search sites' }).fill(city);
      await expect(app.resultCount).toHaveText('2 sites in 1 country (of 75)');
      await expect(app.mapMarkers).toHaveCount(1);
      await page.getByRole('button', { name: `2 sites at one place in ${city}. List them` }).click();
      const list = page.getByRole('list', { name: 'Sites at this place' });
      await expect(list.getByRole('listitem')).toHaveCount(2);
      await list.getByRole('button').nth(1).click();
      await expect(page.getByRole('region', { name: 'Site details' })).toContainText(`${city}, ${country}`);
    });
  }

  test('works from the keyboard: a site marker opens its details with Enter', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.toggleCountry('Germany');
    const marker = page.getByRole('button', { name: /^Site in Hanover: Closed\. Show details$/ });
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Site details' })).toContainText('Hanover, Germany');
    await expect(
      page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Site details' })).toHaveCount(0);
    // Focus goes back to the marker the details came from.
    await expect(marker).toBeFocused();
  });

  test('clicking a country on the basemap toggles it in the country filter', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    const countries = page.locator('.leaflet-basemap-pane path');
    const light = await countries.count();
    const detailed = page.waitForResponse(/countries-50m/);
    await app.toggleCountry('Germany');
    await expect(app.resultCount).toHaveText('17 sites in 1 country (of 75)');
    // The map now fits Germany (once it has glided there), and the detailed countries take the light ones' place
    // once downloaded and read. Then a point inside Germany, near the view's upper middle, where the basemap is on
    // top (no marker, town name or button over it).
    await detailed;
    await expect.poll(() => countries.count()).not.toBe(light);
    await app.mapAtRest();
    // The countries nearest the view's centre join first, Germany with the first batch, the others a few at a time.
    const findPoint = () =>
      page.evaluate<{ x: number; y: number } | null>(`(() => {
      const area = document.querySelector('.site-map').getBoundingClientRect();
      const [x0, y0] = [area.left + 0.45 * area.width, area.top + 0.35 * area.height];
      for (let r = 0; r <= 40; r += 8)
        for (const [dx, dy] of [[0, 0], [r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, -r], [r, -r], [-r, r]])
          if (document.elementFromPoint(x0 + dx, y0 + dy)?.closest('.leaflet-basemap-pane')) return { x: x0 + dx, y: y0 + dy };
      return null;
    })()`);
    await expect.poll(findPoint).not.toBeNull();
    const point = await findPoint();
    await page.mouse.click(point!.x, point!.y);
    await expect(app.resultCount).toHaveText('75 sites in 11 countries');
    await expect(
      app.group('Country').getByRole('checkbox', { name: 'Germany', exact: true }),
    ).not.toBeChecked();
  });

  test('a drag that starts on a country leaves no ring around it on the map', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    await app.mapAtRest();
    // A point of the map where a country of the basemap is on top (no marker, label or button over it).
    const start = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const area = document.querySelector('.site-map').getBoundingClientRect();
      for (let y = area.top + 0.3 * area.height; y < area.bottom - 80; y += 17)
        for (let x = area.left + 0.3 * area.width; x < area.right - 20; x += 23)
          if (document.elementFromPoint(x, y)?.closest('.leaflet-basemap-pane')) return { x, y };
      return null;
    })()`);
    expect(start).not.toBeNull();
    await page.mouse.move(start!.x, start!.y);
    await page.mouse.down();
    await page.mouse.move(start!.x + 150, start!.y + 40, { steps: 6 });
    await page.mouse.up();
    // The country took the focus from the mouse; no ring is drawn for it (it was a dark box over the sea).
    await expect
      .poll(() =>
        page.evaluate<string>(`(() => {
          const focused = document.activeElement;
          return focused?.closest('.leaflet-basemap-pane') ? getComputedStyle(focused).outlineStyle : 'no country';
        })()`),
      )
      .toBe('none');
  });

  test('fits the filtered sites, unless the person has moved the map', async ({ page }) => {
    const app = await AppDriver.open(page);
    const markers = app.mapMarkers;
    await app.toggleCountry('Romania');
    // Fitted to Romania's 4 sites: three places (two sites share Bucharest), each its own marker.
    await expect(markers).toHaveCount(3);
    const map = page.getByRole('region', { name: /^Map of sites/ });
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const showAll = page.getByRole('button', { name: 'Show all results' });
    await expect(showAll).toBeVisible();
    await app.toggleCountry('Romania');
    await app.toggleCountry('Russia');
    // The map stays where the person put it: Russia's sites are not brought into view.
    await expect(app.resultCount).toHaveText('2 sites in 1 country (of 75)');
    await expect(markers).toHaveCount(0);
    await showAll.click();
    await expect(markers).not.toHaveCount(0);
    await expect(showAll).toHaveCount(0);
  });

  test('has no axe violations, and looks right', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.toggleCountry('Germany');
    await app.openSite(/Frankfurt/);
    await app.waitForBasemap();
    await saveScreenshot(page, 'desktop');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});

for (const { width, height } of [
  { width: 800, height: 1000 },
  { width: 1024, height: 768 },
  { width: 1100, height: 800 },
]) {
  test(`keeps Search from the map centre clear of the legend and the map's controls (${width}×${height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await AppDriver.open(page);
    for (const lang of ['en', 'de']) {
      await page.goto(`/?lang=${lang}`);
      const button = page.locator('.near-map-control .button');
      await expect(button).toBeVisible();
      await expect(page.locator('.map-legend')).toBeVisible();
      const box = (await button.boundingBox())!;
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      for (const other of ['.map-legend', '.leaflet-control-zoom', '.leaflet-control-attribution']) {
        const rect = (await page.locator(other).boundingBox())!;
        const apart =
          box.x + box.width <= rect.x ||
          rect.x + rect.width <= box.x ||
          box.y + box.height <= rect.y ||
          rect.y + rect.height <= box.y;
        expect(apart, `${other} (${lang})`).toBe(true);
      }
    }
  });
}

test('on a tablet held upright, a site is shown on the map above its details', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  const app = await AppDriver.open(page, '/?site=NCT01207388-1001');
  const details = page.locator('.details-panel');
  await expect(details.getByRole('heading', { name: /Würzburg/ })).toBeVisible();
  const ring = page
    .locator('.selected-ring')
    .filter({ has: page.getByRole('img', { name: /^Selected: Julius-Maximilians/ }) });
  const map = (await page.getByRole('region', { name: /^Map of sites/ }).boundingBox())!;
  // The details stand over the map's lower part, its whole width, and leave its upper part free.
  const sheet = (await details.boundingBox())!;
  expect(sheet.x).toBeGreaterThanOrEqual(map.x);
  expect(sheet.y).toBeGreaterThan(map.y + map.height / 3);
  await expect
    .poll(
      async () => {
        const [at, below] = await Promise.all([ring.boundingBox(), details.boundingBox()]);
        return Boolean(at && below && at.y >= map.y && at.y + at.height <= below.y);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  expect(app.errors).toEqual([]);
});

test.describe('the map app on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('switches between map and list, filters, opens details, and passes axe', async ({ page }) => {
    const app = await AppDriver.open(page);
    await expect(app.resultCount).toHaveText('75 sites in 11 countries');
    await app.waitForBasemap();
    await saveScreenshot(page, 'phone-map');
    await app.showView('List');
    await app.toggleCountry('Germany');
    await expect(app.resultCount).toHaveText('17 sites in 1 country (of 75)');
    await app.group('Country').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'phone-filters');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await saveScreenshot(page, 'phone-list');
    const details = await app.openSite(/Frankfurt/);
    await expect(details).toBeInViewport();
    await saveScreenshot(page, 'phone-details');
    // Nothing is wider than the screen.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  test('says on the map when the filters leave no site, and clears them there', async ({ page }) => {
    const app = await AppDriver.open(page, '/?status=enrolling');
    await expect(app.resultCount).toHaveText('0 sites (of 75)');
    const note = page.locator('.map-empty');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(/No site matches the filters\./);
    await note.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(app.resultCount).toHaveText('75 sites in 11 countries');
    await expect(note).toHaveCount(0);
    await expect(app.mapMarkers.first()).toBeVisible();
  });
});
