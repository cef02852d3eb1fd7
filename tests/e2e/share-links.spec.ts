import { expect, test, type Page } from '@playwright/test';

/** Fails the test if anything from a link runs as script. */
function forbidDialogs(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
}

const resultCount = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /^\d[\d,]* sites? / })
    .first();
const country = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });

test('a shared link reopens its filters, selected site and map view', async ({ page }) => {
  forbidDialogs(page);
  const link = '/?country=AT&status=closed&site=NCT01207388-1106&map=9/47.8/13.04';
  await page.goto(link);
  await expect(resultCount(page)).toHaveText(/^4 sites in 1 country \(of 75\)/);
  await expect(country(page, 'Austria')).toBeChecked();
  await expect(country(page, 'Germany')).not.toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Closed/ }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('region', { name: 'Site details' })
      .getByRole('heading', { name: 'Site 1106 (name not published)' }),
  ).toBeVisible();
  // The map opened at the link's position, and settling the map's size does not rewrite it: the link
  // stays exactly as it was shared.
  await expect(page.getByRole('region', { name: /^Map of sites/ })).toBeVisible();
  await page.waitForTimeout(500);
  expect(new URL(page.url()).searchParams.get('map')).toBe('9/47.8/13.04');
  expect(new URL(page.url()).search).toMatch(/^\?country=AT&status=closed&site=NCT01207388-1106&map=/);
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
});

test('Back and Forward step through filter changes', async ({ page }) => {
  await page.goto('/');
  await expect(resultCount(page)).toHaveText(/^75 sites in 11 countries/);
  await country(page, 'Germany').check();
  await expect(page).toHaveURL(/\?country=DE$/);
  await country(page, 'Italy').check();
  await expect(page).toHaveURL(/\?country=DE,IT$/);
  await expect(resultCount(page)).toHaveText(/^29 sites in 2 countries/);

  await page.goBack();
  await expect(page).toHaveURL(/\?country=DE$/);
  await expect(country(page, 'Italy')).not.toBeChecked();
  await expect(resultCount(page)).toHaveText(/^17 sites in 1 country/);
  await page.goBack();
  await expect(country(page, 'Germany')).not.toBeChecked();
  await expect(resultCount(page)).toHaveText(/^75 sites in 11 countries/);
  await page.goForward();
  await expect(country(page, 'Germany')).toBeChecked();
  await expect(resultCount(page)).toHaveText(/^17 sites in 1 country/);
});

test('a hostile link still opens the app and says what it ignored', async ({ page }) => {
  forbidDialogs(page);
  const script = '<script>alert(1)</script>';
  const long = 'x'.repeat(5000);
  await page.goto(
    `/?Country=XX,de&COUNTRY=it&zoom=999&lat=NaN&lng=10&site=${encodeURIComponent('<img src=x onerror=alert(2)>')}` +
      `&trial=NOPE&status=open&q=${encodeURIComponent(script)}&q=${long}&bogus=1`,
  );
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toBeVisible();
  for (const text of [
    'Ignored unknown country code "XX".',
    'Ignored map position',
    'Ignored trial not in this dataset: "NOPE".',
    'Ignored unknown status "open".',
    'Ignored site not in this dataset: "<img src=x onerror=alert(2)>".',
    'Used the first "q" parameter and ignored 1 more.',
    'Ignored unknown parameter "bogus".',
  ])
    await expect(notice).toContainText(text);
  // The script-like search is kept as text: in the search box, never as markup.
  await expect(page.getByRole('searchbox').first()).toHaveValue(script);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(country(page, 'Germany')).toBeChecked();
  await expect(country(page, 'Italy')).toBeChecked();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // The app still works: clearing the search shows the sites of the valid countries.
  await page.getByRole('searchbox').first().fill('');
  await expect(resultCount(page)).toHaveText(/^29 sites in 2 countries/);
});

test('a link notice stands above the map and covers none of its buttons, on a desktop and on a phone', async ({
  page,
}) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/?status=bogus&map=5/51/10');
    const notice = page.getByRole('status', { name: 'Link notice' });
    await expect(notice).toContainText('Ignored unknown status "bogus".');
    const map = page.getByRole('region', { name: /^Map of sites/ });
    await expect(map).toBeVisible();
    const noticeBox = (await notice.boundingBox())!;
    const mapBox = (await map.boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(mapBox.y + 1);
    // Each button over the map takes a click where it is drawn (a covered one would not).
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click({ trial: true });
    await page.getByRole('button', { name: 'Show all results' }).click({ trial: true });
  }
  // A printed page leaves it out: it is about the link, not about the sites.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('status', { name: 'Link notice' })).toBeHidden();
});

test('Copy link copies the current view and confirms it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?country=FR');
  await expect(resultCount(page)).toHaveText(/^10 sites in 1 country/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate('navigator.clipboard.readText()');
  expect(copied).toBe(`${baseURL}/?country=FR`);
});

test('embed mode shows the map alone with a legend and a link to the full map', async ({ page }) => {
  await page.goto('/?country=IT&embed=1');
  const bar = page.getByRole('navigation', { name: 'Trial Atlas' });
  await expect(bar).toContainText('12 sites in 1 country');
  await expect(page.getByRole('group', { name: 'Country' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Enrolling');
  const open = bar.getByRole('link', { name: /^Open full map/ });
  await expect(open).toHaveAttribute('href', '/?country=IT');
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(page.getByRole('button', { name: 'Search from the map centre' })).toHaveCount(0);
});
