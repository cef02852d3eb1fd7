// `data:fetch` options → API v2 `/studies` query parameters, and the requests that page through a search.
import { TRIAL_STATUSES } from '../../core/dataset-enums';
import { CTGOV_FIELDS } from './ctgov-fields';

export const DEFAULT_API = 'https://clinicaltrials.gov/api/v2';
export const MAX_PAGE_SIZE = 1000;

export type SearchOptions = {
  cond?: string;
  intr?: string;
  term?: string;
  locn?: string;
  /** Comma-separated API statuses, e.g. RECRUITING,NOT_YET_RECRUITING. */
  status?: string;
  /** `LAT,LON,DISTANCE`, e.g. 52.52,13.405,100km. */
  near?: string;
  /** Comma-separated NCT ids. */
  ids?: string;
};

const GEO = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?(km|mi)?$/;
const NCT_ID = /^NCT\d{8}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The search as API parameters, keys sorted (this is what the manifest and the dataset record). */
export function searchQuery(options: SearchOptions): Record<string, string> {
  const query: Record<string, string> = {};
  const text = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') query[key] = value.trim();
  };
  text('query.cond', options.cond);
  text('query.intr', options.intr);
  text('query.term', options.term);
  text('query.locn', options.locn);
  if (options.status) {
    const statuses = list(options.status).map((status) => status.toUpperCase());
    const unknown = statuses.filter((status) => !(TRIAL_STATUSES as readonly string[]).includes(status));
    if (unknown.length > 0 || statuses.includes('UNKNOWN'))
      throw new Error(`--status: unknown status ${unknown.join(', ') || 'UNKNOWN'} (e.g. RECRUITING)`);
    query['filter.overallStatus'] = statuses.join(',');
  }
  if (options.near) {
    const near = options.near.replace(/\s+/g, '');
    if (!GEO.test(near)) throw new Error(`--near must be LAT,LON,DISTANCE such as 52.52,13.405,100km`);
    query['filter.geo'] = `distance(${near})`;
  }
  if (options.ids) {
    const ids = list(options.ids).map((id) => id.toUpperCase());
    const bad = ids.filter((id) => !NCT_ID.test(id));
    if (bad.length > 0) throw new Error(`--ids: not an NCT id: ${bad.join(', ')}`);
    query['filter.ids'] = ids.join(',');
  }
  return Object.fromEntries(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The search narrowed to studies whose last update was posted on or after day (YYYY-MM-DD). */
export function sinceQuery(query: Record<string, string>, day: string): Record<string, string> {
  if (!DAY.test(day) || Number.isNaN(Date.parse(day)))
    throw new Error(`--since must be YYYY-MM-DD, got "${day}"`);
  return { ...query, 'filter.advanced': `AREA[LastUpdatePostDate]RANGE[${day},MAX]` };
}

/** One page's URL: the first asks for the total count, the next ones carry the previous page's token. */
export function pageUrl(
  api: string,
  query: Record<string, string>,
  pageSize: number,
  pageToken: string | null,
): string {
  const url = new URL(`${api.replace(/\/+$/, '')}/studies`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  url.searchParams.set('fields', CTGOV_FIELDS.join(','));
  url.searchParams.set('pageSize', String(pageSize));
  if (pageToken === null) url.searchParams.set('countTotal', 'true');
  else url.searchParams.set('pageToken', pageToken);
  return url.toString();
}

function list(text: string): string[] {
  return text
    .split(/[,|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
