import { expect, test, type Page } from '@playwright/test';
import { AppDriver } from './support/app-driver';

const MUNICH = { latitude: 48.13712, longitude: 11.57543 };

/** Records the page's Content-Security-Policy violations from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(event.effectiveDirective + ' ' + event.blockedURI);
    });
  `);
  return () => page.evaluate<string[]>('window.violations');
}

async function policyOf(page: Page): Promise<string> {
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  return (await meta.getAttribute('content')) ?? '';
}

test.describe('the content security policy', () => {
  test.use({ geolocation: MUNICH, permissions: ['geolocation'] });

  test('is in the page and in the headers, strict for scripts, with a referrer policy', async ({ page }) => {
    const response = await page.goto('/');
    const policy = await policyOf(page);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute(
      'content',
      'strict-origin-when-cross-origin',
    );
    // Only a header can let other sites frame the app (the embed mode is made for that).
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('lets the app work: map, filters, near me, coverage and exports raise no violation', async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    const app = await AppDriver.open(page);
    await app.waitForBasemap();
    await expect(app.mapMarkers.first()).toBeVisible();
    await app.toggleCountry('Germany');
    await expect(app.resultCount).toHaveText(/^17 sites in 1 country/);
    await app.openSite(/Frankfurt/);
    for (const name of ['Download CSV', 'Download GeoJSON']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/^trial-atlas-sites-DE-[\d-]+\.(csv|geojson)$/);
    }
    const nearMe = page.getByRole('region', { name: 'Near me' });
    await nearMe.getByRole('button', { name: 'Use my location' }).click();
    await expect(nearMe).toContainText('Klinikum der Universität München');
    const box = page.getByRole('combobox', { name: 'Location' });
    await box.fill('Napoli');
    await expect(page.getByRole('option', { name: /^Napoli \(Naples\), Italy/ })).toBeVisible();
    await page.getByRole('button', { name: 'Coverage' }).click();
    await expect(page.getByRole('table', { name: 'Coverage by country', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Population within/ })).toBeVisible({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  test('blocks and reports an injected inline script', async ({ page }) => {
    const violations = await recordViolations(page);
    await AppDriver.open(page);
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    }`);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline$/));
    expect(await page.evaluate('window.injected')).toBeUndefined();
  });
});
