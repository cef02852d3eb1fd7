import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';

test.describe('a near-me link', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-IE' });

  test('names the place chosen by name and the open trial, and reopens them as they were shown', async ({
    page,
    browser,
  }) => {
    const app = await AppDriver.open(page);
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('Napoli');
    await expect(page.getByRole('option', { name: /^Napoli \(Naples\), Italy/ })).toBeVisible({
      timeout: 15_000,
    });
    await box.press('Enter');
    await expect(box).toHaveValue('Napoli (Naples), Italy');
    await page
      .getByRole('region', { name: 'Near me' })
      .getByLabel('Distance')
      .selectOption({ label: 'Within 100 km' });
    const details = await app.openSite(/Napoli/);
    await details.getByRole('button', { name: /NCT01207388/ }).click();
    await expect(page.getByRole('region', { name: 'Trial details' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]site=[^&]+&details=NCT01207388&place=naples-it&radius=100(&|$)/);
    // A place chosen by name is in the link anyway; the option is for a position.
    await expect(page.getByRole('checkbox', { name: 'Include my location' })).toHaveCount(0);
    const link = page.url();
    expect(link).not.toMatch(/near=/);

    // Someone else opens it: the same place by name, the same answer, the same details.
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-IE' });
    const reopened = await AppDriver.open(other, link.slice(link.indexOf('/?')));
    const otherBox = other.getByRole('combobox', { name: 'Location' });
    await expect(otherBox).toHaveValue('Naples, Italy', { timeout: 15_000 });
    const panel = other.getByRole('region', { name: 'Near me' });
    await expect(panel.getByLabel('Distance')).toHaveValue('100');
    await expect(panel.getByRole('list').first().getByRole('listitem').first()).toContainText(
      /Napoli, Italy — 0 km/,
    );
    await expect(other.getByRole('region', { name: 'Trial details' })).toContainText('NCT01207388');
    await expect(reopened.siteItems.first()).toContainText('Napoli');
    await expect(other).toHaveURL(link);
    await expect(other.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
    expect(reopened.errors).toEqual([]);
    await other.close();
  });

  test('says so when the place is not in the list of places, and opens the rest', async ({ page }) => {
    const app = await AppDriver.open(page, '/?country=IT&place=atlantis-it');
    await expect(page.getByRole('status', { name: 'Link notice' })).toContainText(
      'Ignored place “atlantis-it”: it is not in the list of places.',
    );
    await expect(app.resultCount).toContainText(/sites? in 1 country/);
    await expect(page).toHaveURL(/\?country=IT$/);
  });
});
