// Who can join, on every site row and as a filter group (age, sex) with the Condition filter, all in links.
import { expect, test } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

test.describe('who can join', () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });

  test('age=10 in a link hides the adult-only trial, and says clearing the age brings its sites back', async ({
    page,
  }) => {
    const app = await AppDriver.open(page, '/?age=10');
    await expect(app.resultCount).toHaveText(/^0 sites/);
    await expect(
      page.getByText('No trial that takes people aged 10 has sites that match the other filters.'),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Age in years (“I am 34”)' })).toHaveValue('10');
    await page.getByRole('button', { name: 'Clear the age (75 sites)' }).click();
    await expect(app.resultCount).toHaveText(/^75 sites/);
    expect(new URL(page.url()).search).not.toContain('age=');
    expect(app.errors).toEqual([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`rows say who can join, and age, sex and condition narrow the sites and go into the link at ${viewport.width}×${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const app = await AppDriver.open(page);
      await app.showView('List');
      await expect(app.siteItems.first()).toContainText('Adults 18+ · all sexes · no healthy volunteers');
      await app.showFilters();
      const who = page.getByRole('group', { name: 'Who can join' });
      const age = who.getByRole('textbox', { name: 'Age in years (“I am 34”)' });
      await age.fill('34');
      await expect(page).toHaveURL(/[?&]age=34(&|$)/);
      await expect(app.resultCount).toHaveText(/^75 sites/);
      await who.getByRole('radio', { name: 'Female' }).check();
      await expect(page).toHaveURL(/[?&]age=34&sex=female(&|$)/);
      await expect(app.resultCount).toHaveText(/^75 sites/);
      const condition = page.getByRole('group', { name: 'Condition' });
      await condition.getByRole('checkbox', { name: 'B-cell Acute Lymphoblastic Leukemia' }).check();
      await expect(page).toHaveURL(
        /[?&]condition=b\+cell\+acute\+lymphoblastic\+leukemia&age=34&sex=female(&|$)/,
      );
      await age.fill('10');
      await expect(app.resultCount).toHaveText(/^0 sites/);
      await age.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `who-can-join-${viewport.width}`);
      // Scrolled down, a row half under the sticky Filters heading is a small target by axe's measure;
      // the check runs with the panel scrolled back to its top, as the other views' checks do.
      await age.evaluate((box) => {
        for (let el = box.parentElement; el; el = el.parentElement) el.scrollTop = 0;
      });
      expect(await axeViolations(page, '.filter-panel')).toEqual([]);
      expect(app.errors).toEqual([]);
    });
  }
});
