import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?country=AT');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^4 sites in 1 country/ })
      .first(),
  ).toBeVisible();
});

test('Download CSV saves the filtered sites for spreadsheets', async ({ page }) => {
  const { fileName, bytes } = await download(page, 'Download CSV');
  // The name and a first row say what the file holds and how old its data is (the records' newest update).
  expect(fileName).toBe('trial-atlas-sites-AT-2020-02-10.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.shift()).toBe('Data as of 2020-02-10,Filters: country=AT');
  expect(lines[0]).toBe(
    'Trial ID,NCT ID,Facility,Site number,City,State,Country code,Country,Status,Status source,Latitude,Longitude,Geocode method,Site ID',
  );
  const rows = lines.slice(1, -1);
  expect(rows).toHaveLength(4);
  expect(rows.every((row) => row.includes(',AT,Austria,'))).toBe(true);
  expect(rows).toContainEqual(
    expect.stringMatching(/^NCT01207388,NCT01207388,Site 1106 \(name not published\),1106,Salzburg,/),
  );
  expect(lines.at(-1)).toBe('');
});

test('Download GeoJSON saves the filtered sites as points', async ({ page }) => {
  const { fileName, bytes } = await download(page, 'Download GeoJSON');
  expect(fileName).toBe('trial-atlas-sites-AT-2020-02-10.geojson');
  const collection = JSON.parse(bytes.toString('utf8'));
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.trialAtlas).toEqual({ dataAsOf: '2020-02-10', filters: 'country=AT', source: null });
  expect(collection.features).toHaveLength(4);
  const vienna = collection.features.find((feature: { id: string }) => feature.id === 'NCT01207388-1101');
  expect(vienna.geometry).toEqual({ type: 'Point', coordinates: [16.37208, 48.20849] });
  expect(vienna.properties).toMatchObject({ facility: 'AKH Wien', city: 'Vienna', countryCode: 'AT' });
});
