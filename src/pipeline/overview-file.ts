// Writes a dataset's overview.json (core/overview.ts) from its sites.bin: decoded as the app decodes it, so the
// overview's markers are the ones the app's engine draws once the table has arrived.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeCompact } from '../core/compact/decode';
import { buildOverview, overviewText } from '../core/overview/build';

export const OVERVIEW_FILE = 'overview.json';

/** The overview's text for the bytes of a sites.bin. */
export function overviewOf(sitesBin: Uint8Array): string {
  return overviewText(buildOverview(decodeCompact(sitesBin)));
}

/** Writes `dir`/overview.json from `dir`/sites.bin; returns the file written. */
export function writeOverviewFile(dir: string): string {
  const file = path.join(dir, OVERVIEW_FILE);
  writeFileSync(file, overviewOf(new Uint8Array(readFileSync(path.join(dir, 'sites.bin')))));
  return file;
}
