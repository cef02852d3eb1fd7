// SiteEngine on the main thread that forwards every call to the site worker (site-worker.ts), where the
// filtering, counting, clustering and nearest-site work runs over typed arrays.
import type { Dataset } from '../../core/schema';
import type { Filters } from '../../core/view-state';
import { DatasetLoadError } from './load-dataset';
import { DeferredSiteEngine } from './deferred-site-engine';
import type {
  DatasetInfo,
  FilterSummary,
  MapMarker,
  NearestRequest,
  NearestResult,
  NearFilter,
  SiteDetail,
  SiteEngine,
  SiteSummary,
  TrialDetail,
  TrialInfo,
} from './site-engine';
import type { NamedLoad, WorkerReply, WorkerRequest } from './site-worker-protocol';

/** Yields to the event loop for one task (a message, not setTimeout, whose nested calls wait 4 ms each). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class WorkerSiteEngine implements SiteEngine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private painted = false;
  private filtersChanged = false;

  constructor(worker?: Worker) {
    this.worker = worker ?? new Worker(new URL('./site-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      const pending = this.pending.get(data.id);
      if (!pending) return;
      this.pending.delete(data.id);
      if (data.ok) pending.resolve(data.result);
      else if (data.error.kind) pending.reject(new DatasetLoadError(data.error.kind, data.error.message));
      else pending.reject(new Error(data.error.message));
    };
    this.worker.onerror = (event) => {
      const error = new Error(`The site worker failed: ${event.message}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
  }

  private call<T>(method: WorkerRequest['method'], ...args: unknown[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } as WorkerRequest);
    });
  }

  /** Lets the worker fetch and decode the named dataset (sites.bin when published, else dataset.json). */
  async loadNamed(name: string): Promise<DatasetInfo> {
    const { info, trialChunks, arrivedAt } = await this.call<NamedLoad>('loadNamed', name);
    // For the benchmark: when the bytes arrived, on this thread's timeline.
    performance.mark('ta:dataset-arrived', { startTime: Math.max(0, arrivedAt - performance.timeOrigin) });
    const trials: TrialInfo[] = [];
    for (const chunk of trialChunks) {
      // One slice per task, so the page stays responsive while 100,000 trials arrive.
      if (trials.length > 0) await nextTask();
      for (const trial of JSON.parse(chunk) as TrialInfo[]) trials.push(trial);
    }
    return { ...info, trials };
  }

  /**
   * Marks the benchmark's paint points: the first frame after the first markers, and after each filter change's
   * markers (two frames: React renders the answer in a task, the next frame paints it).
   */
  private markPaint(name: 'ta:first-cluster-paint' | 'ta:filter-applied'): void {
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
  }

  load(dataset: Dataset): Promise<DatasetInfo> {
    return this.call('load', dataset);
  }
  setFilters(filters: Filters, near?: NearFilter | null): Promise<FilterSummary> {
    this.filtersChanged = true;
    return this.call('setFilters', filters, near);
  }
  async clusters(bbox: [number, number, number, number], zoom: number): Promise<MapMarker[]> {
    const markers = await this.call<MapMarker[]>('clusters', bbox, zoom);
    if (markers.length > 0 && !this.painted) {
      this.painted = true;
      this.markPaint('ta:first-cluster-paint');
    } else if (this.filtersChanged && this.painted) this.markPaint('ta:filter-applied');
    this.filtersChanged = false;
    return markers;
  }
  expansionZoom(markerId: number): Promise<number> {
    return this.call('expansionZoom', markerId);
  }
  leaves(markerId: number, limit: number): Promise<SiteSummary[]> {
    return this.call('leaves', markerId, limit);
  }
  rows(offset: number, limit: number): Promise<SiteSummary[]> {
    return this.call('rows', offset, limit);
  }
  indexOf(siteId: string): Promise<number> {
    return this.call('indexOf', siteId);
  }
  site(siteId: string): Promise<SiteDetail | null> {
    return this.call('site', siteId);
  }
  trial(trialId: string): Promise<TrialDetail | null> {
    return this.call('trial', trialId);
  }
  nearest(request: NearestRequest): Promise<NearestResult> {
    return this.call('nearest', request);
  }
  exportSites(format: 'csv' | 'geojson'): Promise<string> {
    return this.call('exportSites', format);
  }
}

/** The worker engine where the platform has workers; the in-thread engine elsewhere (jsdom tests). */
export function createSiteEngine(): SiteEngine {
  const engine = typeof Worker === 'undefined' ? new DeferredSiteEngine() : new WorkerSiteEngine();
  // The benchmark driver (bench/measure.ts) sets __taBench before the app starts, to time nearest-site queries.
  const scope = globalThis as { __taBench?: boolean; __taEngine?: SiteEngine };
  if (scope.__taBench) scope.__taEngine = engine;
  return engine;
}
