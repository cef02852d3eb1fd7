// The one canonical form of a view state (sorted, deduplicated, clamped, rounded), so that a state and the
// link written from it always read back the same, and equal views give equal links.
import { conditionKey } from '../conditions';
import { PHASES, type Phase } from '../dataset-enums';
import { STATUS_GROUPS, type StatusGroup } from '../status';
import { VIEWS, type MapPosition, type ViewState } from '../view-state';
import {
  MAP_DECIMALS,
  MAX_LAT,
  MAX_RADIUS_KM,
  MAX_ZOOM,
  NEAR_DECIMALS,
  RADIUS_DECIMALS,
  ZOOM_DECIMALS,
  clampNumber,
  normalizeQuery,
  roundTo,
  schemas,
  wrapLongitude,
} from './values';

/** Plain decimal notation (rounded values never need an exponent). */
export function formatNumber(value: number): string {
  return String(value + 0);
}

function canonicalLongitude(lng: number, decimals: number): number {
  const rounded = roundTo(wrapLongitude(lng), decimals);
  return rounded >= 180 ? roundTo(rounded - 360, decimals) : rounded;
}

export function canonicalMap(position: MapPosition): MapPosition {
  return {
    zoom: roundTo(clampNumber(position.zoom, 0, MAX_ZOOM), ZOOM_DECIMALS),
    lat: roundTo(clampNumber(position.lat, -MAX_LAT, MAX_LAT), MAP_DECIMALS),
    lng: canonicalLongitude(position.lng, MAP_DECIMALS),
  };
}

function sortedUnique<T extends string>(values: readonly T[], order?: readonly T[]): T[] {
  const unique = [...new Set(values)];
  if (!order) return unique.sort();
  return unique.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function validIds(values: readonly string[]): string[] {
  return values.flatMap((value) => {
    const parsed = schemas.id.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

const finite = (value: number | undefined | null): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function canonicalViewState(state: ViewState): ViewState {
  const dataset = state.dataset !== null ? schemas.dataset.safeParse(state.dataset) : null;
  const site = state.site !== null ? schemas.id.safeParse(state.site) : null;
  const details = state.details !== null ? schemas.id.safeParse(state.details) : null;
  const place = state.place !== null ? schemas.place.safeParse(state.place) : null;
  const map = state.map;
  const near = state.near;
  return {
    dataset: dataset?.success && dataset.data.toLowerCase() !== 'default' ? dataset.data : null,
    trials: sortedUnique(validIds(state.trials)),
    countries: sortedUnique(
      state.countries.map((code) => code.toUpperCase()).filter((code) => /^[A-Z]{2}$/.test(code)),
    ),
    statuses: sortedUnique<StatusGroup>(
      state.statuses.filter((group) => STATUS_GROUPS.includes(group)),
      STATUS_GROUPS,
    ),
    phases: sortedUnique<Phase>(
      state.phases.filter((phase) => PHASES.includes(phase)),
      PHASES,
    ),
    q: normalizeQuery(state.q),
    conditions: sortedUnique(state.conditions.map(conditionKey).filter((key) => key !== '')),
    age: schemas.age.safeParse(String(state.age)).success ? state.age : null,
    sex: state.sex !== null && schemas.sex.safeParse(state.sex).success ? state.sex : null,
    site: site?.success ? site.data : null,
    details: details?.success ? details.data : null,
    map: map && finite(map.zoom) && finite(map.lat) && finite(map.lng) ? canonicalMap(map) : null,
    view: VIEWS.includes(state.view) ? state.view : 'map',
    // A named place says where, exactly as it was shown: its coordinates would only repeat it.
    near:
      !place?.success && near && finite(near.lat) && finite(near.lon) && Math.abs(near.lat) <= 90
        ? { lat: roundTo(near.lat, NEAR_DECIMALS), lon: canonicalLongitude(near.lon, NEAR_DECIMALS) }
        : null,
    place: place?.success ? place.data : null,
    radiusKm:
      finite(state.radiusKm) && state.radiusKm > 0
        ? Math.max(roundTo(Math.min(state.radiusKm, MAX_RADIUS_KM), RADIUS_DECIMALS), 10 ** -RADIUS_DECIMALS)
        : null,
    embed: state.embed === true,
    lang: state.lang !== null && schemas.lang.safeParse(state.lang).success ? state.lang : null,
  };
}
