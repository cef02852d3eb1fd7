// Drives one page load in headless Chromium and reads the app's performance marks and the Long Tasks API.
import type { Browser, Locator, Page } from 'playwright-core';

export interface LoadFigures {
  navigationToPaintMs: number;
  arrivalToPaintMs: number;
  longestTaskLoadMs: number;
  mainHeapBytes: number | null;
  workerHeapBytes: number | null;
}

export interface FilterFigures {
  countryMs: number[];
  statusMs: number[];
  longestTaskFilterMs: number;
}

export interface PageRun {
  load: LoadFigures;
  filters: FilterFigures;
  nearestMs: number[];
}

// These functions run in the page; globalThis is its window.
type Marks = { __longtasks?: [number, number][] };

function observeLongTasks() {
  const target = globalThis as Marks & { __taBench?: boolean };
  target.__taBench = true; // asks the app to expose its site engine (site-worker-engine.ts)
  target.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) target.__longtasks!.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true } as never);
}

/** Start time of the first mark `name` after `after` (ms on the page's clock). */
async function waitForMark(page: Page, name: string, after: number, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([mark, since]) => performance.getEntriesByName(mark).find((entry) => entry.startTime > since)?.startTime,
    [name, after] as const,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

const longestTask = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([start, end]) =>
      Math.max(
        0,
        ...((globalThis as Marks).__longtasks ?? [])
          .filter(([t]) => t >= start && t <= end)
          .map(([, d]) => d),
      ),
    [from, to] as const,
  );

async function toggleTimes(
  page: Page,
  checkbox: Locator,
  times: number,
): Promise<{ ms: number[]; longest: number }> {
  const ms: number[] = [];
  let longest = 0;
  for (let i = 0; i < times; i++) {
    await page.waitForTimeout(300); // let the previous change settle (map animation, list)
    const start = await checkbox.evaluate((element) => {
      const now = performance.now();
      (element as unknown as { click(): void }).click();
      return now;
    });
    const painted = await waitForMark(page, 'ta:filter-applied', start, 120_000);
    ms.push(painted - start);
    await page.waitForTimeout(100); // long tasks are reported after they end
    longest = Math.max(longest, await longestTask(page, start, painted));
  }
  return { ms, longest };
}

async function heap(page: Page): Promise<{ main: number | null; worker: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const main = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  const worker = page.workers()[0];
  const workerHeap = worker
    ? await worker
        .evaluate(
          () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
        )
        .catch(() => undefined)
    : undefined;
  return { main, worker: workerHeap ?? null };
}

const NEAREST_FROM = [
  [48.137, 11.575],
  [40.713, -74.006],
  [35.69, 139.692],
  [-33.868, 151.209],
  [51.507, -0.128],
  [-23.55, -46.633],
  [19.433, -99.133],
  [30.044, 31.236],
];

export async function runPage(
  browser: Browser,
  url: string,
  options: { toggles: number; nearest: boolean; timeoutMs: number },
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const paint = await waitForMark(page, 'ta:first-cluster-paint', 0, options.timeoutMs);
    const arrived = await waitForMark(page, 'ta:dataset-arrived', -1, 1000);
    await page.waitForTimeout(2000); // idle: the worker builds its lazy indexes, long tasks get reported
    const loadLongest = await longestTask(page, 0, paint + 2000);
    const memory = await heap(page);
    const country = page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Germany/ });
    const status = page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Enrolling/ });
    const countryRun = await toggleTimes(page, country.first(), options.toggles);
    const statusRun = await toggleTimes(page, status.first(), options.toggles);
    const nearestMs = options.nearest
      ? await page.evaluate(async (from) => {
          // No named inner functions here: the bundler's name helper does not exist in the page.
          const engine = (globalThis as { __taEngine?: { nearest(request: object): Promise<unknown> } })
            .__taEngine;
          if (!engine) return [];
          // The first query builds the candidate set for the current filters.
          await engine.nearest({ lat: 0, lon: 0, radiusKm: null, crossBorders: true, limit: 20 });
          const times: number[] = [];
          for (const [lat, lon] of from) {
            const start = performance.now();
            await engine.nearest({ lat, lon, radiusKm: null, crossBorders: true, limit: 20 });
            times.push(performance.now() - start);
          }
          return times;
        }, NEAREST_FROM)
      : [];
    return {
      load: {
        navigationToPaintMs: paint,
        arrivalToPaintMs: paint - arrived,
        longestTaskLoadMs: loadLongest,
        mainHeapBytes: memory.main,
        workerHeapBytes: memory.worker,
      },
      filters: {
        countryMs: countryRun.ms,
        statusMs: statusRun.ms,
        longestTaskFilterMs: Math.max(countryRun.longest, statusRun.longest),
      },
      nearestMs,
    };
  } finally {
    await context.close();
  }
}
