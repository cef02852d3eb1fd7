// What the engine derived from the store's inputs: dataset info, the filter summary, load progress. Kept apart
// from the input store on purpose: links and actions never write here; only connectEngine does.
import { create } from 'zustand';
import type { Overview } from '../../core/overview/format';
import type { Dataset } from '../../core/schema';
import { fetchOverview } from '../data/fetch-sites';
import { DatasetLoadError, type LoadErrorKind } from '../data/load-dataset';
import type { DatasetInfo, FilterSummary, Progress, SiteEngine } from '../data/site-engine';
import { activeFilterCount } from './filters-slice';
import { useAppStore } from './store';

export type LoadState =
  | { status: 'loading'; name: string; progress?: Progress }
  | { status: 'ready'; name: string }
  | { status: 'error'; name: string; kind: LoadErrorKind | 'unexpected'; message: string };

export interface Results {
  load: LoadState;
  info: DatasetInfo | null;
  /** The dataset's overview while its sites download (the map paints it first); null once they are filtered. */
  overview: Overview | null;
  /**
   * The overview of the dataset the page opens with is on its way, fetched beside the language's messages: the
   * first screen waits for it (up to FIRST_OVERVIEW_WAIT_MS), so that it is drawn whole, in one paint.
   */
  firstOverviewPending: boolean;
  summary: FilterSummary | null;
  /** Bumped whenever the filtered set changes, so the map and the list fetch again. */
  generation: number;
  /** Why the map's markers could not be drawn (the engine failed to answer); null while they can. */
  mapError: string | null;
  /** No street tile could be drawn (offline, or the tile server down): the map shows its own countries and towns. */
  streetMapOffline: boolean;
}

const INITIAL: Results = {
  load: { status: 'loading', name: 'default' },
  info: null,
  overview: null,
  firstOverviewPending: false,
  summary: null,
  generation: 0,
  mapError: null,
  streetMapOffline: false,
};

export const useResults = create<Results>()(() => INITIAL);

/** Forget every result (a new app instance, e.g. in tests). */
export function resetResults(): void {
  useResults.setState(INITIAL, true);
}

/** The map's last marker request failed (with the error) or succeeded (null). */
export function reportMapError(error: unknown): void {
  const mapError = error === null ? null : error instanceof Error ? error.message : String(error);
  if (useResults.getState().mapError !== mapError) useResults.setState({ mapError });
}

/** Whether the street map's tiles are out of reach (true) or drawn or not yet tried (false). */
export function reportStreetMapOffline(offline: boolean): void {
  if (useResults.getState().streetMapOffline !== offline) useResults.setState({ streetMapOffline: offline });
}

const PROGRESS_EVERY_MS = 250;

/** How long after the start the first screen waits for an overview that has not come (a slow or stalled link). */
const FIRST_OVERVIEW_WAIT_MS = 500;

export type DatasetLoader = (name: string) => Promise<Dataset>;
export type OverviewLoader = (name: string) => Promise<Overview | null>;

/**
 * The overview to draw: while the sites download and the view asks for all of them (no filter, no radius; a
 * link's filters wait for the sites). Null otherwise.
 */
export function useOverview(): Overview | null {
  const overview = useResults((r) => (r.generation === 0 ? r.overview : null));
  const unfiltered = useAppStore(
    (s) => (s.near === null || s.radiusKm === null) && activeFilterCount(s.filters) === 0,
  );
  return unfiltered ? overview : null;
}

/**
 * Feeds the engine from the store: loads the dataset named in the store (again on Retry or when the name
 * changes) and re-filters on every filter change. Returns the function that disconnects it, and `retry`.
 */
export function connectEngine(
  engine: SiteEngine,
  loader?: DatasetLoader,
  overviewLoader: OverviewLoader | undefined = loader ? undefined : fetchOverview,
) {
  let sequence = 0;
  let active = true;
  let first = true;
  const stopWaitingForOverview = () => {
    if (useResults.getState().firstOverviewPending) useResults.setState({ firstOverviewPending: false });
  };

  const refilter = async () => {
    if (useResults.getState().load.status !== 'ready') return; // open() filters once loaded
    const ticket = ++sequence;
    const { filters, near, radiusKm, language } = useAppStore.getState();
    const nearFilter = near && { lat: near.lat, lon: near.lon, radiusKm };
    let summary: FilterSummary;
    try {
      summary = await engine.setFilters(filters, nearFilter, language);
    } catch (error) {
      // A search and near-me read the sites' text, downloaded after the sites: without it they cannot be
      // answered, which the page says as it says a failed load, with Retry.
      if (active && ticket === sequence) failed(useAppStore.getState().datasetName ?? 'default', error);
      return;
    }
    if (!active || ticket !== sequence) return; // a newer filter change has superseded this one
    useResults.setState((results) => ({ summary, overview: null, generation: results.generation + 1 }));
  };

  const failed = (name: string, error: unknown) => {
    const kind = error instanceof DatasetLoadError ? error.kind : 'unexpected';
    useResults.setState({
      load: { status: 'error', name, kind, message: (error as Error).message },
      firstOverviewPending: false,
    });
  };

  const open = async () => {
    const name = useAppStore.getState().datasetName ?? 'default';
    const ticket = ++sequence;
    const waiting = first && Boolean(overviewLoader);
    first = false;
    useResults.setState({
      load: { status: 'loading', name },
      info: null,
      overview: null,
      summary: null,
      ...(waiting && { firstOverviewPending: true }),
    });
    const wait = waiting ? setTimeout(stopWaitingForOverview, FIRST_OVERVIEW_WAIT_MS) : undefined;
    // The overview is small and comes first: the map paints it while the engine downloads the sites.
    void overviewLoader?.(name)
      .catch(() => null)
      .then((overview) => {
        clearTimeout(wait);
        const { load } = useResults.getState();
        if (overview && active && ticket === sequence && load.status === 'loading')
          useResults.setState({ overview, firstOverviewPending: false });
        else stopWaitingForOverview();
      });
    // The download's progress, asked of the engine while it fetches (a million sites are tens of megabytes).
    const following = loader ? null : setInterval(() => void showProgress(name, ticket), PROGRESS_EVERY_MS);
    try {
      // The engine fetches by name (off this thread in the worker), unless a test gives a loader.
      // A registry's 100,000 trials stay with the engine: each filter summary brings those the page draws.
      const info = loader ? await engine.load(await loader(name)) : await engine.loadNamed(name);
      if (!active || ticket !== sequence) return;
      useResults.setState({ info, load: { status: 'ready', name }, firstOverviewPending: false });
      await refilter();
    } catch (error) {
      if (!active || ticket !== sequence) return;
      failed(name, error);
    } finally {
      if (following !== null) clearInterval(following);
    }
  };

  const showProgress = async (name: string, ticket: number) => {
    const progress = await engine.loadProgress().catch(() => null);
    const { load } = useResults.getState();
    if (!progress || !active || ticket !== sequence || load.status !== 'loading') return;
    useResults.setState({ load: { status: 'loading', name, progress } });
  };

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.datasetName !== previous.datasetName) void open();
    else if (
      state.filters !== previous.filters ||
      state.near !== previous.near ||
      // The list sorts by the country names of the language shown.
      state.language !== previous.language ||
      (state.near && state.radiusKm !== previous.radiusKm)
    )
      void refilter();
  });
  void open();
  return {
    retry: () => void open(),
    disconnect: () => {
      active = false;
      unsubscribe();
    },
  };
}
