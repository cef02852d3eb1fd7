// The site worker: runs the IndexedSiteEngine off the main thread. It fetches the dataset itself (the compact
// sites.bin when published, else the canonical dataset.json), so a million sites never touch the main thread.
import { IndexedSiteEngine } from './indexed-site-engine';
import { DatasetLoadError, datasetUrl, loadDataset } from './load-dataset';
import type { WorkerReply, WorkerRequest } from './site-worker-protocol';

const engine = new IndexedSiteEngine();
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
let warmTimer: ReturnType<typeof setTimeout> | undefined;

/** Fetches sites.bin; null when the dataset has no compact file (a static server may answer with index.html). */
async function fetchCompact(url: string): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetLoadError('network', `Could not reach ${url} (${(error as Error).message}).`);
  }
  if (!response.ok || response.headers.get('content-type')?.includes('text/html')) return null;
  return new Uint8Array(await response.arrayBuffer());
}

async function loadNamed(name: string) {
  const compactUrl = datasetUrl(name).replace(/dataset\.json$/, 'sites.bin');
  const bytes = await fetchCompact(compactUrl);
  if (bytes) {
    const arrivedAt = performance.timeOrigin + performance.now();
    try {
      return { info: await engine.loadCompact(bytes), arrivedAt };
    } catch (error) {
      throw new DatasetLoadError('malformed', `${compactUrl}: ${(error as Error).message}`);
    }
  }
  const dataset = await loadDataset(name);
  const arrivedAt = performance.timeOrigin + performance.now();
  return { info: await engine.load(dataset), arrivedAt };
}

scope.onmessage = async ({ data: request }) => {
  clearTimeout(warmTimer);
  try {
    const result =
      request.method === 'loadNamed'
        ? await loadNamed(...request.args)
        : // eslint-disable-next-line @typescript-eslint/no-explicit-any
          await (engine[request.method] as (...args: any[]) => Promise<unknown>).apply(engine, request.args);
    scope.postMessage({ id: request.id, ok: true, result });
  } catch (error) {
    const kind = error instanceof DatasetLoadError ? error.kind : null;
    scope.postMessage({ id: request.id, ok: false, error: { kind, message: (error as Error).message } });
  }
  // Text search, nearest-site and id indexes are built once the worker falls idle, not before the first paint.
  warmTimer = setTimeout(() => {
    try {
      engine.warm();
    } catch {
      // nothing loaded yet
    }
  }, 200);
};
