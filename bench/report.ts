// Turns benchmark runs into figures (medians, p50/p95) and the BENCHMARKS.md report with targets and ratios.
import { existsSync, readFileSync } from 'node:fs';
import { gazetteerSizes } from './gazetteer-size';
import { LIGHTHOUSE_FILE, lighthouseTarget, type LighthouseResults } from './lighthouse-report';
import { median, quantile } from './stats';
import type { PageRun } from './measure';
import type { Sizes } from './prepare';

/** Hand-written analysis (what holds a missed target back), kept beside the runner and copied into the report. */
const NOTES = 'bench/notes.md';

export interface Summary {
  runs: number;
  navigationToPaintMs: number;
  navigationToLiveMs: number;
  arrivalToLiveMs: number;
  longestTaskLoadMs: number;
  mainHeapMB: number | null;
  workerHeapMB: number | null;
  country: { p50: number; p95: number };
  status: { p50: number; p95: number };
  /** Either toggle → the filter panel's new counts; null for a page without the panel. */
  panels?: { p50: number; p95: number } | null;
  longestTaskFilterMs: number;
  nearest: { p50: number; p95: number } | null;
}

export interface Results {
  command: string;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    chromium: string;
    platform: string;
    loadAverageAtStart: number;
  };
  initialJs: { files: string[]; shell: Sizes; worker: Sizes };
  sizes: {
    sites: number;
    /** overview: the file the app draws first (absent from runs made before it existed). */
    transfer: {
      file: string;
      total: Sizes;
      per100k: Sizes;
      text?: { total: Sizes; per100k: Sizes };
      overview?: Sizes | null;
    };
    ours: Summary;
    baseline: Summary | null;
    /** react-leaflet with supercluster in a Web Worker (absent from runs made before it existed). */
    workerBaseline?: Summary | null;
    raw: { ours: PageRun[]; baseline: PageRun[]; workerBaseline?: PageRun[] };
  }[];
}

const mb = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round((median(known) / 2 ** 20) * 10) / 10 : null;
};

export function summarize(runs: PageRun[]): Summary {
  const pooled = (pick: (run: PageRun) => number[]) => {
    const all = runs.flatMap(pick);
    return { p50: quantile(all, 0.5), p95: quantile(all, 0.95) };
  };
  const nearest = runs.flatMap((run) => run.nearestMs);
  const panels = runs.flatMap((run) => run.filters.panelsMs ?? []);
  return {
    runs: runs.length,
    navigationToPaintMs: median(runs.map((r) => r.load.navigationToPaintMs)),
    navigationToLiveMs: median(runs.map((r) => r.load.navigationToLiveMs)),
    arrivalToLiveMs: median(runs.map((r) => r.load.arrivalToLiveMs)),
    longestTaskLoadMs: median(runs.map((r) => r.load.longestTaskLoadMs)),
    mainHeapMB: mb(runs.map((r) => r.load.mainHeapBytes)),
    workerHeapMB: mb(runs.map((r) => r.load.workerHeapBytes)),
    country: pooled((r) => r.filters.countryMs),
    status: pooled((r) => r.filters.statusMs),
    panels: panels.length ? { p50: quantile(panels, 0.5), p95: quantile(panels, 0.95) } : null,
    longestTaskFilterMs: median(runs.map((r) => r.filters.longestTaskFilterMs)),
    nearest: nearest.length ? { p50: quantile(nearest, 0.5), p95: quantile(nearest, 0.95) } : null,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const ms1 = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (theirs: number, ours: number) => `${(theirs / ours).toFixed(1)}×`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** One row of a size's table: the figure for the app, then for each baseline ('—' where it has none). */
type Column = (summary: Summary) => string;

function sizeSection(size: Results['sizes'][number]): string {
  const { ours, baseline } = size;
  const workerBaseline = size.workerBaseline ?? null;
  /** `baselines`: which baselines the measure applies to (the markercluster page has no worker). */
  const row = (label: string, figure: Column, baselines: 'both' | 'worker' | 'none' = 'both') => [
    label,
    figure(ours),
    baselines === 'both' && baseline ? figure(baseline) : '—',
    baselines !== 'none' && workerBaseline ? figure(workerBaseline) : '—',
  ];
  const pair = (pick: (summary: Summary) => { p50: number; p95: number }) => (summary: Summary) =>
    `${ms(pick(summary).p50)} / ${ms(pick(summary).p95)}`;
  const rows = [
    row('Navigation → first clustered paint', (s) => ms(s.navigationToPaintMs)),
    row('Navigation → all sites on the map (filters work)', (s) => ms(s.navigationToLiveMs)),
    row('Dataset arrival → all sites on the map', (s) => ms(s.arrivalToLiveMs)),
    row(
      'Country filter → repaint, p50 / p95',
      pair((s) => s.country),
    ),
    row(
      'Status filter → repaint, p50 / p95',
      pair((s) => s.status),
    ),
    row(
      "Either filter → the filter panel's new counts, p50 / p95",
      (s) => (s.panels ? `${ms(s.panels.p50)} / ${ms(s.panels.p95)}` : 'n/a'),
      'none',
    ),
    row(
      'Nearest-20 query (round trip), p50 / p95',
      (s) => (s.nearest ? `${ms1(s.nearest.p50)} / ${ms1(s.nearest.p95)}` : 'n/a'),
      'none',
    ),
    row('Longest main-thread task, load', (s) => ms(s.longestTaskLoadMs)),
    row('Longest main-thread task, filter change', (s) => ms(s.longestTaskFilterMs)),
    row('JS heap after load, main thread', (s) => (s.mainHeapMB === null ? 'n/a' : `${s.mainHeapMB} MB`)),
    row(
      'JS heap after load, site worker',
      (s) => (s.workerHeapMB === null ? 'n/a' : `${s.workerHeapMB} MB`),
      'worker',
    ),
  ];
  const lines = [
    `### ${size.sites.toLocaleString('en')} sites`,
    '',
    '| measure | Trial Atlas | baseline (markercluster) | baseline (supercluster in a worker) |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  const filterOf = (summary: Summary) => Math.max(summary.country.p50, summary.status.p50);
  for (const [name, theirs] of [
    ['markercluster', baseline],
    ['supercluster in a worker', workerBaseline],
  ] as const) {
    if (!theirs) continue;
    lines.push(
      '',
      `Ratios (${name} ÷ Trial Atlas): first paint from navigation ${ratio(theirs.navigationToPaintMs, ours.navigationToPaintMs)}, ` +
        `all sites on the map ${ratio(theirs.navigationToLiveMs, ours.navigationToLiveMs)}; filter change (slower kind, p50) ${ratio(filterOf(theirs), filterOf(ours))}.`,
    );
  }
  const t = size.transfer;
  lines.push(
    '',
    `Dataset transfer (sites.bin, ${t.file}, what the map and the filters need): ${kb(t.total.raw)} raw, ${kb(t.total.gzip)} gzip, ${kb(t.total.brotli)} brotli; ` +
      `per 100k sites ${kb(t.per100k.raw)} raw, ${kb(t.per100k.gzip)} gzip, ${kb(t.per100k.brotli)} brotli.` +
      (t.text
        ? ` The sites' names and details (site-text.bin), downloaded after it and waited for only by the list and the details: ${kb(t.text.total.raw)} raw, ${kb(t.text.total.gzip)} gzip, ${kb(t.text.total.brotli)} brotli; per 100k sites ${kb(t.text.per100k.gzip)} gzip.`
        : '') +
      (t.overview
        ? ` The overview the app draws first (overview.json): ${kb(t.overview.raw)} raw, ${kb(t.overview.gzip)} gzip, ${kb(t.overview.brotli)} brotli.`
        : ''),
  );
  return lines.join('\n');
}

function targets(results: Results): string[] {
  const lines = ['| target | figure | |', '|---|---|---|'];
  const million = results.sizes.find((s) => s.sites === 1_000_000)?.ours;
  if (million) {
    const filterP95 = Math.max(million.country.p95, million.status.p95);
    const longest = Math.max(million.longestTaskLoadMs, million.longestTaskFilterMs);
    lines.push(
      `| 1M: first clustered paint ≤ 1.0 s after navigation | ${ms(million.navigationToPaintMs)} | ${verdict(million.navigationToPaintMs <= 1000)} |`,
      `| 1M: no main-thread task over 50 ms | ${ms(longest)} | ${verdict(longest <= 50)} |`,
      `| 1M: filter change p95 ≤ 50 ms | ${ms(filterP95)} | ${verdict(filterP95 <= 50)} |`,
      `| 1M: nearest-20 query ≤ 5 ms | ${million.nearest ? ms1(million.nearest.p95) : 'n/a'} (p95) | ${verdict((million.nearest?.p95 ?? Infinity) <= 5)} |`,
    );
  }
  const hundred = results.sizes.find((s) => s.sites === 100_000);
  if (hundred?.baseline) {
    const paint = hundred.baseline.navigationToPaintMs / hundred.ours.navigationToPaintMs;
    const filter =
      Math.max(hundred.baseline.country.p50, hundred.baseline.status.p50) /
      Math.max(hundred.ours.country.p50, hundred.ours.status.p50);
    lines.push(
      `| 100k: first paint ≥ 10× faster than the baseline | ${paint.toFixed(1)}× | ${verdict(paint >= 10)} |`,
      `| 100k: filter change ≥ 15× faster than the baseline | ${filter.toFixed(1)}× | ${verdict(filter >= 15)} |`,
    );
  }
  const workerBaseline = hundred?.workerBaseline;
  if (hundred && workerBaseline) {
    const paint = workerBaseline.navigationToPaintMs / hundred.ours.navigationToPaintMs;
    const filter =
      Math.max(workerBaseline.country.p50, workerBaseline.status.p50) /
      Math.max(hundred.ours.country.p50, hundred.ours.status.p50);
    lines.push(
      `| 100k: first paint ≥ 2× faster than supercluster in a worker | ${paint.toFixed(1)}× | ${verdict(paint >= 2)} |`,
      `| 100k: filter change ≥ 5× faster than supercluster in a worker | ${filter.toFixed(1)}× | ${verdict(filter >= 5)} |`,
    );
  }
  const shell = results.initialJs.shell.gzip;
  lines.push(`| Initial JS ≤ 125 KB gzip (app shell) | ${kb(shell)} | ${verdict(shell <= 125 * 1024)} |`);
  // Measured on its own (npm run bench:lighthouse); the row is left out until it has run.
  if (existsSync(LIGHTHOUSE_FILE)) {
    lines.push(lighthouseTarget(JSON.parse(readFileSync(LIGHTHOUSE_FILE, 'utf8')) as LighthouseResults));
  }
  return lines;
}

export function renderReport(results: Results): string {
  const { machine, initialJs } = results;
  const gazetteer = existsSync('public/data/gazetteer.json') ? gazetteerSizes() : null;
  return [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts); every figure below is also in `bench/results.json`.',
    '',
    `- Command: \`${results.command}\` (${results.date})`,
    `- Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.platform}; ` +
      `1-minute load average ${machine.loadAverageAtStart.toFixed(1)} when the run started (other work on the machine slows every figure)`,
    `- Browser: headless Chromium ${machine.chromium}, 1280×800 viewport, served from localhost without compression`,
    '- Data: synthetic datasets from `npm run data:synth` (seed 1, one trial per 10 sites); the app loads `sites.bin`, then `site-text.bin`, the baselines `dataset.json`.',
    '- Per-load figures are medians over the runs; filter and nearest figures are p50/p95 over every change or query of every run.',
    '',
    '## Targets',
    '',
    ...targets(results),
    '',
    '## Figures by size',
    '',
    ...results.sizes.map(sizeSection).flatMap((section) => [section, '']),
    '## Download sizes',
    '',
    `- Initial JavaScript (app shell: ${initialJs.files.join(', ')}): ${kb(initialJs.shell.raw)} raw, ${kb(initialJs.shell.gzip)} gzip, ${kb(initialJs.shell.brotli)} brotli.`,
    `- Site worker (loaded after the shell): ${kb(initialJs.worker.raw)} raw, ${kb(initialJs.worker.gzip)} gzip, ${kb(initialJs.worker.brotli)} brotli.`,
    gazetteer
      ? `- Place-search gazetteer (${gazetteer.places.toLocaleString('en')} places, loaded on first search): ${kb(gazetteer.rawBytes)} raw, ${kb(gazetteer.gzipBytes)} gzip, ${kb(gazetteer.brotliBytes)} brotli.`
      : '- Place-search gazetteer: not built.',
    '',
    ...(existsSync(NOTES) ? [readFileSync(NOTES, 'utf8').trim(), ''] : []),
    '## How it is measured',
    '',
    "- The app has no benchmark code: the driver (bench/measure.ts) watches the page from outside. `ta:first-cluster-paint` is two animation frames after the first marker element enters the page, whatever drew it (the app's overview, or a baseline's markers); the driver also wraps the page's `Worker` and marks `ta:sites-live` (two frames after the first markers the engine computed from the sites themselves: from here filters work) and `ta:filter-applied` (the same after a filter change) from the engine's messages, and `ta:panels-updated` (two frames after the filter panel's first change following the engine's answer to a filter change: its new counts, drawn in the commit that asks for the markers); a filter change's longest task is taken up to the later of the two; the bytes' arrival comes from the worker's resource timing. The markercluster page has all its sites at its first paint; the supercluster page is marked like the app, from its worker's `setFilters` and `clusters` messages.",
    '- Baselines: react-leaflet with Leaflet.markercluster (one marker per site, the cluster group refilled on each filter change), and react-leaflet with supercluster in a Web Worker (the worker parses the dataset and re-clusters the filtered sites on each filter change; the page draws the clusters of the view). Both load `dataset.json`, up to 100,000 sites.',
    '- A filter change is a click on the "Germany" (country) or "Enrolling" (status) checkbox; the time runs from just before the click to the mark. Each is toggled on and off repeatedly.',
    '- Long tasks come from the Long Tasks API (PerformanceObserver `longtask`), on the main thread only: the site worker works off it by design.',
    '- Heap: CDP `Performance.getMetrics` (main thread) and `performance.memory` in the worker.',
    '- Sizes: gzip level 9 and brotli quality 11 for JavaScript; brotli quality 9 for datasets.',
    '',
  ].join('\n');
}
