// Drives one page load in headless Chromium and reads the app's performance marks and the Long Tasks API.
import type { Browser, Locator, Page } from 'playwright-core';

export interface LoadFigures {
  /** The first marker in the page (the app's from its overview, before the sites have arrived). */
  navigationToPaintMs: number;
  /** The frame after the markers of the sites themselves: filters and list work from here on. */
  navigationToLiveMs: number;
  arrivalToLiveMs: number;
  longestTaskLoadMs: number;
  mainHeapBytes: number | null;
  workerHeapBytes: number | null;
}

export interface FilterFigures {
  countryMs: number[];
  statusMs: number[];
  /**
   * The frame after the filter panel's counts changed (the commit that asks for the markers), both toggles; empty
   * for a page without the panel (the baselines). Absent from runs made before it was measured.
   */
  panelsMs?: number[];
  /** Up to the later of the markers' and the panel's frames. */
  longestTaskFilterMs: number;
}

export interface PageRun {
  load: LoadFigures;
  filters: FilterFigures;
  nearestMs: number[];
}

// These functions run in the page; globalThis is its window (typed here by hand: this file builds for Node).
interface Reply {
  id: number;
  ok: boolean;
  value: unknown;
}
interface PageWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: Reply }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: Reply }) => void): void;
}
interface PageScope {
  __longtasks?: [number, number][];
  document: { documentElement: unknown; querySelector(selector: string): unknown };
  MutationObserver: new (callback: (records: { target: unknown }[]) => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
  __benchWorker?: PageWorker;
  Worker: new (url: unknown, options?: unknown) => PageWorker;
  requestAnimationFrame(callback: () => void): number;
}
type Marks = PageScope;

/**
 * Watches the app from outside: long tasks, the first marker to enter the page (whatever drew it), and the site
 * worker's messages (by wrapping the page's Worker), which give the benchmark's other marks: the frame after
 * the first markers of the sites themselves, and after each filter change's.
 */
function observePage() {
  const page = globalThis as unknown as PageScope;
  page.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) page.__longtasks!.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true } as never);
  const Native = page.Worker;
  let live = false;
  let filtered = false;
  let clustersAsked = false;
  // The filter panel's next change after the engine's answer to a filter change: its new counts.
  let panelsPending = false;
  new page.MutationObserver((records: { target: unknown }[]) => {
    if (!panelsPending) return;
    const inPanel = records.some((record) => {
      const node = record.target as { parentElement?: { closest(selector: string): unknown } | null };
      const element = (node as { closest?: unknown }).closest ? node : node.parentElement;
      return Boolean((element as { closest(selector: string): unknown } | null)?.closest('.filter-panel'));
    });
    if (!inPanel) return;
    panelsPending = false;
    afterPaint('ta:panels-updated');
  }).observe(page.document, { childList: true, subtree: true, characterData: true });
  const afterPaint = (mark: string) =>
    page.requestAnimationFrame(() => page.requestAnimationFrame(() => performance.mark(mark)));
  const markers = new page.MutationObserver(() => {
    if (!page.document.querySelector('.leaflet-marker-icon')) return;
    markers.disconnect();
    afterPaint('ta:first-cluster-paint');
  });
  markers.observe(page.document, { childList: true, subtree: true });
  page.Worker = class extends Native {
    constructor(url: unknown, options?: unknown) {
      super(url, options);
      const methods = new Map<number, string>();
      page.__benchWorker = this;
      const post = this.postMessage.bind(this);
      this.postMessage = (message: unknown) => {
        const call = message as { id?: number; method?: unknown };
        if (typeof call?.method === 'string' && call.id !== undefined) {
          methods.set(call.id, call.method);
          if (call.method === 'setFilters') filtered = true;
          if (call.method === 'clusters') clustersAsked = true;
        }
        post(message);
      };
      this.addEventListener('message', ({ data }) => {
        const method = methods.get(data.id);
        methods.delete(data.id);
        if (method === 'setFilters' && data.ok && live) {
          panelsPending = true;
          // A summary brings the markers of the view last asked for, which the app draws in the same task
          // when its view stays; when the view moves (a fit), it asks for the new view's in that task.
          clustersAsked = false;
          if ((data.value as { view?: unknown }).view)
            page.requestAnimationFrame(() => {
              if (!filtered || clustersAsked) return;
              filtered = false;
              page.requestAnimationFrame(() => performance.mark('ta:filter-applied'));
            });
        }
        if (method !== 'clusters' || !data.ok) return;
        if (!live && (data.value as unknown[]).length > 0) {
          live = true;
          afterPaint('ta:sites-live');
        } else if (live && filtered) afterPaint('ta:filter-applied');
        filtered = false;
      });
    }
  };
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
        ...((globalThis as unknown as Marks).__longtasks ?? [])
          .filter(([t]) => t >= start && t <= end)
          .map(([, d]) => d),
      ),
    [from, to] as const,
  );

async function toggleTimes(
  page: Page,
  checkbox: Locator,
  times: number,
): Promise<{ ms: number[]; panelsMs: number[]; longest: number }> {
  const ms: number[] = [];
  const panelsMs: number[] = [];
  let longest = 0;
  const hasPanel = (await page.locator('.filter-panel').count()) > 0;
  for (let i = 0; i < times; i++) {
    await page.waitForTimeout(300); // let the previous change settle (map animation, list)
    const start = await checkbox.evaluate((element) => {
      const now = performance.now();
      (element as unknown as { click(): void }).click();
      return now;
    });
    const painted = await waitForMark(page, 'ta:filter-applied', start, 120_000);
    ms.push(painted - start);
    let end = painted;
    if (hasPanel) {
      end = await waitForMark(page, 'ta:panels-updated', start, 120_000);
      panelsMs.push(end - start);
    }
    await page.waitForTimeout(100); // long tasks are reported after they end
    longest = Math.max(longest, await longestTask(page, start, Math.max(painted, end)));
  }
  return { ms, panelsMs, longest };
}

/**
 * When the dataset's bytes were in, on the page's clock: the app's worker's resource timing, or the baseline
 * page's own mark (it has no worker).
 */
async function datasetArrival(page: Page): Promise<number> {
  const worker = page.workers()[0];
  if (!worker) return waitForMark(page, 'ta:dataset-arrived', -1, 1000);
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const end = await worker.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => /\/(sites\.bin|dataset\.json)$/.test(e.name)) as PerformanceResourceTiming | undefined;
    return entry ? performance.timeOrigin + entry.responseEnd : null;
  });
  return end === null ? 0 : end - pageOrigin;
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
  // The app's service worker would precache the app and its data during the measured load: not what is timed.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps named functions and classes in a `__name` helper
  // that exists only in Node: the page gets a stand-in, on the page's global object (Playwright runs an init
  // script in a scope of its own) for the functions evaluated later as well.
  await page.addInitScript({
    content: `globalThis.__name = (target) => target; (${observePage.toString()})();`,
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const paint = await waitForMark(page, 'ta:first-cluster-paint', 0, options.timeoutMs);
    // A page without a worker (the markercluster baseline) has all its sites at its first paint.
    const live = page.workers().length
      ? await waitForMark(page, 'ta:sites-live', 0, options.timeoutMs)
      : paint;
    const arrived = await datasetArrival(page);
    await page.waitForTimeout(2000); // idle: the worker builds its lazy indexes, long tasks get reported
    const loadLongest = await longestTask(page, 0, live + 2000);
    const memory = await heap(page);
    const country = page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Germany/ });
    const status = page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Enrolling/ });
    const countryRun = await toggleTimes(page, country.first(), options.toggles);
    const statusRun = await toggleTimes(page, status.first(), options.toggles);
    // As between filter changes: the last one's work after its paint (the offline map's town names) ends first.
    if (options.nearest) await page.waitForTimeout(300);
    const nearestMs = options.nearest
      ? await page.evaluate(async (from) => {
          // No named inner functions here: the bundler's name helper does not exist in the page.
          // The app's own worker, asked directly (ids far above the app's, whose answers it ignores).
          const worker = (globalThis as unknown as Marks).__benchWorker;
          if (!worker) return [];
          let id = 1e9;
          const ask = (lat: number, lon: number) =>
            new Promise<void>((resolve) => {
              const mine = ++id;
              const listener = (event: { data: { id: number } }) => {
                if (event.data.id !== mine) return;
                worker.removeEventListener('message', listener);
                resolve();
              };
              worker.addEventListener('message', listener);
              const request = { lat, lon, radiusKm: null, crossBorders: true, limit: 20 };
              worker.postMessage({ id: mine, method: 'nearest', args: [request] });
            });
          // The first query builds the candidate set for the current filters.
          await ask(0, 0);
          const times: number[] = [];
          for (const [lat, lon] of from) {
            const start = performance.now();
            await ask(lat!, lon!);
            times.push(performance.now() - start);
          }
          return times;
        }, NEAREST_FROM)
      : [];
    return {
      load: {
        navigationToPaintMs: paint,
        navigationToLiveMs: live,
        arrivalToLiveMs: live - arrived,
        longestTaskLoadMs: loadLongest,
        mainHeapBytes: memory.main,
        workerHeapBytes: memory.worker,
      },
      filters: {
        countryMs: countryRun.ms,
        statusMs: statusRun.ms,
        panelsMs: [...countryRun.panelsMs, ...statusRun.panelsMs],
        longestTaskFilterMs: Math.max(countryRun.longest, statusRun.longest),
      },
      nearestMs,
    };
  } finally {
    await context.close();
  }
}
