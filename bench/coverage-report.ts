// npm exec tsx bench/coverage-report.ts -- [--sizes 100000 --runs 5 --port 4198 --app DIR]
// Times the coverage report in headless Chromium on a synthetic dataset: from the click on Coverage to the
// country table, and to the population within reach, with the main thread's long tasks meanwhile. --app serves
// another production build (e.g. an earlier commit's `vite build`) to compare against.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { datasetName, OUT, prepareDataset } from './prepare';
import { serve } from './serve';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4198' },
    app: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

interface ReportRun {
  tableMs: number;
  reachMs: number;
  longestTaskMs: number;
  /** Main-thread time in long tasks beyond their first 50 ms (total blocking time) from the click to the reach. */
  blockingMs: number;
}

/** What the page script below uses of the DOM (the bench compiles without the DOM's types). */
interface PageDom {
  document: {
    body: unknown;
    querySelectorAll(selector: string): Iterable<{ textContent: string | null; click(): void }>;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
}

/** Watches long tasks from the page's start. */
function observeLongTasks() {
  const page = globalThis as unknown as { __longtasks: [number, number][] };
  page.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) page.__longtasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true } as never);
}

async function runOnce(browser: Browser, url: string): Promise<ReportRun> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  try {
    await page.goto(url);
    await page
      .getByText(/sites? in [\d,]+ countr/)
      .first()
      .waitFor({ timeout: 180_000 });
    await page.waitForTimeout(3000); // idle: the first list and the worker's lazy indexes are done
    // Clicked and watched inside the page, so the times carry no round trip to the driver.
    const times = await page.evaluate(
      () =>
        new Promise<[number, number, number]>((resolve) => {
          const { document, MutationObserver } = globalThis as unknown as PageDom;
          // No named functions here: the bundler's name helper does not exist in the page.
          const start = performance.now();
          let table = 0;
          const observer = new MutationObserver(() => {
            const captions = [...document.querySelectorAll('caption')].map((c) => c.textContent ?? '');
            if (!table && captions.some((c) => c.startsWith('Coverage by country')))
              table = performance.now();
            if (table && captions.some((c) => c.startsWith('Population within'))) {
              observer.disconnect();
              resolve([start, table, performance.now()]);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          const button = [...document.querySelectorAll('nav button')].find(
            (b) => b.textContent === 'Coverage',
          );
          button?.click();
        }),
    );
    await page.waitForTimeout(1000); // long tasks are reported after they end
    const [start, table, reach] = times;
    const tasks = await page.evaluate(
      ([from, to]) =>
        (globalThis as unknown as { __longtasks: [number, number][] }).__longtasks
          .filter(([t, d]) => t + d >= from && t <= to)
          .map(([, d]) => d),
      [start, reach] as const,
    );
    return {
      tableMs: table - start,
      reachMs: reach - start,
      longestTaskMs: Math.max(0, ...tasks),
      blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await context.close();
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
};

const appDir = values.app ? path.resolve(values.app) : path.join(OUT, 'coverage-app');
if (!values.app) {
  process.env.VITE_TILE_URL = 'off'; // offline: our work is measured, not a tile server's
  await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
}
for (const size of sizes) prepareDataset(size);
const server = await serve(Number(values.port), appDir);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log(`app: ${path.relative(process.cwd(), appDir) || appDir}; median of ${runs} runs, in ms`);
  console.log('sites\tto table\tto reach\tlongest task\tblocking');
  for (const size of sizes) {
    const all: ReportRun[] = [];
    for (let run = 0; run < runs; run++) {
      all.push(await runOnce(browser, `http://127.0.0.1:${values.port}/?dataset=${datasetName(size)}`));
    }
    const figure = (key: keyof ReportRun) => median(all.map((r) => r[key]));
    console.log(
      [size, figure('tableMs'), figure('reachMs'), figure('longestTaskMs'), figure('blockingMs')].join('\t'),
    );
    console.log(
      `  runs: ${all.map((r) => `${Math.round(r.tableMs)}/${Math.round(r.reachMs)}/${Math.round(r.longestTaskMs)}`).join(' ')}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
