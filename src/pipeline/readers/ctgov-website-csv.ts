// Reads the CSV that ClinicalTrials.gov's website downloads for a search (one row per study; `Locations` as
// "Facility, City, State, Zip, Country|…").
import { parse } from 'csv-parse/sync';
import { AGE_GROUPS, type Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError } from '../source-error';
import { adminNames } from '../admin-names';
import { countryCode, siteCountry } from './country-code';
import { parseDate, parsePhases, parseSex, parseStatus, roleKey, splitSiteNumber } from './normalize';
import type { SourceSite, SourceStudy } from './source-study';

const REQUIRED = ['NCT Number', 'Study Title', 'Study Status', 'Locations'];

export function looksLikeCtgovWebsiteCsv(text: string): boolean {
  const header = text.slice(0, text.indexOf('\n') >>> 0);
  return REQUIRED.every((column) => header.includes(column));
}

type Row = Record<string, string | undefined>;

export function readCtgovWebsiteCsv(text: string, file: string): SourceStudy[] {
  let rows: { record: Row; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, info: true, bom: true, relax_column_count: false }) as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new SourceError(file, line, `invalid CSV: ${(error as Error).message}`);
  }
  let previousEnd = 1;
  return rows.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return readRow(record, file, line);
  });
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);

function readRow(row: Row, file: string, line: number): SourceStudy {
  const title = row['Study Title']?.trim();
  if (!title) throw new SourceError(file, line, 'study has no "Study Title"');
  const nctText = row['NCT Number']?.trim() ?? '';
  const nctId = /^NCT\d{8}$/.test(nctText) ? nctText : null;
  const status = parseStatus(row['Study Status'] ?? '') ?? 'UNKNOWN';
  const enrollment = row['Enrollment']?.trim();
  const ages = (row['Age'] ?? '').split(',').map((age) => age.trim());
  const trial: Trial = {
    id: nctId ?? slugify(title),
    nctId,
    orgStudyIds: list(row['Other IDs']).slice(0, 1),
    title,
    overallStatus: status,
    phases: list(row['Phases']).flatMap((phase) =>
      phase === 'NA' ? ['NA' as const] : (parsePhases(phase) ?? []),
    ),
    enrollment:
      enrollment && /^\d+$/.test(enrollment) ? { count: Number(enrollment), type: 'UNKNOWN' } : null,
    sponsor: row['Sponsor']?.trim() || null,
    collaborators: list(row['Collaborators']),
    overallOfficials: [],
    centralContacts: [],
    conditions: list(row['Conditions']),
    interventions: list(row['Interventions']).map((intervention) => {
      const typed = /^([A-Z_]+): (.+)$/.exec(intervention);
      return typed
        ? { name: typed[2] ?? intervention, type: roleKey(typed[1] ?? ''), otherNames: [] }
        : { name: intervention, type: null, otherNames: [] };
    }),
    minimumAge: null,
    maximumAge: null,
    sex: parseSex(row['Sex'] ?? ''),
    stdAges: AGE_GROUPS.filter((group) => ages.includes(group)),
    healthyVolunteers: null,
    studyType: row['Study Type']?.trim() || null,
    keywords: [],
    startDate: parseDate(row['Start Date'] ?? ''),
    primaryCompletionDate: parseDate(row['Primary Completion Date'] ?? ''),
    completionDate: parseDate(row['Completion Date'] ?? ''),
    lastUpdatePosted: parseDate(row['Last Update Posted'] ?? ''),
    statusVerifiedDate: null,
    summary: null,
    results: null,
    sitesListed: false,
    source: { file, kind: 'ctgov-website-csv' },
  };
  const sites = list(row['Locations']).map((location) => readLocation(location, status, line));
  trial.sitesListed = sites.length > 0;
  return { trial, sites };
}

// A postal code: capitals, digits, spaces and dashes, with two digits at least ("92120", "SW1A 1AA", "C1063ACV");
// "Praha 2" is a city.
const POSTAL_CODE = /^(?=(?:.*\d){2})[A-Z0-9][A-Z0-9 -]*$/;
// The end of a company's name, which a comma can part from the rest ("SK Chemicals Co., Ltd.").
const COMPANY_SUFFIX =
  /^(ltd|inc|llc|co|corp|gmbh|ag|s\.?a|s\.?p\.?a|s\.?r\.?l|b\.?v|p\.?c|m\.?d|ph\.?d)\.?$/i;

/**
 * "Facility, City, State, Zip, Country": the facility may itself hold commas and the state and zip may be
 * missing, so the parts are taken from the end: the country, a zip (it has a digit), a state the country
 * is known to have, the city, and the facility is what is left.
 */
function readLocation(location: string, overall: Trial['overallStatus'], line: number): SourceSite {
  const parts = location.split(',').map((part) => part.trim());
  // Some country names hold a comma themselves: "Korea, Republic of".
  const lastTwo = parts.slice(-2).join(', ');
  const countryText = parts.length > 2 && countryCode(lastTwo) !== null ? lastTwo : (parts.at(-1) ?? '');
  parts.splice(parts.length - (countryText === lastTwo ? 2 : 1));
  const country = siteCountry(countryText);
  const zip = parts.length > 1 && POSTAL_CODE.test(parts.at(-1) ?? '') ? (parts.pop() ?? null) : null;
  const maybeState = parts.at(-1);
  const state =
    maybeState !== undefined &&
    parts.length > 2 &&
    !COMPANY_SUFFIX.test(parts.at(-2) ?? '') &&
    adminNames().admin1(country, maybeState) !== null
      ? (parts.pop() ?? null)
      : null;
  const city = parts.pop() ?? '';
  const facility = parts.join(', ') || null;
  return {
    ...splitSiteNumber(facility),
    city,
    state,
    zip,
    country,
    countryText,
    status: overall,
    statusSource: 'trial',
    sourceLine: line,
    geoPoint: null,
    contacts: [],
  };
}
