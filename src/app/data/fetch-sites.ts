// Fetches a published dataset's sites: the compact sites.bin when there is one, else the canonical dataset.json.
import { SITE_TEXT_FILE } from '../../core/compact/files';
import { DatasetLoadError, datasetUrl, loadDataset } from './load-dataset';
import type { Overview } from '../../core/overview/format';
import type { Dataset } from '../../core/schema';
import type { Progress } from './site-engine';

export type FetchedSites = { bytes: Uint8Array; url: string } | { dataset: Dataset };

/** The body, read as it arrives so `onProgress` can follow it. */
async function readBody(response: Response, onProgress: (progress: Progress) => void): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  // A compressed response's length counts the compressed bytes, not the ones read here.
  const total = length > 0 && !response.headers.get('content-encoding') ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Null when the dataset has no compact file: a 404, an empty file, or the app's page for an unknown path. */
async function fetchCompact(url: string, onProgress: (progress: Progress) => void): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetLoadError('network', `Could not reach ${url} (${(error as Error).message}).`);
  }
  if (response.status === 404 || response.headers.get('content-type')?.includes('text/html')) return null;
  if (!response.ok) {
    throw new DatasetLoadError('network', `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, onProgress);
  } catch (error) {
    throw new DatasetLoadError('network', `The download of ${url} broke off (${(error as Error).message}).`);
  }
  return bytes.length > 0 ? bytes : null;
}

export async function fetchSites(
  name: string,
  onProgress: (progress: Progress) => void = () => {},
): Promise<FetchedSites> {
  const url = datasetUrl(name).replace(/dataset\.json$/, 'sites.bin');
  const bytes = await fetchCompact(url, onProgress);
  return bytes ? { bytes, url } : { dataset: await loadDataset(name) };
}

/**
 * The dataset's site-text.bin (the sites' names and details, beside its sites.bin), which the engine fetches once
 * the sites are in. A missing one leaves the dataset incomplete.
 */
export async function fetchSiteText(name: string): Promise<{ bytes: Uint8Array; url: string }> {
  const url = datasetUrl(name).replace(/dataset\.json$/, SITE_TEXT_FILE);
  const bytes = await fetchCompact(url, () => {});
  if (!bytes) throw new DatasetLoadError('malformed', `${url} is missing: the sites' names cannot be shown.`);
  return { bytes, url };
}

/**
 * The dataset's overview (core/overview), which the map paints while the sites download; null when the dataset
 * has none or it cannot be read (then the map waits for the sites, and nothing is lost).
 */
export function fetchOverview(name: string): Promise<Overview | null> {
  const early = started.get(name);
  started.delete(name);
  return early ?? downloadOverview(name);
}

const started = new Map<string, Promise<Overview | null>>();

/** Starts fetching an overview before it is asked for (the page's start); fetchOverview takes it over. */
export function prefetchOverview(name: string): void {
  if (!started.has(name)) started.set(name, downloadOverview(name));
}

async function downloadOverview(name: string): Promise<Overview | null> {
  const url = datasetUrl(name).replace(/dataset\.json$/, 'overview.json');
  try {
    // The reader (with the checksum) is a chunk of its own, fetched beside the file.
    const [bytes, { parseOverview }] = await Promise.all([
      fetchCompact(url, () => {}),
      import('../../core/overview/read'),
    ]);
    return bytes && parseOverview(bytes);
  } catch (error) {
    console.warn(`The overview ${url} was not used: ${(error as Error).message}.`);
    return null;
  }
}
