// A view across the 180° meridian shows the sites on both sides of it, with no page or worker error.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';

const fixture = JSON.parse(readFileSync('tests/fixtures/app/small-dataset.json', 'utf8')) as {
  trials: { id: string }[];
  sites: Record<string, unknown>[];
};

// [city, country, lat, lon]: Sydney and Auckland west of the meridian, the Chatham Islands and Tonga east of it.
const PLACES = [
  ['Sydney', 'AU', -33.8679, 151.2073],
  ['Auckland', 'NZ', -36.8485, 174.7633],
  ['Waitangi', 'NZ', -43.9535, -176.5597],
  ['Nuku‘alofa', 'TO', -21.1394, -175.2018],
] as const;

/** The embedded dataset's files replaced by sites around the meridian (no compact file: the JSON is read). */
async function serveMeridianDataset(page: Page): Promise<void> {
  const template = fixture.sites[0]!;
  const sites = PLACES.map(([city, country, lat, lon], i) => ({
    ...template,
    id: `meridian-${i + 1}`,
    trialId: fixture.trials[0]!.id,
    siteNumber: null,
    facility: null,
    city,
    state: null,
    country,
    lat,
    lon,
  }));
  const body = JSON.stringify({ ...fixture, name: 'default', sites });
  await page.route('**/data/default/sites.bin', (route) => route.fulfill({ status: 404, body: 'none' }));
  await page.route('**/data/default/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

test.use({ viewport: { width: 1280, height: 800 } });

test('a view of Australia and New Zealand shows the markers on both sides of the meridian', async ({
  page,
}) => {
  await serveMeridianDataset(page);
  const app = await AppDriver.open(page, '/?map=4/-41/175');
  await expect(app.resultCount).toHaveText('4 sites in 3 countries');
  const marker = (city: string) => page.getByRole('button', { name: new RegExp(`^Site in ${city}:`) });
  for (const [city] of PLACES) await expect(marker(city)).toBeInViewport();
  // Drawn on the world copy in view: the Chatham Islands east of Auckland, not on the far side of the map.
  const x = async (city: string) => (await marker(city).boundingBox())!.x;
  expect(await x('Sydney')).toBeLessThan(await x('Auckland'));
  expect(await x('Auckland')).toBeLessThan(await x('Waitangi'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.errors).toEqual([]);

  // Dragged so that the centre crosses the meridian, the markers near it stay in view on both sides.
  const map = page.getByRole('region', { name: /^Map of sites/ });
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/map=4\/-4[\d.]+\/-1\d\d\./); // the centre is now east of the meridian
  for (const city of ['Auckland', 'Waitangi', 'Nuku‘alofa']) await expect(marker(city)).toBeInViewport();
  expect(await x('Auckland')).toBeLessThan(await x('Waitangi'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
