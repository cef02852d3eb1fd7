// A real record with site contacts (NCT04267848: 1,148 US sites, 659 with a phone or an email), built into a
// dataset by the pipeline and served as a named dataset: its sites' phones and emails are one tap away.
import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';
import {
  buildContactsDataset,
  chooseDetroit,
  CONTACTS_DATASET as NAME,
  serveContactsDataset,
} from './support/contacts-dataset';
import type { EncodedSites } from '../../src/core/compact/encode';

let compact: EncodedSites;

test.beforeAll(() => {
  compact = buildContactsDataset();
});

const serveDataset = (page: Page) => serveContactsDataset(page, compact);

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`site contacts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, locale: 'en-US' });

    test('a site’s details give its phone, email and address', async ({ page }) => {
      await serveDataset(page);
      const app = await AppDriver.open(page, `/?dataset=${NAME}&site=NCT04267848-0173c8bf`);
      const details = page.getByRole('region', { name: 'Site details' });
      await expect(details).toContainText('Henry Ford Saint John Hospital - Breast');
      const phone = details.getByRole('link', { name: 'Phone 313-343-3166' });
      await expect(phone).toHaveAttribute('href', 'tel:313-343-3166');
      const email = details.getByRole('link', { name: 'Email karen.forman@ascension.org' });
      await expect(email).toHaveAttribute('href', 'mailto:karen.forman@ascension.org');
      await expect(details).toContainText('Christopher M. Reynolds · Principal investigator');
      await expect(details.locator('address')).toHaveText(
        'Henry Ford Saint John Hospital - BreastGrosse Pointe Woods, Michigan 48236United States',
      );
      await saveScreenshot(page, `site-contacts-details-${viewport.width}`);
      expect(await axeViolations(page, '.details-panel')).toEqual([]);
      expect(app.errors).toEqual([]);
    });

    test('the near-me answer gives the nearest enrolling site’s phone', async ({ page }) => {
      await serveDataset(page);
      const app = await AppDriver.open(page, `/?dataset=${NAME}`);
      await app.showView('List');
      const panel = await chooseDetroit(page);
      await expect(panel).toContainText('Nearest enrolling site:');
      await expect(panel).toContainText('To ask about joining:');
      await expect(panel.getByRole('link', { name: /^Phone 313-/ })).toHaveAttribute('href', /^tel:313-/);
      await saveScreenshot(page, `site-contacts-answer-${viewport.width}`);
      expect(await axeViolations(page, '.near-me')).toEqual([]);
      expect(app.errors).toEqual([]);
    });
  });
}
