import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';

// Marienplatz, Munich: a position precise enough that any trace of it in a link is a leak.
const MUNICH = { latitude: 48.13712, longitude: 11.57543 };
const TRACE = /48\.13|11\.57/;

/** Every address the page writes into its history, in order. */
async function recordHistory(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`
    window.written = [];
    for (const name of ['pushState', 'replaceState']) {
      const original = history[name].bind(history);
      history[name] = (data, unused, url) => {
        window.written.push(String(url));
        original(data, unused, url);
      };
    }
  `);
  return () => page.evaluate<string[]>('window.written');
}

test.describe('a location from the browser stays out of links', () => {
  test.use({ geolocation: MUNICH, locale: 'de-DE' });

  test('after "Use my location", no link holds the position unless "Include my location" is ticked', async ({
    page,
    context,
    baseURL,
  }) => {
    const permissions = ['geolocation', 'clipboard-read', 'clipboard-write'];
    await context.grantPermissions(permissions, { origin: baseURL });
    const written = await recordHistory(page);
    // A German browser gets the German interface; the labels below are the English ones.
    const app = await AppDriver.open(page, '/?lang=en');
    const panel = page.getByRole('region', { name: 'Near me' });
    await panel.getByRole('button', { name: 'Use my location' }).click();
    await expect(panel).toContainText(/\d km/);
    // The map has followed the location: it now stays where it is when the filters change.
    await expect(page.getByRole('button', { name: 'Show all results' })).toBeVisible();
    await app.toggleStatus('Closed');
    await expect(app.resultCount).toBeVisible();

    expect(page.url()).not.toMatch(TRACE);
    expect(await written()).not.toEqual([]);
    for (const url of await written()) expect(url).not.toMatch(TRACE);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate('navigator.clipboard.readText()')).not.toMatch(TRACE);

    // Ticked, the link holds the location, rounded to about 100 m.
    const include = page.getByRole('checkbox', { name: 'Include my location' });
    await include.check();
    await expect(page).toHaveURL(/near=48\.137,11\.575/);
    await include.uncheck();
    await expect(page).not.toHaveURL(TRACE);

    // A view the person moves by hand is theirs to share.
    const map = page.getByRole('region', { name: /^Map of sites/ });
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/map=\d+\//);
    expect(app.errors).toEqual([]);
  });
});
