// The site worker: runs the IndexedSiteEngine off the main thread. It fetches the dataset itself (the compact
// sites.bin when published, else the canonical dataset.json), so a million sites never touch the main thread.
import { CompactFormatError } from '../../core/compact/codec';
import { IndexedSiteEngine } from './indexed-site-engine';
import { DatasetLoadError, datasetUrl, loadDataset } from './load-dataset';
import type { DatasetInfo } from './site-engine';
import type { NamedLoad, WorkerReply, WorkerRequest } from './site-worker-protocol';

const TRIALS_PER_CHUNK = 4000;

const engine = new IndexedSiteEngine();
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

/** Fetches sites.bin; null when the dataset has no compact file (a static server may answer with index.html). */
async function fetchCompact(url: string): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetLoadError('network', `Could not reach ${url} (${(error as Error).message}).`);
  }
  // Not published (a static server may answer an unknown path with the app's page): use dataset.json.
  if (response.status === 404 || response.headers.get('content-type')?.includes('text/html')) return null;
  if (!response.ok) {
    throw new DatasetLoadError('network', `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function loadNamed(name: string) {
  const compactUrl = datasetUrl(name).replace(/dataset\.json$/, 'sites.bin');
  const bytes = await fetchCompact(compactUrl);
  if (bytes) {
    const arrivedAt = performance.timeOrigin + performance.now();
    try {
      return splitTrials(await engine.loadCompact(bytes), arrivedAt);
    } catch (error) {
      const kind = error instanceof CompactFormatError ? error.kind : 'malformed';
      throw new DatasetLoadError(kind, `${compactUrl}: ${(error as Error).message}`);
    }
  }
  const dataset = await loadDataset(name);
  const arrivedAt = performance.timeOrigin + performance.now();
  return splitTrials(await engine.load(dataset), arrivedAt);
}

/**
 * A registry has 100,000 trials: as objects they would be rebuilt on the main thread in one long task, so they
 * travel as JSON text in slices that the main thread parses one task at a time.
 */
function splitTrials(info: DatasetInfo, arrivedAt: number): NamedLoad {
  const trialChunks: string[] = [];
  for (let i = 0; i < info.trials.length; i += TRIALS_PER_CHUNK) {
    trialChunks.push(JSON.stringify(info.trials.slice(i, i + TRIALS_PER_CHUNK)));
  }
  return { info: { ...info, trials: [] }, trialChunks, arrivedAt };
}

/**
 * Calls that need the list order. Building it takes a few hundred ms for a million sites, so the first such call
 * waits a moment: the map's first cluster request, sent right after the first filter answer, goes first.
 */
const LIST_METHODS = new Set(['rows', 'indexOf', 'leaves', 'exportSites']);
const FIRST_LIST_DELAY_MS = 150;

scope.onmessage = async ({ data: request }) => {
  try {
    if (LIST_METHODS.has(request.method) && !engine.listReady) {
      await new Promise((resolve) => setTimeout(resolve, FIRST_LIST_DELAY_MS));
    }
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
};
