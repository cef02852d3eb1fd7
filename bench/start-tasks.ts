// The main thread while the app starts on a phone: its long tasks (over 50 ms) and their blocking time (the
// part of each beyond 50 ms, as Lighthouse sums it), until the map shows its sites and the page has been
// quiet for a while. Street tiles come from a local stand-in, so the run needs no network and the map is
// "online". Builds are measured in turns within each run, so they share the machine's load.
// `npx tsx bench/start-tasks.ts [--runs 7] [--cpu 4] [--dist DIR --dist DIR …] [--port 4298]`
// Without --dist it builds the working tree; pass a build of another commit to compare against it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunchOptions } from '../tests/support/chromium';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    cpu: { type: 'string', default: '4' },
    dist: { type: 'string', multiple: true },
    port: { type: 'string', default: '4298' },
  },
});
const runs = Number(values.runs);
const cpuSlowdown = Number(values.cpu);
const firstPort = Number(values.port);

// A 1×1 transparent PNG for every street tile.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const QUIET_MS = 3000;

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Start {
  toMap: number;
  longest: number;
  blocking: number;
  tasks: number;
}

async function measure(browser: Browser, url: string): Promise<Start> {
  // Lighthouse's phone: 412×823 at 1.75 device pixels.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ body: TILE, contentType: 'image/png' }),
  );
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    Object.assign(globalThis, { startTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true } as never);
  });
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page
    .getByRole('region', { name: /^Map of sites/ })
    .getByRole('button', { name: /\. (Zoom in|Show details|List them)$/ })
    .first()
    .waitFor({ timeout: 120_000 });
  const toMap = performance.now() - started;
  await page.waitForTimeout(QUIET_MS);
  const tasks = await page.evaluate(() => (globalThis as unknown as { startTasks: number[] }).startTasks);
  await context.close();
  return {
    toMap,
    longest: Math.max(0, ...tasks),
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0),
    tasks: tasks.length,
  };
}

let dirs = values.dist?.map((dir) => path.resolve(dir)) ?? [];
if (dirs.length === 0) {
  const out = path.resolve('bench/out/start-tasks');
  await build({ logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  dirs = [out];
}
const servers: PreviewServer[] = [];
for (const [i, dir] of dirs.entries()) {
  servers.push(
    await preview({
      logLevel: 'warn',
      build: { outDir: dir },
      preview: { port: firstPort + i, strictPort: true, host: '127.0.0.1' },
    }),
  );
}
const browser = await chromium.launch(chromiumLaunchOptions());
const results = dirs.map(() => [] as Start[]);
try {
  for (let run = 0; run < runs; run++) {
    for (const i of dirs.keys())
      results[i]!.push(await measure(browser, `http://127.0.0.1:${firstPort + i}/`));
  }
} finally {
  await browser.close();
  for (const server of servers) await new Promise((done) => server.httpServer.close(done));
}

console.log(`the app starting on a 412×823 phone, CPU slowed ${cpuSlowdown}×, median of ${runs} runs:`);
console.log('| build | to the map | longest task | blocking time | long tasks |');
console.log('|---|---:|---:|---:|---:|');
for (const [i, dir] of dirs.entries()) {
  const list = results[i]!;
  const ms = (pick: (start: Start) => number) => `${Math.round(median(list.map(pick)))} ms`;
  console.log(
    `| ${path.basename(dir)} | ${ms((s) => s.toMap)} | ${ms((s) => s.longest)} | ${ms((s) => s.blocking)} | ${median(list.map((s) => s.tasks))} |`,
  );
}
