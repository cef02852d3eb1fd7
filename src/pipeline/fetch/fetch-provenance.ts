// What a build's builtFrom.fetch says: the fetch manifest beside the pages the build reads
// (data/fetched/<name>/manifest.json for data/fetched/<name>/pages), so a dataset can link its registry query.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuiltFrom } from '../../core/schema';
import { MANIFEST_FILE, type Manifest } from './fetched-store';
import { PAGES_DIR } from './fetch-pages';

/**
 * The fetch the inputs came from, when every input is one saved fetch's pages folder; null for files, or for
 * inputs mixing sources (a dataset must not claim one query for records it did not fetch with it).
 */
export function fetchOfInputs(inputs: readonly string[], root: string): BuiltFrom['fetch'] {
  const manifests = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(root, input);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return null;
    const folder = path.basename(absolute) === PAGES_DIR ? path.dirname(absolute) : absolute;
    const manifest = path.join(folder, MANIFEST_FILE);
    if (!existsSync(manifest)) return null;
    manifests.add(manifest);
  }
  if (manifests.size !== 1) return null;
  const [file] = manifests;
  const { api, query, fetchedAt, totalCount } = JSON.parse(readFileSync(file!, 'utf8')) as Manifest;
  return { api, query, fetchedAt, totalCount };
}
