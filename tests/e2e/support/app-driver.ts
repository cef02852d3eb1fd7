// The Trial Atlas "driver": what a person sees and does in the map app, by roles and accessible names.
import { expect, type Locator, type Page } from '@playwright/test';
import { blockExternalNetwork, collectPageErrors, reportPolicyViolations } from './browser';

export class AppDriver {
  readonly errors: Error[];

  private constructor(
    readonly page: Page,
    readonly blocked: string[],
  ) {
    this.errors = collectPageErrors(page);
  }

  /** Opens the app offline (only the local server answers) and waits for the sites. */
  static async open(page: Page, path = '/'): Promise<AppDriver> {
    const blocked = await blockExternalNetwork(page);
    await reportPolicyViolations(page);
    const driver = new AppDriver(page, blocked);
    await page.goto(path);
    await expect(driver.resultCount).toBeVisible({ timeout: 15_000 });
    return driver;
  }

  get resultCount(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^[\d,]+ sites?\b/ });
  }

  get siteList(): Locator {
    return this.page.getByRole('list', { name: 'Sites' });
  }

  get siteItems(): Locator {
    return this.siteList.getByRole('listitem');
  }

  group(name: 'Country' | 'Status' | 'Trial' | 'Phase'): Locator {
    return this.page.getByRole('group', { name });
  }

  /** On a phone the filters fold away: open them when they are. */
  async showFilters(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /^Filters/ });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }

  async toggleCountry(name: string): Promise<void> {
    await this.showFilters();
    await this.group('Country').getByRole('checkbox', { name, exact: true }).click();
  }

  async toggleStatus(name: string): Promise<void> {
    await this.showFilters();
    await this.group('Status').getByRole('checkbox', { name, exact: true }).click();
  }

  async clearAllFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear all filters' }).first().click();
  }

  /** Phone layout: switch between the Map and List views. */
  async showView(name: 'Map' | 'List'): Promise<void> {
    const tab = this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name, exact: true });
    if (await tab.isVisible()) await tab.click();
  }

  async openSite(name: string | RegExp): Promise<Locator> {
    // The rows are named once the sites' text is in (it follows the sites): a person taps a name they see.
    await expect(this.siteList.getByText('Loading…')).toHaveCount(0);
    await this.siteList.getByRole('button', { name }).first().click();
    const details = this.page.getByRole('region', { name: 'Site details' });
    await expect(details).toBeVisible();
    return details;
  }

  /**
   * Waits until the map stands still (a fit to new results glides there): its panes keep their place 200 ms, and
   * so do the basemap's countries (after a zoom, the detailed ones take the light ones' place a few at a time).
   */
  async mapAtRest(): Promise<void> {
    const place = () =>
      this.page.evaluate<string>(
        `['.leaflet-map-pane', '.leaflet-proxy'].map((s) => document.querySelector(s)?.style.transform ?? '').join(' | ') +
          ' | ' + document.querySelectorAll('.leaflet-basemap-pane path').length`,
      );
    await expect
      .poll(async () => {
        const before = await place();
        await this.page.waitForTimeout(200);
        return before === (await place());
      })
      .toBe(true);
  }

  /** The embedded vector basemap has loaded (it credits Natural Earth in the map's attribution). */
  async waitForBasemap(): Promise<void> {
    await this.showView('Map');
    await expect(this.page.getByRole('link', { name: 'Natural Earth' })).toBeVisible({ timeout: 15_000 });
  }

  /** Cluster and site markers, named for what activating them does. */
  get mapMarkers(): Locator {
    return this.page
      .getByRole('region', { name: /^Map of sites/ })
      .getByRole('button', { name: /\. (Zoom in|Show details|List them)$/ });
  }
}
