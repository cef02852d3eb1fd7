import { expect, test, type Page } from '@playwright/test';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { e2eBuildDir } from '../support/build-dir';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

// The other end-to-end tests block service workers (playwright.config.ts); these test them.
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 }, locale: 'en-IE' });

/** Waits until the service worker has installed (precached the app and its data) and is active. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { serviceWorker } = globalThis.navigator as unknown as {
      serviceWorker: { ready: Promise<unknown> };
    };
    await serviceWorker.ready;
  });
}

test.describe('the installed app', () => {
  test('has a manifest with a name, the theme colour and icons of 192 and 512 px', async ({
    page,
    request,
  }) => {
    await AppDriver.open(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await request.get(href!)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Trial Atlas', display: 'standalone', theme_color: '#0b4f6c' });
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.type} ${icon.purpose ?? 'any'}`);
    expect(sizes).toEqual(
      expect.arrayContaining([
        '192x192 image/png any',
        '512x512 image/png any',
        '512x512 image/png maskable',
      ]),
    );
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  });

  test('opens offline once opened: the map, the 75 sites, the list and Near me by a typed place name', async ({
    page,
    context,
  }) => {
    const app = await AppDriver.open(page);
    await installed(page);
    await context.setOffline(true);
    const started = Date.now();
    await page.reload();
    await expect(app.resultCount).toHaveText(/^75 sites in 11 countries/, { timeout: 15_000 });
    console.log(`opened offline in ${Date.now() - started} ms`);
    await app.waitForBasemap();
    await expect(app.mapMarkers.first()).toBeVisible();
    // The list and the filters work as online (the list draws the rows in view).
    await expect(app.siteItems.first()).toBeVisible();
    await app.toggleCountry('Austria');
    await expect(app.resultCount).toHaveText(/^\d+ sites? in 1 country \(of 75\)/);
    await app.clearAllFilters();
    await expect(app.resultCount).toHaveText(/^75 sites in 11 countries/);
    await app.openSite(/^LKH Graz/);
    // Near me by a place typed in: the place list comes from the cache too.
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('Napoli');
    await expect(page.getByRole('option', { name: /^Napoli \(Naples\), Italy/ })).toBeVisible({
      timeout: 15_000,
    });
    await box.press('Enter');
    const nearMe = page.getByRole('region', { name: 'Near me' });
    await expect(nearMe.getByRole('list').first().getByRole('listitem').first()).toContainText(
      /Napoli, Italy — 0 km/,
    );
    await saveScreenshot(page, 'offline-reopened');
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  test('a dataset opened by name is kept once opened under the service worker, and opens offline', async ({
    page,
    context,
  }) => {
    // A named dataset published next to the embedded one (a copy of it, under another name).
    const folder = path.join(e2eBuildDir(), 'data', 'e2e-kept');
    await mkdir(folder, { recursive: true });
    for (const file of ['sites.bin', 'site-text.bin'])
      await copyFile(path.join(e2eBuildDir(), 'data', 'default', file), path.join(folder, file));
    try {
      const app = await AppDriver.open(page, '/?dataset=e2e-kept');
      await installed(page);
      await page.reload(); // under the service worker: the dataset is fetched through it and kept
      await expect(app.resultCount).toHaveText(/^75 sites in 11 countries/, { timeout: 15_000 });
      await context.setOffline(true);
      await page.reload();
      await expect(app.resultCount).toHaveText(/^75 sites in 11 countries/, { timeout: 15_000 });
      await expect(page).toHaveURL(/dataset=e2e-kept/);
      // The sites' text (site-text.bin, downloaded after the sites) was kept too: the list names the sites.
      await expect(app.siteItems.first().getByRole('button')).toBeVisible();
      await expect(app.siteList.getByText('Loading…')).toHaveCount(0);
      expect(app.errors).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('a new version waits and is offered; the page reloads only when the person chooses', async ({
    page,
  }) => {
    const app = await AppDriver.open(page);
    await installed(page);
    await page.reload(); // now under the service worker's control
    await expect(app.resultCount).toBeVisible();
    // The server now has a new version: the same worker with one more line.
    const worker = path.join(e2eBuildDir(), 'sw.js');
    const current = await readFile(worker, 'utf8');
    await writeFile(worker, `${current}\n// the next version\n`);
    try {
      await expectUpdateOffered(page, app);
    } finally {
      await writeFile(worker, current);
    }
  });
});

/** Asks the browser to look for a new version; it is offered, and taken only when the person chooses. */
async function expectUpdateOffered(page: Page, app: AppDriver): Promise<void> {
  let reloads = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads++;
  });
  await page.evaluate(async () => {
    const { serviceWorker } = globalThis.navigator as unknown as {
      serviceWorker: { ready: Promise<{ update(): Promise<void> }> };
    };
    await (await serviceWorker.ready).update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Trial Atlas is available.' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
  await saveScreenshot(page, 'update-prompt');
  expect(await axeViolations(page)).toEqual([]);
  // Offered, never forced: the page is still the one the person had.
  await expect(app.resultCount).toBeVisible();
  expect(reloads).toBe(0);
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => reloads).toBe(1);
  await expect(app.resultCount).toHaveText(/^75 sites/);
  await expect(prompt).toHaveCount(0);
  expect(app.errors).toEqual([]);
}
