import { defineConfig } from '@playwright/test';
import { e2eBuildDir, e2ePort } from './tests/support/build-dir';
import { chromiumLaunchOptions } from './tests/support/chromium';

// E2E_PORT lets several test runs share one machine; each builds into its own folder.
const port = e2ePort();
const outDir = e2eBuildDir(port);

// End-to-end tests run against the production build served by `vite preview`, in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'node_modules/.cache/playwright-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    // The app's service worker would precache several MB in every test; offline-app.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
