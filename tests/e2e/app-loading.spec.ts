import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { blockExternalNetwork, saveScreenshot } from './support/browser';

test('a failed download says what went wrong, and Retry loads the sites', async ({ page }) => {
  await blockExternalNetwork(page);
  let fail = true;
  // The app fetches the compact sites.bin first and dataset.json when there is none: both fail here.
  await page.route(/\/data\/default\/(dataset\.json|sites\.bin)$/, (route) =>
    fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The site data could not be downloaded');
  await expect(alert).toContainText('503');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial Atlas' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^75 sites in 11 countries$/ })).toBeVisible();
});

test('a damaged file and a file of another version are told apart', async ({ page }) => {
  await blockExternalNetwork(page);
  let body = '{"schemaVersion": 2, "name": "default", "trials": [';
  // Without a compact file the app reads the canonical JSON.
  await page.route('**/data/default/sites.bin', (route) => route.fulfill({ status: 404, body: 'none' }));
  await page.route('**/data/default/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The site data is damaged');
  body = '{"schemaVersion": 99, "name": "default", "trials": [], "sites": []}';
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toContainText('from another version of Trial Atlas');
  await expect(page.getByRole('alert')).toContainText('schema version 99');
});

test('a damaged compact file and one of another format version are told apart', async ({ page }) => {
  await blockExternalNetwork(page);
  let version: number | null = null;
  // The real file with one byte changed in the middle (a site's status, country or coordinate), then the real
  // file marked with a format version this app does not read.
  await page.route('**/data/default/sites.bin', async (route) => {
    const real = await route.fetch();
    const body = Buffer.from(await real.body());
    if (version === null) body[body.length >> 1]! ^= 0x01;
    else body.writeUInt32LE(version, 4);
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The site data is damaged');
  await expect(alert).toContainText('does not match its checksum');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  version = 9;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('from another version of Trial Atlas');
});

/** Holds the sites' download back until the function returned is called. */
async function holdSites(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/default/sites.bin', async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

test('the map shows the overview while the sites download; the filters open when they are in', async ({
  page,
}) => {
  await blockExternalNetwork(page);
  const release = await holdSites(page);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading 75 sites…' })).toBeVisible();
  const markers = page.locator('.leaflet-marker-pane .leaflet-marker-icon');
  await expect(markers.first()).toBeAttached();
  const early = await markers.evaluateAll((elements) =>
    elements.map((element) => `${element.textContent}|${element.getAttribute('aria-label')}`),
  );
  expect(early.length).toBeGreaterThan(1);
  await expect(page.getByRole('group', { name: 'Country' })).toHaveCount(0);
  // Searching from the map needs no site: its button is there from the start.
  await expect(page.getByRole('button', { name: 'Search from the map centre' })).toBeVisible();
  release();
  await expect(page.getByRole('status').filter({ hasText: /^75 sites in 11 countries$/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Country' })).toBeVisible();
  // The same markers: the overview's are the engine's.
  expect(
    await markers.evaluateAll((elements) =>
      elements.map((element) => `${element.textContent}|${element.getAttribute('aria-label')}`),
    ),
  ).toEqual(early);
});

for (const { width, height, lang } of [
  { width: 1280, height: 800, lang: 'en' },
  { width: 360, height: 740, lang: 'en' },
  { width: 360, height: 740, lang: 'de' },
]) {
  test(`nothing moves when the sites arrive: the header keeps its height, the side panel draws at once (${width}px, ${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await blockExternalNetwork(page);
    const release = await holdSites(page);
    // Every layout shift from the start, with the elements it moved (the page's own script, as a browser runs it).
    await page.addInitScript({
      content: `
        globalThis.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            const sources = entry.sources.map(({ node }) => {
              const element = node instanceof Element ? node : node?.parentElement;
              return element ? element.tagName.toLowerCase() + '.' + element.className : '?';
            });
            globalThis.layoutShifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });`,
    });
    await page.goto(`/?lang=${lang}`);
    const header = page.locator('.app-header');
    await expect(page.locator('.app-body.is-loading')).toBeVisible();
    await expect(page.locator('.leaflet-marker-pane .leaflet-marker-icon').first()).toBeAttached();
    // The map settles first, whatever the sites do: the borders and their credit, the note that the street map is
    // offline (the tests have no network). What moves when they change is not what this test measures.
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.map-offline-note')).toBeVisible();
    const loadingHeight = (await header.boundingBox())!.height;
    const before = await page.evaluate(
      () => (globalThis as unknown as { layoutShifts: unknown[] }).layoutShifts.length,
    );
    release();
    await expect(page.locator('.app-body.is-loading')).toHaveCount(0);
    await expect(page.locator('.data-as-of:not(.reserved)')).toBeVisible();
    // Past React's grouping of late content (300 ms), which is when a panel drawn apart would have appeared.
    await page.waitForTimeout(1000);
    expect((await header.boundingBox())!.height).toBeCloseTo(loadingHeight, 0);
    const shifts = (
      await page.evaluate(
        () =>
          (globalThis as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts,
      )
    ).slice(before);
    // The count's words change width in the header; the map, the side panel and the list stay where they were.
    const moved = shifts.flatMap((shift) => shift.sources);
    expect(
      moved.filter((source) =>
        /app-body|map-area|map-overlay|side-panel|side-controls|sites-section/.test(source),
      ),
    ).toEqual([]);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0)).toBeLessThan(0.02);
  });
}

/** Answers site-text.bin with 503 Service Unavailable until the connection is back (the function returned). */
async function siteTextUnavailable(page: Page): Promise<() => void> {
  let fail = true;
  await page.route('**/data/default/site-text.bin', (route) =>
    fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
  );
  return () => {
    fail = false;
  };
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`without the sites' text the map and the filters work, the list says why, and Retry names the sites (${size.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const connectionBack = await siteTextUnavailable(page);
    const app = await AppDriver.open(page);
    await expect(app.resultCount).toHaveText(/^75 sites in 11 countries/);
    await expect(app.mapMarkers.first()).toBeAttached();
    await app.showView('List');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      /The sites’ names and details could not be downloaded\. The map and the filters still work\./,
    );
    await saveScreenshot(page, `site-text-failed-${size.width}`);
    await app.toggleCountry('Germany');
    await expect(app.resultCount).toHaveText(/^\d+ sites? in 1 country/);
    // The new result's rows asked for the text again, and were told again.
    await expect(alert).toBeVisible();
    connectionBack();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(app.siteItems.first().getByRole('button')).toContainText(/Germany/);
    await expect(app.siteList.getByText('Loading…')).toHaveCount(0);
    await expect(alert).toHaveCount(0);
  });

  test(`a shared link to a site says its details could not be downloaded, and Retry shows them at ${size.width}px`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const connectionBack = await siteTextUnavailable(page);
    const app = await AppDriver.open(page, '/?site=NCT01207388-1106');
    const details = page.getByRole('region', { name: 'Site details' });
    await expect(details.getByRole('alert')).toHaveText(
      /This site’s name and details could not be downloaded\./,
    );
    await saveScreenshot(page, `site-text-failed-details-${size.width}`);
    // The link keeps the site, which could not be looked up rather than was not found.
    await expect(page).toHaveURL(/[?&]site=NCT01207388-1106(&|$)/);
    await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
    connectionBack();
    await details.getByRole('button', { name: 'Retry' }).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Site 1106 (name not published)');
    await expect(details.getByRole('alert')).toHaveCount(0);
    expect(app.errors).toEqual([]);
  });
}

test("the first screen's files come first: the panels' code and the country shapes are asked for once it is drawn", async ({
  page,
}) => {
  await blockExternalNetwork(page);
  // When the first screen entered the page (its header), on the page's clock.
  await page.addInitScript({
    content: `new MutationObserver((records, observer) => {
      if (!document.querySelector('.app-header')) return;
      observer.disconnect();
      performance.mark('first-screen');
    }).observe(document, { childList: true, subtree: true });`,
  });
  // The sites are held back until the first screen is in, as when they take longer than the messages and the
  // overview: a first screen drawn with the sites already in shows the side panels, and asks for their code as it
  // draws them.
  const release = await holdSites(page);
  await page.goto('/');
  await expect
    .poll(() => page.evaluate<number>("performance.getEntriesByName('first-screen').length"))
    .toBeGreaterThan(0);
  release();
  await expect(page.getByRole('link', { name: 'Natural Earth' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('group', { name: 'Country' })).toBeVisible();
  const { drawn, requests } = await page.evaluate<{ drawn: number; requests: [string, number][] }>(`({
    drawn: performance.getEntriesByName('first-screen')[0].startTime,
    requests: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
  })`);
  const started = (pattern: RegExp) =>
    requests.filter(([name]) => pattern.test(name)).map(([, time]) => time);
  for (const pattern of [/countries-110m/, /near-me-panel/, /site-list/, /filter-panel/]) {
    expect(started(pattern).length, String(pattern)).toBeGreaterThan(0);
    for (const time of started(pattern)) expect(time, String(pattern)).toBeGreaterThan(drawn);
  }
  // The messages and the overview came before.
  for (const pattern of [/overview\.json/, /\/en-[\w-]+\.js/])
    for (const time of started(pattern)) expect(time, String(pattern)).toBeLessThan(drawn);
});
