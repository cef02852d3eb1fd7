// "Print or send to my doctor": the print preview of a near-me result, and the PDF Chromium makes of it, hold the
// nearest sites with their contacts, who can join and the link that reopens the view; trial details and the
// coverage report print whole.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';
import {
  buildContactsDataset,
  chooseDetroit,
  CONTACTS_DATASET,
  serveContactsDataset,
} from './support/contacts-dataset';
import type { EncodedSites } from '../../src/core/compact/encode';

const SCREENS = 'node_modules/.cache/screens';
let compact: EncodedSites;

test.beforeAll(() => {
  compact = buildContactsDataset();
});

/** The page printed as an A4 PDF (saved for looking at), and its text with runs of white space as one. */
async function printedText(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await mkdir(SCREENS, { recursive: true });
  await writeFile(`${SCREENS}/${name}.pdf`, pdf);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`prints the sites nearest Detroit with their contacts and the link at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    // 39 sites with their contacts: axe and the PDF take a while on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await serveContactsDataset(page, compact);
    const app = await AppDriver.open(page, `/?dataset=${CONTACTS_DATASET}&lang=en`);
    await app.showView('List');
    const panel = await chooseDetroit(page);
    await panel.getByLabel('Distance').selectOption({ label: 'Within 25 mi' });
    await expect(panel).toContainText('Nearest enrolling site:');
    await panel.getByRole('button', { name: 'Print or send to my doctor' }).click();
    const preview = page.getByRole('dialog', {
      name: 'Clinical trial sites near Detroit, MI, United States',
    });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(preview).toContainText(
      /sites within 25 mi with the current filters; the nearest \d+, nearest first/,
    );
    const sites = preview.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(sites.first()).toContainText('Detroit, Michigan');
    await expect(sites.first()).toContainText('0 mi');
    await expect(sites.first()).toContainText('Status: Enrolling — Recruiting');
    await expect(sites.first()).toContainText('NCT04267848');
    await expect(sites.first()).toContainText('Who can join: Adults 18+ · all sexes · no healthy volunteers');
    await expect(sites.first().getByRole('link', { name: /^Phone 313-/ })).toHaveAttribute(
      'href',
      /^tel:313-/,
    );
    await expect(preview.getByRole('img', { name: 'QR code of the link to this view' })).toBeVisible();
    await expect(preview).toContainText(
      /\?dataset=e2e-contacts(&view=list)?&place=detroit-us&radius=40\.234/,
    );
    await saveScreenshot(page, `print-preview-${viewport.width}`);
    expect(await axeViolations(page, '.print-preview')).toEqual([]);

    const text = await printedText(page, `print-near-detroit-${viewport.width}`);
    expect(text).toContain('Clinical trial sites near Detroit, MI, United States');
    expect(text).toMatch(/Phone 313-\d{3}-\d{4}/);
    expect(text).toMatch(/Email \S+@hfhs\.org/);
    expect(text).toContain('Who can join: Adults 18+');
    expect(text).toMatch(/Data as of \d{1,2} \w+ \d{4}|Data as of \w+ \d{1,2}, \d{4}/);
    expect(text).toMatch(/dataset=e2e-contacts(&view=list)?&place=detroit-us&radius=40\.234/);
    // Only the sheet prints: not the filters, the map or the buttons.
    expect(text).not.toContain('Print or save as PDF');
    expect(text).not.toContain('Filters');
    expect(text).not.toContain('Leaflet');

    await preview.getByRole('button', { name: 'Close' }).click();
    await expect(preview).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Print or send to my doctor' })).toBeFocused();
    expect(app.errors).toEqual([]);
  });
}

test.describe('whole pages in print', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

  test('trial details print whole, without the map', async ({ page }) => {
    const app = await AppDriver.open(page, '/?details=NCT01207388');
    await expect(page.getByRole('region', { name: 'Trial details' })).toBeVisible();
    const text = await printedText(page, 'print-trial-details');
    expect(text).toContain('Confirmatory Phase II Study of Blinatumomab');
    // The last rows of the details, below the fold of the panel on screen, are printed too.
    expect(text).toContain('Show only this trial’s sites');
    expect(text).not.toContain('Leaflet');
    expect(app.errors).toEqual([]);
  });

  test('printed from the browser on a phone, the map view prints the side panel, not the map', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const app = await AppDriver.open(page);
    // Printed once the page has loaded (the panels' code comes after the first paint), as from the browser's menu.
    await page.waitForLoadState('networkidle');
    // The List view was never opened: its panel is drawn as the page is printed.
    const text = await printedText(page, 'print-phone-map-view');
    expect(text).toContain('Near me');
    expect(text).toContain('Filters');
    expect(text).not.toContain('Loading…');
    expect(text).not.toContain('Leaflet');
    expect(app.errors).toEqual([]);
  });

  test('the coverage report prints whole, down to its last section', async ({ page }) => {
    const app = await AppDriver.open(page, '/?view=coverage');
    await expect(page.getByRole('heading', { name: 'Compare trials' })).toBeVisible({ timeout: 30_000 });
    const text = await printedText(page, 'print-coverage');
    expect(text).toContain('Coverage by country');
    expect(text).toContain('Compare trials');
    expect(text).not.toContain('Leaflet');
    expect(app.errors).toEqual([]);
  });
});
