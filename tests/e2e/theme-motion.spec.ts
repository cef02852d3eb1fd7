import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';
import { axeViolations, saveScreenshot } from './support/browser';

/** The relative luminance of an element's background (0 black … 1 white). */
async function backgroundLuminance(page: Page, role: 'banner' | 'complementary'): Promise<number> {
  const colour = await page
    .getByRole(role)
    .first()
    .evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).backgroundColor);
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map((c: string) => Number(c) / 255);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

// Three full axe audits of a loaded map in one test: time for them on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(`the dark theme at ${size}`, () => {
    test.use({ viewport, colorScheme: 'dark', locale: 'en-IE' });

    test('is dark, and passes axe (contrast and target size) with the answer and the details open', async ({
      page,
    }) => {
      const app = await AppDriver.open(page);
      expect(await backgroundLuminance(page, 'banner')).toBeLessThan(0.05);
      await app.waitForBasemap();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `dark-${size}-map`);

      await app.showView('List');
      const box = page.getByRole('combobox', { name: 'Location' });
      await box.fill('Napoli');
      await expect(page.getByRole('option', { name: /^Napoli \(Naples\), Italy/ })).toBeVisible({
        timeout: 15_000,
      });
      await box.press('Enter');
      await expect(page.getByRole('region', { name: 'Near me' })).toContainText('No site is enrolling');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `dark-${size}-near-me`);

      const details = await app.openSite(/Cardarelli/);
      await details.getByRole('button', { name: /NCT01207388/ }).click();
      await expect(page.getByRole('region', { name: 'Trial details' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `dark-${size}-details`);
      expect(app.errors).toEqual([]);
    });
  });
}

test.describe('the dark theme in the coverage report', () => {
  test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });

  test('passes axe contrast', async ({ page }) => {
    await AppDriver.open(page, '/?view=coverage');
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page, '.coverage-report')).toEqual([]);
  });
});

test.describe('reduced motion', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  test('the map jumps instead of gliding, and nothing on the page animates', async ({ page }) => {
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    const map = page.getByRole('region', { name: /^Map of sites/ });
    // Leaflet marks a map that fades tiles and animates zooms; with reduced motion it does neither.
    expect(
      await map.evaluate((element) => [...element.classList].filter((name) => name.endsWith('-anim'))),
    ).toEqual([]);
    const filters = page.getByRole('button', { name: /^Filters/ });
    const duration = await filters.evaluate(
      (element) =>
        element.ownerDocument.defaultView!.getComputedStyle(element.querySelector('.disclosure-arrow')!)
          .transitionDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.001);
    // Enter on a cluster zooms at once: the next frame already shows its markers.
    const cluster = page.getByRole('button', { name: /^\d+ sites nearby/ }).first();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: /^(Site in|\d+ sites at one place)/ }).first(),
    ).toBeFocused();
    expect(app.errors).toEqual([]);
  });
});
