// Lighthouse's figures (bench/lighthouse.ts): stored in bench/lighthouse.json, reported in their own section of
// BENCHMARKS.md and in its targets.
import { median } from './stats';

export const LIGHTHOUSE_FILE = 'bench/lighthouse.json';
export const LIGHTHOUSE_HEADING = 'Lighthouse on a phone (embedded dataset)';

export interface LighthouseRun {
  /** Performance score, 0–100. */
  score: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  speedIndexMs: number;
  cumulativeLayoutShift: number;
}

export interface LighthouseResults {
  command: string;
  date: string;
  lighthouse: string;
  runs: LighthouseRun[];
}

/** The median of each figure. */
export type LighthouseSummary = LighthouseRun;

/** The median of each figure over the runs. */
export function summarizeLighthouse(results: LighthouseResults): LighthouseSummary {
  const of = (pick: (run: LighthouseRun) => number) => median(results.runs.map(pick));
  return {
    score: of((run) => run.score),
    totalBlockingTimeMs: of((run) => run.totalBlockingTimeMs),
    largestContentfulPaintMs: of((run) => run.largestContentfulPaintMs),
    firstContentfulPaintMs: of((run) => run.firstContentfulPaintMs),
    speedIndexMs: of((run) => run.speedIndexMs),
    cumulativeLayoutShift: of((run) => run.cumulativeLayoutShift),
  };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;

/** The targets' row: score ≥ 90 with a total blocking time ≤ 200 ms. */
export function lighthouseTarget(results: LighthouseResults): string {
  const { score, totalBlockingTimeMs } = summarizeLighthouse(results);
  const met = score >= 90 && totalBlockingTimeMs <= 200;
  return `| Lighthouse phone performance ≥ 90, total blocking time ≤ 200 ms (embedded dataset) | ${score} (blocking ${ms(totalBlockingTimeMs)}) | ${met ? 'met' : '**missed**'} |`;
}

export function lighthouseSection(results: LighthouseResults): string {
  const summary = summarizeLighthouse(results);
  return [
    `## ${LIGHTHOUSE_HEADING}`,
    '',
    `\`${results.command}\` (${results.date}), Lighthouse ${results.lighthouse}: its default phone with simulated ` +
      'throttling (a slow 4G link, the CPU slowed 4×), the performance category only. The app is built with its ' +
      'street tiles off (no network) and served gzip-compressed from localhost. Medians of ' +
      `${results.runs.length} runs (scores ${range(results.runs.map((run) => run.score))}).`,
    '',
    '| score | total blocking time | largest contentful paint | first contentful paint | speed index | layout shift |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${summary.score} | ${ms(summary.totalBlockingTimeMs)} | ${ms(summary.largestContentfulPaintMs)} | ` +
      `${ms(summary.firstContentfulPaintMs)} | ${ms(summary.speedIndexMs)} | ${summary.cumulativeLayoutShift.toFixed(3)} |`,
  ].join('\n');
}
