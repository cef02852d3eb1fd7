// Fetches a published dataset's sites: the compact sites.bin when there is one, else the canonical dataset.json.
import { DatasetLoadError, datasetUrl, loadDataset } from './load-dataset';
import type { Dataset } from '../../core/schema';

export type FetchedSites = { bytes: Uint8Array; url: string } | { dataset: Dataset };

/** Null when the dataset has no compact file: a 404, an empty file, or the app's page for an unknown path. */
async function fetchCompact(url: string): Promise<Uint8Array | null> {
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
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.length > 0 ? bytes : null;
}

export async function fetchSites(name: string): Promise<FetchedSites> {
  const url = datasetUrl(name).replace(/dataset\.json$/, 'sites.bin');
  const bytes = await fetchCompact(url);
  return bytes ? { bytes, url } : { dataset: await loadDataset(name) };
}
