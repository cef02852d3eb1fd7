import { expect, test } from '@playwright/test';

test('the app opens and names itself', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Trial Atlas' })).toBeVisible();
});
