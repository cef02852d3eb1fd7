// Lighthouse's performance audit of the app on its embedded dataset, with Lighthouse's own phone and throttling
// (simulated: a slow 4G link and a CPU slowed 4×). The build's street tiles are off, so the run needs no network
// once Lighthouse is in npm's cache; files are served gzip-compressed, as a static host serves them.
// `npm run bench:lighthouse [-- --runs 5 --port 4297]`: writes bench/lighthouse.json and its section of
// BENCHMARKS.md. Lighthouse is not a dependency of the app: npx fetches the pinned version on first use.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium';
import {
  LIGHTHOUSE_FILE,
  LIGHTHOUSE_HEADING,
  lighthouseSection,
  type LighthouseResults,
  type LighthouseRun,
} from './lighthouse-report';
import { withSection } from './report-sections';
import { serve } from './serve';

const LIGHTHOUSE_VERSION = '12.8.2';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4297' },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');

const out = path.resolve('bench/out/lighthouse');
process.env.VITE_TILE_URL = 'off';
await build({ logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });

const server = await serve(port, out, { gzip: true });

const run = promisify(execFile);
const audits = ['total-blocking-time', 'largest-contentful-paint', 'first-contentful-paint', 'speed-index'];
const measured: LighthouseRun[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(
      'npx',
      [
        '--yes',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        `http://127.0.0.1:${port}/`,
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumExecutable() }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
      runtimeError?: { message: string };
    };
    if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
    const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const [blocking, largest, first, speed] = audits.map(value) as [number, number, number, number];
    measured.push({
      score: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
      totalBlockingTimeMs: blocking,
      largestContentfulPaintMs: largest,
      firstContentfulPaintMs: first,
      speedIndexMs: speed,
      cumulativeLayoutShift: value('cumulative-layout-shift'),
    });
    console.log(
      `run ${i + 1}/${runs}: score ${measured.at(-1)!.score}, total blocking time ${Math.round(blocking)} ms`,
    );
  }
} finally {
  server.close();
}

const results: LighthouseResults = {
  command: `npm run bench:lighthouse -- --runs ${runs}`,
  date: new Date().toISOString(),
  lighthouse: LIGHTHOUSE_VERSION,
  runs: measured,
};
writeFileSync(LIGHTHOUSE_FILE, `${JSON.stringify(results, null, 2)}\n`);
const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n';
writeFileSync('BENCHMARKS.md', withSection(previous, LIGHTHOUSE_HEADING, lighthouseSection(results)));
console.log(`wrote ${LIGHTHOUSE_FILE} and its section of BENCHMARKS.md`);
