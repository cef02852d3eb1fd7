// Shareable links: ViewState <-> query string. Links are a public interface, so decoding accepts anything,
// keeps every valid part, and notes what it ignored (notices.ts); it never throws.
import { DEFAULT_VIEW_STATE, type ViewState } from '../view-state';
import { canonicalViewState, formatNumber } from './canonical';
import { MAX_QUERY_LENGTH, MAX_RADIUS_KM, normalizeQuery, schemas } from './values';
import { readParams } from './params';
import { shownValue, type InvalidParam, type LinkNotice } from './notices';
import { readCodes, readConditions, readIds, readMap } from './readers';

export { canonicalViewState } from './canonical';

/** The link's parameters, in the order links are written. */
export const LINK_PARAMS = [
  'dataset',
  'trial',
  'country',
  'status',
  'phase',
  'condition',
  'age',
  'sex',
  'q',
  'site',
  'details',
  'map',
  'view',
  'place',
  'near',
  'radius',
  'embed',
  'lang',
] as const;

/** Also read when `map` is absent, because people write them by hand. */
const MAP_ALIASES = ['zoom', 'lat', 'lng', 'lon'];
/** Added by mail and social sites; not worth a notice. */
const TRACKING = /^(utm_.*|fbclid|gclid|msclkid|mc_.*|ref)$/;

export interface KnownIds {
  trials?: ReadonlySet<string>;
  countries?: ReadonlySet<string>;
  sites?: { has(id: string): boolean };
  /** Folded condition keys. */
  conditions?: ReadonlySet<string>;
}

export interface DecodedViewState {
  state: ViewState;
  /** One notice per problem, in the order the parameters are read. */
  ignored: LinkNotice[];
}

export function decodeViewState(search: string, known: KnownIds = {}): DecodedViewState {
  try {
    return decode(search, known);
  } catch {
    // Unreachable by design (every value is parsed with safeParse); kept so a link can never break the app.
    return { state: canonicalViewState(DEFAULT_VIEW_STATE), ignored: [{ kind: 'unreadable' }] };
  }
}

function decode(search: string, known: KnownIds): DecodedViewState {
  const params = readParams(search);
  const ignored: LinkNotice[] = [];
  const invalid = (param: InvalidParam, value: string) =>
    ignored.push({ kind: 'invalid', param, value: shownValue(value) });
  const state: ViewState = {
    ...DEFAULT_VIEW_STATE,
    trials: [],
    countries: [],
    statuses: [],
    phases: [],
    conditions: [],
  };

  /** The first value of a parameter that must appear once; later ones are noted and dropped. */
  const single = (name: string): string | undefined => {
    const values = params.get(name);
    if (!values) return undefined;
    if (values.length > 1) ignored.push({ kind: 'repeated', param: name, extra: values.length - 1 });
    return values[0];
  };

  const dataset = single('dataset');
  if (dataset !== undefined) {
    const parsed = schemas.dataset.safeParse(dataset);
    if (parsed.success) state.dataset = parsed.data.toLowerCase() === 'default' ? null : parsed.data;
    else invalid('dataset', dataset);
  }

  state.trials = readIds(params.items('trial'), known.trials, true, 'trial', ignored);

  state.countries = readCodes(
    params.items('country', true),
    schemas.country,
    known.countries,
    'country',
    ignored,
  );
  state.statuses = readCodes(params.items('status', true), schemas.status, undefined, 'status', ignored);
  state.phases = readCodes(params.items('phase', true), schemas.phase, undefined, 'phase', ignored);

  state.conditions = readConditions(params.items('condition'), known.conditions, ignored);

  const age = single('age');
  if (age !== undefined) {
    const parsed = schemas.age.safeParse(age);
    if (parsed.success) state.age = parsed.data;
    else invalid('age', age);
  }

  const sex = single('sex');
  if (sex !== undefined) {
    const parsed = schemas.sex.safeParse(sex);
    if (parsed.success) state.sex = parsed.data;
    else invalid('sex', sex);
  }

  const q = single('q');
  if (q !== undefined) {
    state.q = normalizeQuery(q);
    if (Array.from(q.trim()).length > MAX_QUERY_LENGTH)
      ignored.push({ kind: 'query-cut', max: MAX_QUERY_LENGTH });
  }

  const site = single('site');
  if (site !== undefined && site.trim() !== '') {
    const [id] = readIds([site], known.sites, false, 'site', ignored);
    state.site = id ?? null;
  }

  const details = single('details');
  if (details !== undefined && details.trim() !== '') {
    const [id] = readIds([details], known.trials, true, 'details', ignored);
    state.details = id ?? null;
  }

  state.map = readMap(single, ignored);

  const view = single('view');
  if (view !== undefined) {
    const parsed = schemas.view.safeParse(view);
    if (parsed.success) state.view = parsed.data;
    else invalid('view', view);
  }

  const place = single('place');
  if (place !== undefined) {
    const parsed = schemas.place.safeParse(place);
    if (parsed.success) state.place = parsed.data;
    else invalid('place', place);
  }

  const near = single('near');
  if (near !== undefined) {
    const parsed = schemas.near.safeParse(near);
    if (parsed.success) state.near = { lat: parsed.data[0], lon: parsed.data[1] };
    else invalid('near', near);
  }

  const radius = single('radius');
  if (radius !== undefined) {
    const parsed = schemas.radius.safeParse(radius);
    if (!parsed.success) invalid('radius', radius);
    else {
      if (parsed.data > MAX_RADIUS_KM)
        ignored.push({
          kind: 'out-of-range',
          param: 'radius',
          value: shownValue(radius),
          used: formatNumber(MAX_RADIUS_KM),
        });
      state.radiusKm = parsed.data;
    }
  }

  const embed = single('embed');
  if (embed !== undefined) {
    const parsed = schemas.embed.safeParse(embed);
    if (parsed.success) state.embed = parsed.data;
    else invalid('embed', embed);
  }

  const lang = single('lang');
  if (lang !== undefined) {
    const parsed = schemas.lang.safeParse(lang);
    if (parsed.success) state.lang = parsed.data;
    else invalid('lang', lang);
  }

  for (const name of params.names()) {
    const read = (LINK_PARAMS as readonly string[]).includes(name) || MAP_ALIASES.includes(name);
    if (!read && !TRACKING.test(name)) ignored.push({ kind: 'unknown-param', value: shownValue(name) });
  }

  return { state: canonicalViewState(state), ignored };
}

/** The query string for a view state, with a leading "?"; "" for the default view. */
export function encodeViewState(input: ViewState): string {
  const state = canonicalViewState(input);
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.dataset) add('dataset', state.dataset);
  if (state.trials.length) add('trial', state.trials.map(escapeValue).join(','));
  if (state.countries.length) add('country', state.countries.join(','));
  if (state.statuses.length) add('status', state.statuses.join(','));
  if (state.phases.length) add('phase', state.phases.join(','));
  if (state.conditions.length) add('condition', state.conditions.map(escapeValue).join(','));
  if (state.age !== null) add('age', formatNumber(state.age));
  if (state.sex) add('sex', state.sex);
  if (state.q) add('q', escapeValue(state.q));
  if (state.site) add('site', escapeValue(state.site));
  if (state.details) add('details', escapeValue(state.details));
  if (state.map) {
    const { zoom, lat, lng } = state.map;
    add('map', [zoom, lat, lng].map(formatNumber).join('/'));
  }
  if (state.view !== 'map') add('view', state.view);
  if (state.place) add('place', state.place);
  if (state.near) add('near', `${formatNumber(state.near.lat)},${formatNumber(state.near.lon)}`);
  if (state.radiusKm !== null) add('radius', formatNumber(state.radiusKm));
  if (state.embed) add('embed', '1');
  if (state.lang) add('lang', state.lang);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Percent-encodes everything but letters, digits and -_.~ (so links survive mail and chat), space as "+". */
function escapeValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
