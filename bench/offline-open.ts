// Opening the app offline: the size of what its service worker precaches, and the time to the map of sites
// when the app is reopened without a connection, against opening it online the first time (nothing cached)
// and reopening it online. `npx tsx bench/offline-open.ts [--runs 7] [--port 4299]`
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { compressedSizes } from './prepare';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, port: { type: 'string', default: '4299' } },
});
const runs = Number(values.runs);
const port = Number(values.port);
const OUT = path.resolve('bench/out/offline-app');

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The precache's files as the built service worker lists them, with their sizes. */
function precache(): { files: number; raw: number; gzip: number } {
  const worker = readFileSync(path.join(OUT, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
  const sizes = urls.map((url) => compressedSizes(new Uint8Array(readFileSync(path.join(OUT, url))), 1));
  return {
    files: urls.length,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}

/** Milliseconds from asking for the page (`open`) to its first site marker on the map and its result count. */
async function timeToMap(page: Page, open: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await open();
  const map = page.getByRole('region', { name: /^Map of sites/ });
  await map
    .getByRole('button', { name: /\. (Zoom in|Show details|List them)$/ })
    .first()
    .waitFor({ timeout: 60_000 });
  await page
    .getByRole('status')
    .filter({ hasText: /^75 sites/ })
    .waitFor({ timeout: 60_000 });
  return performance.now() - started;
}

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir: OUT },
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
const browser = await chromium.launch(chromiumLaunchOptions());
const times = { online: [] as number[], onlineAgain: [] as number[], offline: [] as number[] };
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Tiles are not the app's to cache: keep the tile server out of every run alike.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    times.online.push(await timeToMap(page, () => page.goto(`http://127.0.0.1:${port}/`)));
    // Installed: the app and its data are in the cache.
    await page.evaluate(async () => {
      const { serviceWorker } = globalThis.navigator as unknown as {
        serviceWorker: { ready: Promise<unknown> };
      };
      await serviceWorker.ready;
    });
    times.onlineAgain.push(await timeToMap(page, () => page.reload()));
    await context.setOffline(true);
    times.offline.push(await timeToMap(page, () => page.reload()));
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}

const cached = precache();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (list: number[]) => `${Math.round(median(list))} ms`;
const ratio = (list: number[]) => `${(median(list) / median(times.online)).toFixed(2)}×`;
console.log(`precache: ${cached.files} files, ${kb(cached.raw)} raw, ${kb(cached.gzip)} gzip`);
console.log(`from asking for the page to its first site marker and result count, median of ${runs} runs:`);
console.log(`  online, first visit (nothing cached):   ${ms(times.online)}`);
console.log(
  `  online, reopened (service worker):       ${ms(times.onlineAgain)} (${ratio(times.onlineAgain)})`,
);
console.log(`  offline, reopened (service worker):      ${ms(times.offline)} (${ratio(times.offline)})`);
