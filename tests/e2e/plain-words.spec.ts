import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';

test.describe('said as a person would', () => {
  test('a number-only site, the registry status with its date, and one status word per site', async ({
    page,
  }) => {
    const app = await AppDriver.open(page, '/?country=AT');
    const row = app.siteItems.filter({ hasText: 'Salzburg' });
    await expect(row).toContainText('Site 1106 (name not published)');
    await expect(row).toContainText('Closed');
    await expect(row).not.toContainText('Completed');
    const details = await app.openSite(/^Site 1106/);
    await expect(details.getByRole('heading', { name: 'Site 1106 (name not published)' })).toBeVisible();
    await expect(details).toContainText('Closed — Completed January 7, 2019');
    expect(app.errors).toEqual([]);
  });

  test('a trial without an NCT ID is named by its title, and its source by its kind', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.showFilters();
    await app
      .group('Trial')
      .getByRole('button', { name: 'About Blinatumomab + Chemotherapy for Leukemia' })
      .click();
    const details = page.getByRole('region', { name: 'Trial details' });
    await expect(
      details.getByRole('heading', { name: 'Blinatumomab + Chemotherapy for Leukemia' }),
    ).toBeVisible();
    await expect(details).toContainText('Patient-portal trial page');
    await expect(details).not.toContainText('seeds/');
    await expect(details).not.toContainText('blinatumomab-chemotherapy-for-leukemia');
    expect(app.errors).toEqual([]);
  });

  test('Compare trials names trials without an NCT ID by their titles', async ({ page }) => {
    await page.goto('/?view=coverage');
    const first = page.getByRole('combobox', { name: 'First trial' });
    await expect(first).toBeVisible({ timeout: 15_000 });
    await first.selectOption({
      label: 'Blinatumomab + Chemotherapy for Leukemia (sites not listed in source)',
    });
    await page.getByRole('combobox', { name: 'Second trial' }).selectOption({ index: 0 });
    // The pair chosen last (the first pick alone compares the trial with itself, shown until the new answer).
    await expect(page.getByText('Only NCT01207388')).toBeVisible();
    await expect(page.getByText('Only Blinatumomab + Chemotherapy for Leukemia')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('blinatumomab-chemotherapy-for-leukemia');
  });
});
