// CSV as spreadsheets expect it: RFC 4180 (CRLF, doubled quotes), UTF-8 with a byte-order mark, and text
// that would start a formula neutralised (CSV injection, see OWASP).
import { siteExportFields } from './fields';
import type { SiteTable } from '../site-table';

export type CsvCell = string | number | null;

/** Makes Excel read the file as UTF-8 instead of the system code page. */
export const BOM = '\uFEFF';

// A formula character, also in its full-width and small forms, which spreadsheets read as the ASCII one;
// spreadsheets also skip leading spaces (plain, non-breaking, zero-width), line ends and tabs before it.
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]|^[\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell. Numbers are written as numbers (so -3.7 stays a number); text that could start a formula gets a leading apostrophe. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document: header row, then rows, each line ending in CRLF, prefixed with the BOM
 * (pass `{ bom: false }` for text that is not saved as a file).
 */
export function toCsv(header: string[], rows: CsvCell[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`);
  return (options.bom === false ? '' : BOM) + lines.join('');
}

export const SITE_CSV_HEADER = [
  'Trial ID',
  'NCT ID',
  'Facility',
  'Site number',
  'City',
  'State',
  'Country code',
  'Country',
  'Status',
  'Status source',
  'Latitude',
  'Longitude',
  'Geocode method',
  'Site ID',
];

/** The given rows of the site table (e.g. the filtered ones), in that order. */
export function sitesToCsv(table: SiteTable, rows: Uint32Array): string {
  const records: CsvCell[][] = new Array<CsvCell[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const f = siteExportFields(table, rows[i] ?? 0);
    records[i] = [
      f.trialId,
      f.nctId,
      f.facility,
      f.siteNumber,
      f.city,
      f.state,
      f.countryCode,
      f.country,
      f.status,
      f.statusSource,
      f.latitude,
      f.longitude,
      f.geocodeMethod,
      f.siteId,
    ];
  }
  return toCsv(SITE_CSV_HEADER, records);
}
