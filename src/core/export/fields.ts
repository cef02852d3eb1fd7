// The fields every export of sites carries, read from the site table (shared by CSV and GeoJSON).
import { countryName } from '../countries';
import { GEOCODE_METHODS, type GeocodeMethod } from '../dataset-enums';
import { siteDisplayName, siteStatus, type SiteTable } from '../site-table';
import { statusLabel } from '../status';

export interface SiteExportFields {
  siteId: string;
  trialId: string;
  nctId: string | null;
  /** The facility, or "Site 1106" when the source names the site only by its number. */
  facility: string;
  siteNumber: string | null;
  city: string;
  state: string | null;
  countryCode: string;
  country: string;
  /** Readable status, e.g. "Recruiting". */
  status: string;
  /** "site" when the source states the site's own status, "trial" when it is the trial's overall status. */
  statusSource: 'site' | 'trial';
  /** null when the site could not be geocoded. */
  latitude: number | null;
  longitude: number | null;
  geocodeMethod: GeocodeMethod;
}

export function siteExportFields(table: SiteTable, row: number): SiteExportFields {
  const trial = table.trials[table.trial[row] ?? 0];
  const code = table.countries[table.country[row] ?? 0] ?? '';
  const lat = table.lat[row] ?? Number.NaN;
  const lon = table.lon[row] ?? Number.NaN;
  const located = Number.isFinite(lat) && Number.isFinite(lon);
  return {
    siteId: table.ids[row] ?? '',
    trialId: trial?.id ?? '',
    nctId: trial?.nctId ?? null,
    facility: siteDisplayName(table, row),
    siteNumber: table.siteNumber[row] ?? null,
    city: table.cities[table.city[row] ?? 0] ?? '',
    state: table.state[row] ?? null,
    countryCode: code,
    country: countryName(code),
    status: statusLabel(siteStatus(table, row)),
    statusSource: table.inherited[row] === 1 ? 'trial' : 'site',
    latitude: located ? lat : null,
    longitude: located ? lon : null,
    geocodeMethod: GEOCODE_METHODS[table.geocodeMethod[row] ?? 3] ?? 'unresolved',
  };
}
