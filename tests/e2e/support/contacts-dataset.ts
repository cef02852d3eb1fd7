// A real record with site contacts (NCT04267848: 1,148 US sites, 659 with a phone or an email), built into a
// dataset by the pipeline and served to the page as the named dataset "e2e-contacts".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { encodeDataset, type EncodedSites } from '../../../src/core/compact/encode';
import type { Dataset } from '../../../src/core/schema';

export const CONTACTS_DATASET = 'e2e-contacts';

/** Runs the pipeline on the record (once per test file) and returns the compact files the app loads. */
export function buildContactsDataset(): EncodedSites {
  const out = `node_modules/.cache/${CONTACTS_DATASET}-${process.env.E2E_PORT ?? 4173}-${process.pid}`;
  mkdirSync(out, { recursive: true });
  const input = 'tests/fixtures/ctgov/NCT04267848.json';
  execFileSync(
    'npx',
    ['tsx', 'src/pipeline/build-cli.ts', '--input', input, '--out', `${out}/dataset.json`],
    {
      stdio: 'ignore',
    },
  );
  const dataset = JSON.parse(readFileSync(`${out}/dataset.json`, 'utf8')) as Dataset;
  return encodeDataset({ ...dataset, name: CONTACTS_DATASET });
}

/** Chooses Detroit in the Location box (the dataset's sites are American) and returns the Near me panel. */
export async function chooseDetroit(page: Page): Promise<Locator> {
  const box = page.getByRole('combobox', { name: 'Location' });
  await box.fill('Detroit');
  // The place list loads on first use: time for it on a busy machine.
  await expect(page.getByRole('option', { name: /^Detroit, MI, United States/ })).toBeVisible({
    timeout: 15_000,
  });
  await box.press('Enter');
  return page.getByRole('region', { name: 'Near me' });
}

export async function serveContactsDataset(page: Page, compact: EncodedSites): Promise<void> {
  for (const [file, bytes] of [
    ['sites.bin', compact.sites],
    ['site-text.bin', compact.text],
  ] as const) {
    await page.route(`**/data/${CONTACTS_DATASET}/${file}`, (route) =>
      route.fulfill({ body: Buffer.from(bytes), contentType: 'application/octet-stream' }),
    );
  }
}
