// What an export says about itself: the data date and the filters, in its file name and in its first row
// (CSV) or a foreign member (GeoJSON, RFC 7946 §6.1), so a saved file still tells what it holds and how old.
import { BOM, toCsv } from './csv';
import { encodeViewState } from '../url-codec/codec';
import { DEFAULT_VIEW_STATE, type Filters } from '../view-state';

export interface ExportContext {
  /** The data date (YYYY, YYYY-MM or YYYY-MM-DD); null when the dataset does not say. */
  dataDate: string | null;
  /** The filters as link parameters, e.g. `country=DE&status=enrolling`; empty for all sites. */
  filters: string;
  /** Where the data came from (a registry query), when known. */
  source: string | null;
}

/** The filters (and the near-me radius, never the location itself) as the link writes them. */
export function filterParameters(filters: Filters, radiusKm: number | null): string {
  const link = encodeViewState({ ...DEFAULT_VIEW_STATE, ...filters }).replace(/^\?/, '');
  const radius = radiusKm === null ? '' : `radius=${radiusKm}`;
  return [link, radius].filter(Boolean).join('&');
}

/** Up to three values as they are, more as a count: "DE-FR", "5-countries". */
function part(values: readonly string[], plural: string): string[] {
  if (values.length === 0) return [];
  return values.length <= 3 ? [values.join('-')] : [`${values.length}-${plural}`];
}

/** A file name that says what the file holds: `trial-atlas-sites-DE-enrolling-2026-03-12.csv`. */
export function exportFileName(
  what: 'sites' | 'coverage',
  filters: Filters,
  dataDate: string | null,
  extension: 'csv' | 'geojson',
): string {
  const parts = [
    'trial-atlas',
    what,
    ...part(filters.trials, 'trials'),
    ...part(filters.countries, 'countries'),
    ...part(filters.statuses, 'statuses'),
    ...part(
      filters.phases.map((phase) => phase.toLowerCase().replace('_', '')),
      'phases',
    ),
    ...(filters.q.trim() ? ['search'] : []),
    ...(dataDate ? [dataDate] : []),
  ];
  return `${parts.join('-').replace(/[^A-Za-z0-9-]+/g, '')}.${extension}`;
}

/** The words of the first row, in the language of the page that exports (English by default). */
export interface ContextWords {
  dataAsOf: (date: string) => string;
  dateUnknown: string;
  filters: (filters: string) => string;
  noFilters: string;
  source: (url: string) => string;
}

export const ENGLISH_CONTEXT_WORDS: ContextWords = {
  dataAsOf: (date) => `Data as of ${date}`,
  dateUnknown: 'Data date unknown',
  filters: (filters) => `Filters: ${filters}`,
  noFilters: 'Filters: none (all sites)',
  source: (url) => `Source: ${url}`,
};

function contextCells(context: ExportContext, words: ContextWords): string[] {
  return [
    context.dataDate ? words.dataAsOf(context.dataDate) : words.dateUnknown,
    context.filters ? words.filters(context.filters) : words.noFilters,
    ...(context.source ? [words.source(context.source)] : []),
  ];
}

/** A CSV document with a first row that gives the data date, the filters and the source. */
export function withCsvContext(
  csv: string,
  context: ExportContext,
  words: ContextWords = ENGLISH_CONTEXT_WORDS,
): string {
  const bom = csv.startsWith(BOM) ? BOM : '';
  return bom + toCsv(contextCells(context, words), [], { bom: false }) + csv.slice(bom.length);
}

/** A GeoJSON FeatureCollection's text with a `trialAtlas` member giving the data date, filters and source. */
export function withGeoJsonContext(geojson: string, context: ExportContext): string {
  const start = '{"type":"FeatureCollection",';
  if (!geojson.startsWith(start)) throw new Error('not a FeatureCollection written by the site export');
  const member = JSON.stringify({
    dataAsOf: context.dataDate,
    filters: context.filters,
    source: context.source,
  });
  return `${start}"trialAtlas":${member},${geojson.slice(start.length)}`;
}
