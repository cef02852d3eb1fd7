// Shareable links: ViewState <-> query string. Links are a public interface, so decoding accepts anything,
// keeps every valid part, and says in plain words what it ignored; it never throws.
import { LANGUAGES } from '../languages';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view-state';
import { canonicalViewState, formatNumber } from './canonical';
import { MAX_QUERY_LENGTH, MAX_RADIUS_KM, normalizeQuery, schemas } from './values';
import { readParams } from './params';
import { quote, readCodes, readConditions, readIds, readMap } from './readers';
import { MAX_PERSON_AGE } from '../eligibility';

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
  /** Human-readable notices, one per problem, in the order the parameters are read. */
  ignored: string[];
}

export function decodeViewState(search: string, known: KnownIds = {}): DecodedViewState {
  try {
    return decode(search, known);
  } catch {
    // Unreachable by design (every value is parsed with safeParse); kept so a link can never break the app.
    return { state: canonicalViewState(DEFAULT_VIEW_STATE), ignored: ['The link could not be read.'] };
  }
}

function decode(search: string, known: KnownIds): DecodedViewState {
  const params = readParams(search);
  const ignored: string[] = [];
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
    if (values.length > 1)
      ignored.push(`Used the first "${name}" parameter and ignored ${values.length - 1} more.`);
    return values[0];
  };

  const dataset = single('dataset');
  if (dataset !== undefined) {
    const parsed = schemas.dataset.safeParse(dataset);
    if (parsed.success) state.dataset = parsed.data.toLowerCase() === 'default' ? null : parsed.data;
    else ignored.push(`Ignored dataset name ${quote(dataset)} (letters, digits and dashes only).`);
  }

  state.trials = readIds(params.items('trial'), known.trials, true, 'trial', ignored);

  state.countries = readCodes(
    params.items('country', true),
    schemas.country,
    known.countries,
    'country code',
    ignored,
  );
  state.statuses = readCodes(params.items('status', true), schemas.status, undefined, 'status', ignored);
  state.phases = readCodes(params.items('phase', true), schemas.phase, undefined, 'phase', ignored);

  state.conditions = readConditions(params.items('condition'), known.conditions, ignored);

  const age = single('age');
  if (age !== undefined) {
    const parsed = schemas.age.safeParse(age);
    if (parsed.success) state.age = parsed.data;
    else ignored.push(`Ignored age ${quote(age)} (expected whole years, 0 to ${MAX_PERSON_AGE}).`);
  }

  const sex = single('sex');
  if (sex !== undefined) {
    const parsed = schemas.sex.safeParse(sex);
    if (parsed.success) state.sex = parsed.data;
    else ignored.push(`Ignored sex ${quote(sex)} (female or male).`);
  }

  const q = single('q');
  if (q !== undefined) {
    state.q = normalizeQuery(q);
    if (Array.from(q.trim()).length > MAX_QUERY_LENGTH)
      ignored.push(`Search text was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }

  const site = single('site');
  if (site !== undefined && site.trim() !== '') {
    const [id] = readIds([site], known.sites, false, 'site', ignored);
    state.site = id ?? null;
  }

  const details = single('details');
  if (details !== undefined && details.trim() !== '') {
    const [id] = readIds([details], known.trials, true, 'open trial', ignored);
    state.details = id ?? null;
  }

  state.map = readMap(single, ignored);

  const view = single('view');
  if (view !== undefined) {
    const parsed = schemas.view.safeParse(view);
    if (parsed.success) state.view = parsed.data;
    else ignored.push(`Ignored unknown view ${quote(view)}.`);
  }

  const place = single('place');
  if (place !== undefined) {
    const parsed = schemas.place.safeParse(place);
    if (parsed.success) state.place = parsed.data;
    else ignored.push(`Ignored place ${quote(place)} (expected a name and country such as naples-it).`);
  }

  const near = single('near');
  if (near !== undefined) {
    const parsed = schemas.near.safeParse(near);
    if (parsed.success) state.near = { lat: parsed.data[0], lon: parsed.data[1] };
    else ignored.push(`Ignored location ${quote(near)} (expected latitude,longitude).`);
  }

  const radius = single('radius');
  if (radius !== undefined) {
    const parsed = schemas.radius.safeParse(radius);
    if (!parsed.success) ignored.push(`Ignored radius ${quote(radius)} (expected kilometres above 0).`);
    else {
      if (parsed.data > MAX_RADIUS_KM)
        ignored.push(`Radius ${quote(radius)} km is beyond any place on Earth; used ${MAX_RADIUS_KM} km.`);
      state.radiusKm = parsed.data;
    }
  }

  const embed = single('embed');
  if (embed !== undefined) {
    const parsed = schemas.embed.safeParse(embed);
    if (parsed.success) state.embed = parsed.data;
    else ignored.push(`Ignored embed value ${quote(embed)} (expected 1 or 0).`);
  }

  const lang = single('lang');
  if (lang !== undefined) {
    const parsed = schemas.lang.safeParse(lang);
    if (parsed.success) state.lang = parsed.data;
    else ignored.push(`Ignored language ${quote(lang)} (one of ${LANGUAGES.join(', ')}).`);
  }

  for (const name of params.names()) {
    const read = (LINK_PARAMS as readonly string[]).includes(name) || MAP_ALIASES.includes(name);
    if (!read && !TRACKING.test(name)) ignored.push(`Ignored unknown parameter ${quote(name)}.`);
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
