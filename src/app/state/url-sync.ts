// Keeps the address bar and the store in step: a link opens its view; filter changes push history entries,
// map moves replace the current one; Back and Forward re-open them. Also words what a link's decoding ignored.
import { create } from 'zustand';
import { decodeViewState, encodeViewState, type KnownIds } from '../../core/url-codec/codec';
import { noticeKey, shownValue, type LinkNotice } from '../../core/url-codec/notices';
import type { ViewState } from '../../core/view-state';
import type { DatasetInfo, SiteEngine } from '../data/site-engine';
import { DatasetLoadError } from '../data/load-dataset';
import { useResults } from './results';
import { applyViewState, selectViewState, useAppStore, type AppState } from './store';

export interface LinkState {
  /** What the opened link asked for that could not be used (worded where shown). */
  notices: LinkNotice[];
  /** "Include my location" in links; off by default so a location never leaves the browser unasked. */
  includeLocation: boolean;
  dismissNotices: () => void;
  setIncludeLocation: (include: boolean) => void;
}

export const useLinkState = create<LinkState>()((set) => ({
  notices: [],
  includeLocation: false,
  dismissNotices: () => set({ notices: [] }),
  setIncludeLocation: (includeLocation) => set({ includeLocation }),
}));

/** Adds notices about the opened link, each said once. */
export function addLinkNotices(notices: readonly LinkNotice[]): void {
  useLinkState.setState((link) => {
    const all = new Map([...link.notices, ...notices].map((notice) => [noticeKey(notice), notice]));
    return { notices: [...all.values()] };
  });
}

/**
 * The shareable view of the store. The map position is written only once the person has moved the map:
 * until then the view fits the filtered sites, and a link without `map` fits them on any screen. A view
 * the app centred on a private location would give that location away, so it is left out as well.
 */
export function linkViewState(
  state: AppState,
  options: { includeLocation?: boolean; embed?: boolean } = {},
): ViewState {
  const view = selectViewState(state);
  const ownView = state.mapMoved && (options.includeLocation || !state.mapShowsNear);
  return {
    ...view,
    map: ownView ? view.map : null,
    near: options.includeLocation ? view.near : null,
    embed: options.embed ?? view.embed,
  };
}

/** The query string of the current view ("" for the default view). */
export function currentSearch(options: { includeLocation?: boolean; embed?: boolean } = {}): string {
  const { includeLocation } = useLinkState.getState();
  return encodeViewState(linkViewState(useAppStore.getState(), { includeLocation, ...options }));
}

/** A full link to the current view, for copying or for "Open full map". */
export function currentLink(
  location: Pick<Location, 'origin' | 'pathname'>,
  options: { includeLocation?: boolean; embed?: boolean } = {},
): string {
  return `${location.origin}${location.pathname}${currentSearch(options)}`;
}

/** The trials a view names: those of the filter, and the one whose details are open. */
function namedTrials(view: Pick<ViewState, 'trials' | 'details'>): string[] {
  return view.details === null ? view.trials : [...view.trials, view.details];
}

/**
 * What the dataset holds, to check a view's ids against. The trials stay with the engine (a registry has
 * 100,000), which is asked about those the view names; `view` is read again once it has answered.
 */
export async function knownIds(
  info: DatasetInfo,
  engine: Pick<SiteEngine, 'knownTrials'>,
  view: () => Pick<ViewState, 'trials' | 'details'>,
): Promise<KnownIds> {
  const asked = namedTrials(view());
  const trials = new Set(await engine.knownTrials(asked));
  // A trial chosen on the page while the engine answered is one of the dataset's.
  for (const id of namedTrials(view())) if (!asked.includes(id)) trials.add(id);
  return { trials, countries: new Set(info.countries), conditions: new Set(info.conditions.keys) };
}

/** Parts of the view whose change deserves its own history entry (the map and selection do not). */
function historyKey(view: ViewState, withQuery = true): string {
  const { trials, countries, statuses, phases, q, view: shown, dataset, near, place, radiusKm, embed } = view;
  const { conditions, age, sex } = view;
  return JSON.stringify([
    trials,
    countries,
    statuses,
    phases,
    conditions,
    age,
    sex,
    withQuery && q,
    shown,
    dataset,
    near,
    place,
    radiusKm,
    embed,
  ]);
}

/** Keystrokes closer together than this extend one history entry, so Back skips them. */
const TYPING_PAUSE_MS = 1500;

type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/**
 * Opens the view in the address bar, then keeps the address in step with the store. Call it before
 * connectEngine, so the dataset a link names is the first one loaded. Returns the function that stops it.
 */
export function startUrlSync(engine: SiteEngine, win: HistoryWindow = window): () => void {
  let validated = false;
  let lastView: ViewState | null = null;
  let applying = false;
  let lastQueryEdit = 0;

  const open = (search: string, startUp: boolean) => {
    const { state, ignored } = decodeViewState(search);
    // The language is the person's: stepping through history keeps the one in use.
    if (!startUp) state.lang = null;
    if (startUp) {
      useLinkState.setState({ notices: ignored });
      // A location that came in a link was shared on purpose: keep it in the address.
      if (state.near) useLinkState.setState({ includeLocation: true });
    } else if (!useLinkState.getState().includeLocation) {
      // The address leaves out a private location: stepping through history must not forget it. A place
      // chosen by name is in the address, so history brings back the one of each entry.
      const { near } = useAppStore.getState();
      if (!near?.place?.key) state.near = near && { lat: near.lat, lon: near.lon };
    }
    applying = true;
    applyViewState(state);
    applying = false;
    lastView = linkViewState(useAppStore.getState(), { includeLocation: true });
    const info = useResults.getState().info;
    if (info && useResults.getState().load.status === 'ready') void validate(info, startUp);
  };

  /** Drops ids the loaded dataset does not have, and says so when the link was just opened. */
  const validate = async (info: DatasetInfo, report: boolean) => {
    const shown = () => linkViewState(useAppStore.getState(), { includeLocation: true });
    const known = await knownIds(info, engine, shown);
    const view = shown();
    const { state, ignored } = decodeViewState(encodeViewState(view), known);
    // A site whose text could not be downloaded stays: it may well be there, and its details say why.
    const found = async (site: string) =>
      engine.site(site).then(
        (detail) => detail !== null,
        (error: unknown) => error instanceof DatasetLoadError,
      );
    if (state.site !== null && !(await found(state.site))) {
      ignored.push({ kind: 'not-in-dataset', param: 'site', values: [shownValue(state.site)], more: 0 });
      state.site = null;
    }
    if (encodeViewState(state) !== encodeViewState(view)) {
      applying = true;
      applyViewState(state);
      applying = false;
    }
    if (report && ignored.length) addLinkNotices(ignored);
    validated = true;
    write(true);
  };

  const write = (forceReplace = false) => {
    if (!validated || applying) return;
    const store = useAppStore.getState();
    const view = linkViewState(store, { includeLocation: true });
    const search = currentSearch();
    const { pathname, hash, search: shown } = win.location;
    const previous = lastView;
    lastView = view;
    if (search === shown) return;
    const url = `${pathname}${search}${hash}`;
    // Inside an iframe, pushing would add entries to the host page's history: embeds only replace.
    let push =
      !forceReplace && !store.embed && previous !== null && historyKey(previous) !== historyKey(view);
    if (push && previous && historyKey(previous, false) === historyKey(view, false)) {
      const now = Date.now();
      push = now - lastQueryEdit > TYPING_PAUSE_MS;
      lastQueryEdit = now;
    }
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const onPopState = () => open(win.location.search, false);

  open(win.location.search, true);
  const unsubscribeStore = useAppStore.subscribe(() => write());
  const unsubscribeLink = useLinkState.subscribe((link, previous) => {
    if (link.includeLocation !== previous.includeLocation) write(true);
  });
  const unsubscribeResults = useResults.subscribe((results, previous) => {
    const ready = results.load.status === 'ready' && results.info;
    if (ready && (previous.load.status !== 'ready' || previous.info !== results.info))
      void validate(results.info!, !validated);
    // A dataset that fails to load leaves the link as it was, so Retry or a reload opens the same view.
  });
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribeStore();
    unsubscribeLink();
    unsubscribeResults();
    win.removeEventListener('popstate', onPopState);
  };
}
