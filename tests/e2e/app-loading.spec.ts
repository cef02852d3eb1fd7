import { expect, test } from '@playwright/test';
import { blockExternalNetwork } from './support/browser';

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
  let body = Buffer.from('TASB\u0001\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000{');
  await page.route('**/data/default/sites.bin', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The site data is damaged');
  body = Buffer.from('TASB\u0009\u0000\u0000\u0000\u0000\u0000\u0000\u0000');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toContainText('from another version of Trial Atlas');
});
