import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { saveScreenshot } from './support/browser';

test.describe('from Lyon on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'fr-FR' });

  test('the completed study says it has ended and offers recruiting trials near Lyon', async ({ page }) => {
    // A French browser gets the French interface; this journey's wording is checked in English.
    const app = await AppDriver.open(page, '/?lang=en');
    await app.showView('List');
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('Lyon');
    // The place list (0.9 MB) loads on first use: give a busy machine time for it.
    await expect(page.getByRole('option', { name: /^Lyon, France/ })).toBeVisible({ timeout: 15_000 });
    await box.press('Enter');
    const panel = page.getByRole('region', { name: 'Near me' });
    await expect(panel).toContainText('No site is enrolling patients now.');
    await expect(panel.getByRole('list').first().getByRole('listitem').first()).toContainText(
      'CHU de Lyon, Lyon, France — 0 km · Closed',
    );
    await expect(panel).toContainText('NCT01207388 has ended: Completed January 7, 2019.');
    // Nothing that would lead nowhere: no site is "not yet recruiting", and the study will open none.
    await expect(panel).not.toContainText(/not yet recruiting/i);
    await expect(panel).not.toContainText(/contact/i);
    const search = panel.getByRole('link', {
      name: 'Recruiting trials for B-cell Acute Lymphoblastic Leukemia near Lyon on ClinicalTrials.gov',
    });
    await expect(search).toHaveAttribute('target', '_blank');
    const url = new URL((await search.getAttribute('href'))!);
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cond: 'B-cell Acute Lymphoblastic Leukemia',
      locStr: 'Lyon, France',
      country: 'France',
      city: 'Lyon',
      aggFilters: 'status:rec',
    });
    // With a radius, the search keeps it (in whole miles, the registry's unit).
    await panel.getByLabel('Distance').selectOption({ label: 'Within 100 km' });
    await expect(panel).toContainText('No site within 100 km is enrolling patients now.');
    await expect(search).toHaveAttribute('href', /&distance=63&/);
    await search.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'journey-lyon-phone');
    const axe = await new AxeBuilder({ page }).include('.near-me').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
