// npm run bench [-- --sizes 10000,100000,1000000 --runs 5 --port 4199]
// Builds the app and the baseline page, generates synthetic datasets, drives both in headless Chromium and
// writes bench/results.json and BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { runPage, type PageRun } from './measure';
import {
  BASELINE_MAX_SITES,
  buildPages,
  datasetName,
  datasetTransfer,
  initialJs,
  prepareDataset,
} from './prepare';
import { renderReport, summarize, type Results } from './report';
import { withKeptSections } from './report-sections';
import { serve } from './serve';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4199' },
    toggles: { type: 'string', default: '6' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const port = Number(values.port);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
  throw new Error('--sizes takes whole numbers separated by commas, --runs a whole number');
}
const command = `npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}`;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

log('building the app and the baseline page');
await buildPages();
for (const size of sizes) {
  const { generated } = prepareDataset(size);
  log(`${datasetName(size)}: ${generated ? 'generated' : 'reused'}`);
}
const server = await serve(port);
const browser = await chromium.launch({
  ...chromiumLaunchOptions(),
  args: [...chromiumLaunchOptions().args, '--enable-precise-memory-info'],
});
const base = `http://127.0.0.1:${port}`;
const results: Results = {
  command,
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium: browser.version(),
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg()[0]!,
  },
  initialJs: initialJs(),
  sizes: [],
};
try {
  for (const size of sizes) {
    const name = datasetName(size);
    const ours: PageRun[] = [];
    const baseline: PageRun[] = [];
    const workerBaseline: PageRun[] = [];
    for (let run = 1; run <= runs; run++) {
      log(`${name} run ${run}/${runs}: app`);
      ours.push(
        await runPage(browser, `${base}/?dataset=${name}`, {
          toggles: Number(values.toggles),
          nearest: true,
          timeoutMs: 180_000,
        }),
      );
      if (size <= BASELINE_MAX_SITES) {
        log(`${name} run ${run}/${runs}: baseline`);
        baseline.push(
          await runPage(browser, `${base}/baseline/?dataset=${name}`, {
            toggles: Number(values.toggles),
            nearest: false,
            timeoutMs: 300_000,
          }),
        );
        log(`${name} run ${run}/${runs}: worker baseline`);
        workerBaseline.push(
          await runPage(browser, `${base}/baseline-worker/?dataset=${name}`, {
            toggles: Number(values.toggles),
            nearest: false,
            timeoutMs: 300_000,
          }),
        );
      }
    }
    results.sizes.push({
      sites: size,
      transfer: datasetTransfer(size),
      ours: summarize(ours),
      baseline: baseline.length ? summarize(baseline) : null,
      workerBaseline: workerBaseline.length ? summarize(workerBaseline) : null,
      raw: { ours, baseline, workerBaseline },
    });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
// Sections measured by other benchmarks (bench/build-scale.ts, bench/geocode-speed.ts) stay as they are.
const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
writeFileSync('BENCHMARKS.md', withKeptSections(renderReport(results), previous));
log('wrote bench/results.json and BENCHMARKS.md');
