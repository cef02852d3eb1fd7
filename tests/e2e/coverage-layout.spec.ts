import { expect, test, type Page } from '@playwright/test';
import { axeViolations, blockExternalNetwork, saveScreenshot } from './support/browser';

const MT103_203 = '/?view=coverage&trial=NCT01207388';

type Box = { x: number; y: number; width: number; height: number };

/** Every site marker lies inside the map's pane and clear of the status legend. */
async function markersInView(page: Page) {
  const pane = (await page.locator('.leaflet-container').boundingBox())!;
  const legend = (await page.locator('.map-legend').boundingBox())!;
  const markers: Box[] = await page.locator('.leaflet-marker-icon').evaluateAll((icons) =>
    icons.map((icon) => {
      const { x, y, width, height } = icon.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
  const inside = (r: Box) =>
    r.x >= pane.x &&
    r.x + r.width <= pane.x + pane.width &&
    r.y >= pane.y &&
    r.y + r.height <= pane.y + pane.height;
  const overlaps = (r: Box) =>
    r.x < legend.x + legend.width &&
    r.x + r.width > legend.x &&
    r.y < legend.y + legend.height &&
    r.y + r.height > legend.y;
  return {
    markers: markers.length,
    outside: markers.filter((r) => !inside(r)).length,
    underLegend: markers.filter(overlaps).length,
  };
}

test.describe('the coverage report at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows every column of the country table without a sideways scroll, and every site on its map', async ({
    page,
  }) => {
    await blockExternalNetwork(page);
    await page.goto(MT103_203);
    const table = page.getByRole('table', { name: 'Coverage by country', exact: true });
    await expect(table.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(11, { timeout: 15_000 });
    const scroller = page.getByRole('region', { name: 'Coverage by country table' });
    const fits = await scroller.evaluate((box) => box.scrollWidth <= box.clientWidth);
    expect(fits).toBe(true);
    await expect(table.getByRole('columnheader', { name: /Trials/ })).toBeInViewport({ ratio: 1 });
    await expect
      .poll(async () => (await markersInView(page)).markers, { timeout: 15_000 })
      .toBeGreaterThan(10);
    await expect.poll(() => markersInView(page)).toMatchObject({ outside: 0, underLegend: 0 });
    await saveScreenshot(page, 'coverage-layout-1280');
  });
});

test.describe('opening the coverage report at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('widens the side panel at once, not when the report arrives, so the map is resized once', async ({
    page,
  }) => {
    await blockExternalNetwork(page);
    await page.goto('/');
    await expect(page.getByText('75 sites in 11 countries').first()).toBeVisible({ timeout: 15_000 });
    // The report's code and styles come late, as on a slow link.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/coverage(-view)?[^/]*\.(js|css|tsx)(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    const panel = page.locator('.side-panel');
    const widthBefore = (await panel.boundingBox())!.width;
    await page.getByRole('button', { name: 'Coverage', exact: true }).first().click();
    // min(880px, 62% of 1280px) while the report is still on its way.
    await expect.poll(async () => (await panel.boundingBox())!.width).toBeCloseTo(793.6, 0);
    expect(widthBefore).toBeLessThan(500);
    release();
    await expect(page.getByRole('table', { name: 'Coverage by country', exact: true })).toBeVisible({
      timeout: 15_000,
    });
    expect((await panel.boundingBox())!.width).toBeCloseTo(793.6, 0);
  });
});

test.describe('the coverage report at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('keeps the header to one row with share and downloads in a menu, and fits the sites to its map', async ({
    page,
  }) => {
    await blockExternalNetwork(page);
    await page.goto(MT103_203);
    await expect(page.getByRole('table', { name: 'Coverage by country', exact: true })).toBeVisible({
      timeout: 15_000,
    });
    // One row: the Share button sits beside the name, not under it.
    const share = page.getByRole('button', { name: 'Share and download' });
    const name = (await page.getByRole('heading', { level: 1, name: 'Trial Atlas' }).boundingBox())!;
    const button = (await share.boundingBox())!;
    expect(button.y).toBeLessThan(name.y + name.height);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await share.click();
    await expect(share).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Download CSV/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(share).toHaveAttribute('aria-expanded', 'false');
    await expect
      .poll(async () => (await markersInView(page)).markers, { timeout: 15_000 })
      .toBeGreaterThan(10);
    await expect.poll(() => markersInView(page)).toMatchObject({ outside: 0, underLegend: 0 });
    await saveScreenshot(page, 'coverage-layout-1024');
  });
});
