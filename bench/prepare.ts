// Benchmark inputs: the production builds of the app and the baseline page, the synthetic datasets, and the
// sizes a browser would download (initial JavaScript, worker, dataset per 100k sites).
import react from '@vitejs/plugin-react';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { encodeDataset } from '../src/core/compact/encode';
import { readGeoNames } from '../src/pipeline/geonames';
import { OVERVIEW_FILE, overviewOf, writeOverviewFile } from '../src/pipeline/overview-file';
import { SITE_TEXT_FILE } from '../src/core/compact/files';
import { COMPACT_VERSION } from '../src/core/compact/format';
import { DEFAULT_CLUSTER_OPTIONS } from '../src/core/point-clusters';
import { synthesizeDataset } from '../src/pipeline/synth';
import { writeDatasetFile } from '../src/pipeline/serialize';

export const OUT = path.resolve('bench/out');
export const APP_DIR = path.join(OUT, 'app');
export const DATA_DIR = path.join(OUT, 'data');
export const SEED = 1;
/** The largest size the baseline page loads (at 1M it does not finish in minutes). */
export const BASELINE_MAX_SITES = 100_000;

export const datasetName = (sites: number) => `synth-${sites}`;

export async function buildPages(): Promise<void> {
  // No raster tiles: the benchmark runs offline and measures our work, not a tile server's.
  process.env.VITE_TILE_URL = 'off';
  await build({ logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  // The baselines: markercluster on the main thread, and supercluster in a Web Worker.
  for (const page of ['baseline', 'baseline-worker']) {
    await build({
      configFile: false,
      root: path.resolve('bench', page),
      base: `/${page}/`,
      plugins: [react()],
      logLevel: 'warn',
      worker: { format: 'es' },
      build: { outDir: path.join(APP_DIR, page), emptyOutDir: true, target: 'es2022' },
    });
  }
}

/** Generates the dataset once per size and seed (kept in bench/out/data between runs). */
export function prepareDataset(sites: number): { dir: string; generated: boolean } {
  const name = datasetName(sites);
  const dir = path.join(DATA_DIR, name);
  const meta = path.join(dir, 'meta.json');
  const wanted = JSON.stringify({
    sites,
    trials: Math.max(1, Math.round(sites / 10)),
    seed: SEED,
    // The sites' text in a file of its own since format 4; a new version of sites.bin makes them again too.
    format: 4,
    compactVersion: COMPACT_VERSION,
    // sites.bin and the overview hold the cluster hierarchy: a new radius makes them again.
    clusters: DEFAULT_CLUSTER_OPTIONS,
  });
  if (existsSync(meta) && readFileSync(meta, 'utf8') === wanted) {
    // A dataset made before overviews were published gets its overview from its own sites.bin.
    if (!existsSync(path.join(dir, OVERVIEW_FILE))) writeOverviewFile(dir);
    return { dir, generated: false };
  }
  mkdirSync(dir, { recursive: true });
  const dataset = synthesizeDataset({ ...JSON.parse(wanted), name }, readGeoNames());
  const files = encodeDataset(dataset);
  writeFileSync(path.join(dir, 'sites.bin'), files.sites);
  writeFileSync(path.join(dir, SITE_TEXT_FILE), files.text);
  writeFileSync(path.join(dir, OVERVIEW_FILE), overviewOf(files.sites));
  // The baseline reads the canonical JSON; at 1M it would be ~430 MB nobody loads, so it is left out there.
  if (sites <= BASELINE_MAX_SITES) writeDatasetFile(dataset, path.join(dir, 'dataset.json'));
  writeFileSync(meta, wanted);
  return { dir, generated: true };
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function compressedSizes(bytes: Uint8Array, brotliQuality = 11): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } })
      .byteLength,
  };
}

const sum = (list: Sizes[]): Sizes => ({
  raw: list.reduce((s, x) => s + x.raw, 0),
  gzip: list.reduce((s, x) => s + x.gzip, 0),
  brotli: list.reduce((s, x) => s + x.brotli, 0),
});

/** JavaScript the app's page loads before any dataset: index.html's module script and its preloads. */
export function initialJs(dir = APP_DIR): { files: string[]; shell: Sizes; worker: Sizes } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const read = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
  const workers = readdirSync(path.join(dir, 'assets')).filter((f) => /^site-worker.*\.js$/.test(f));
  return {
    files,
    shell: sum(files.map((file) => compressedSizes(read(file)))),
    worker: sum(workers.map((file) => compressedSizes(read(path.join('assets', file))))),
  };
}

/**
 * What a browser downloads for the dataset (brotli at quality 9: 11 takes minutes here), also scaled to 100k
 * sites: sites.bin, which the map and the filters need, the sites' text (site-text.bin), which the list and
 * the details fetch when they first ask, and the overview the map draws first.
 */
export function datasetTransfer(sites: number): {
  file: string;
  total: Sizes;
  per100k: Sizes;
  text: { total: Sizes; per100k: Sizes };
  overview: Sizes | null;
} {
  const dir = path.join(DATA_DIR, datasetName(sites));
  const sizes = (file: string) => compressedSizes(new Uint8Array(readFileSync(path.join(dir, file))), 9);
  const scale = (size: Sizes): Sizes => {
    const of = (n: number) => Math.round((n * 100_000) / sites);
    return { raw: of(size.raw), gzip: of(size.gzip), brotli: of(size.brotli) };
  };
  const total = sizes('sites.bin');
  const text = sizes(SITE_TEXT_FILE);
  return {
    file: path.relative(process.cwd(), path.join(dir, 'sites.bin')),
    total,
    per100k: scale(total),
    text: { total: text, per100k: scale(text) },
    overview: existsSync(path.join(dir, OVERVIEW_FILE)) ? sizes(OVERVIEW_FILE) : null,
  };
}
