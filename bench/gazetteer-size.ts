// Measures the place-search gazetteer as a browser downloads it: raw, gzip and brotli bytes against the budget.
// Run: npx tsx bench/gazetteer-size.ts [file]; prints one JSON line; exits 1 when over the budget.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Europe and the United States together, compressed (issue: under 1 MB). */
export const GAZETTEER_BUDGET_BYTES = 1_000_000;

export interface GazetteerSizes {
  file: string;
  places: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  budgetBytes: number;
  withinBudget: boolean;
}

export function gazetteerSizes(file = 'public/data/gazetteer.json'): GazetteerSizes {
  const bytes = readFileSync(file);
  const places = (JSON.parse(bytes.toString('utf8')) as { name: unknown[] }).name.length;
  // The levels static hosts and CDNs use for precompressed assets.
  const gzipBytes = gzipSync(bytes, { level: 9 }).length;
  const brotliBytes = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return {
    file,
    places,
    rawBytes: bytes.length,
    gzipBytes,
    brotliBytes,
    budgetBytes: GAZETTEER_BUDGET_BYTES,
    withinBudget: Math.max(gzipBytes, brotliBytes) < GAZETTEER_BUDGET_BYTES,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = gazetteerSizes(process.argv[2]);
  console.log(JSON.stringify(sizes));
  if (!sizes.withinBudget) process.exitCode = 1;
}
