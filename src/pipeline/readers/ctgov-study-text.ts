// Reads a ClinicalTrials.gov study page saved as text (headings, then values on the following lines).
import type { Intervention, Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError } from '../source-error';
import { siteCountry } from './country-code';
import { readInvestigators, readOrgStudyIds, readSponsors } from './ctgov-study-text-blocks';
import {
  ageGroups,
  parseDate,
  parsePhases,
  parseSex,
  parseStatus,
  roleKey,
  splitSiteNumber,
} from './normalize';
import type { SourceSite, SourceStudy } from './source-study';
import { nonEmptyLines, splitSections, type Line, type Section } from './text-lines';

// Headings whose first line is the page's own one-sentence explanation of the section.
const DESCRIBED = [
  'Basic Information',
  'Brief Summary',
  'Detailed Description',
  'Conditions',
  'Study Design',
  'Study Groups',
  'Interventions',
  'Other Intervention Names',
  'Eligibility Criteria',
  'Sponsors',
  'Collaborators',
  'Responsible Party',
  'Principal Investigators',
  'Locations',
  'Countries',
  'References',
  'Other Identifiers',
  'More Related Trials',
];
const PLAIN = [
  'Study Results',
  'Recruitment Status',
  'Clinical Phase',
  'Total Enrollment',
  'Study Classification',
  'Study Start Date',
  'Study Completion Date',
  'Allocation Method',
  'Intervention Model',
  'Primary Study Purpose',
  'Blinding Strategy',
  'Inclusion Criteria',
  'Exclusion Criteria',
  'Minimum Eligible Age',
  'Maximum Eligible Age',
  'Eligible Sex',
  'Accepts Healthy Volunteers',
];
const HEADINGS = new Set([...DESCRIBED, ...PLAIN]);

export function looksLikeCtgovStudyText(text: string): boolean {
  return /^NCT ID: NCT\d{8}\s*$/m.test(text) && /^Recruitment Status\s*$/m.test(text);
}

export function readCtgovStudyText(text: string, file: string): SourceStudy[] {
  const lines = nonEmptyLines(text);
  const titleLine = lines[0];
  if (!titleLine) throw new SourceError(file, 1, 'empty study page');
  const nctId = lines.map((line) => /^NCT ID: (NCT\d{8})$/.exec(line.text)?.[1]).find(Boolean) ?? null;
  const sections = splitSections(lines, HEADINGS);
  const body = (heading: string): Line[] => {
    const found = sections.filter((section) => section.heading.text === heading);
    return found.flatMap((section) => contentOf(section));
  };
  const first = (heading: string): Line | null => body(heading)[0] ?? null;
  const parsed = <T>(heading: string, parse: (text: string) => T | null, what: string): T | null => {
    const line = first(heading);
    if (!line) return null;
    const value = parse(line.text);
    if (value === null) throw new SourceError(file, line.number, `${heading}: not a ${what}: "${line.text}"`);
    return value;
  };
  const sponsors = readSponsors(body('Sponsors'));
  const overallStatus = parsed('Recruitment Status', parseStatus, 'recruitment status') ?? 'UNKNOWN';
  const trial: Trial = {
    id: nctId ?? slugify(titleLine.text),
    nctId,
    orgStudyIds: readOrgStudyIds(body('Other Identifiers')),
    title: titleLine.text,
    overallStatus,
    phases: parsed('Clinical Phase', parsePhases, 'phase') ?? [],
    enrollment: parsed('Total Enrollment', parseEnrollment, 'participant count'),
    sponsor: sponsors.lead,
    collaborators: [...sponsors.others, ...body('Collaborators').map((line) => line.text)],
    overallOfficials: readInvestigators(body('Principal Investigators')),
    centralContacts: [],
    conditions: body('Conditions').map((line) => line.text),
    interventions: readInterventions(sections),
    minimumAge: first('Minimum Eligible Age')?.text ?? null,
    maximumAge: first('Maximum Eligible Age')?.text ?? null,
    sex: parsed('Eligible Sex', parseSex, 'sex'),
    stdAges: ageGroups(
      first('Minimum Eligible Age')?.text ?? null,
      first('Maximum Eligible Age')?.text ?? null,
    ),
    healthyVolunteers: parsed('Accepts Healthy Volunteers', parseYesNo, 'yes or no'),
    studyType: first('Study Classification') ? roleKey(first('Study Classification')?.text ?? '') : null,
    keywords: [],
    startDate: parsed('Study Start Date', parseDate, 'date'),
    primaryCompletionDate: null,
    completionDate: parsed('Study Completion Date', parseDate, 'date'),
    lastUpdatePosted: lastUpdated(lines, file),
    statusVerifiedDate: null,
    summary: body('Brief Summary')
      .map((line) => line.text)
      .join('\n\n'),
    results: null,
    sitesListed: false,
    source: { file, kind: 'ctgov-study-text' },
  };
  const sites = readLocations(body('Locations'), trial.overallStatus, file);
  checkComplete(lines, sections, sites.length, file);
  trial.sitesListed = sites.length > 0;
  if (trial.summary === '') trial.summary = null;
  return [{ trial, sites }];
}

// Every study page closes with some of these sections; a page with none of them was cut off.
const CLOSING = ['Locations', 'Countries', 'References', 'Other Identifiers', 'More Related Trials'];

/** A page that announces sites (a Locations heading, countries) but yields none, or that was cut off. */
function checkComplete(lines: readonly Line[], sections: readonly Section[], sites: number, file: string) {
  const announcing = sections.find(
    (section) =>
      section.heading.text === 'Locations' ||
      (section.heading.text === 'Countries' && contentOf(section).length > 0),
  );
  if (announcing && sites === 0) {
    throw new SourceError(
      file,
      announcing.heading.number,
      `"${announcing.heading.text}" announces sites, but none could be read`,
    );
  }
  if (!sections.some((section) => CLOSING.includes(section.heading.text))) {
    const last = lines.at(-1);
    throw new SourceError(
      file,
      last?.number ?? 1,
      `the page ends before its Locations section (none of ${CLOSING.join(', ')}): it looks cut off`,
    );
  }
}

function parseYesNo(text: string): boolean | null {
  return /^yes$/i.test(text) ? true : /^no$/i.test(text) ? false : null;
}

/** The page's "Last Updated: 2020-02-10" line: when the record was last posted. */
function lastUpdated(lines: readonly Line[], file: string): string | null {
  const line = lines.find((candidate) => candidate.text.startsWith('Last Updated:'));
  if (!line) return null;
  const date = parseDate(line.text.slice('Last Updated:'.length));
  if (date === null) throw new SourceError(file, line.number, `not a date: "${line.text}"`);
  return date;
}

function contentOf(section: Section): Line[] {
  const [firstLine, ...rest] = section.lines;
  const described = DESCRIBED.includes(section.heading.text) && firstLine?.text.endsWith('.');
  return described ? rest : section.lines;
}

function parseEnrollment(text: string): Trial['enrollment'] {
  const match = /^(\d[\d,]*)\s+participants?(?:\s*\((actual|estimated)\))?$/i.exec(text);
  if (!match) return null;
  const type = (match[2]?.toUpperCase() ?? 'UNKNOWN') as 'ACTUAL' | 'ESTIMATED' | 'UNKNOWN';
  return { count: Number((match[1] ?? '').replace(/,/g, '')), type };
}

// Interventions and their "Other Intervention Names" come as consecutive sections.
function readInterventions(sections: readonly Section[]): Intervention[] {
  const interventions: Intervention[] = [];
  for (const section of sections) {
    if (section.heading.text === 'Other Intervention Names') {
      const last = interventions.at(-1);
      const names = contentOf(section)[0];
      if (last && names) last.otherNames.push(names.text);
      continue;
    }
    if (section.heading.text !== 'Interventions') continue;
    let block: Line[] = [];
    for (const line of contentOf(section)) {
      const type = /^Intervention Type (\w+)$/.exec(line.text)?.[1];
      if (type === undefined) {
        block.push(line);
        continue;
      }
      if (block[0]) interventions.push({ name: block[0].text, type, otherNames: [] });
      block = [];
    }
  }
  return interventions;
}

function readLocations(lines: readonly Line[], overall: Trial['overallStatus'], file: string): SourceSite[] {
  const sites: SourceSite[] = [];
  for (let index = 0; index < lines.length;) {
    const [name, address, marker, maybeStatus] = lines.slice(index, index + 4);
    if (!name || !address || marker?.text !== 'Site Status') {
      const at = name ?? lines[index - 1];
      throw new SourceError(
        file,
        at?.number ?? 1,
        'expected a site: name, "City, State, Country", "Site Status"',
      );
    }
    const parts = address.text.split(',').map((part) => part.trim());
    const countryName = parts.at(-1) ?? '';
    const city = parts.slice(0, Math.max(1, parts.length - 2)).join(', ');
    if (parts.length < 2 || city === '') {
      throw new SourceError(file, address.number, `expected "City, State, Country", got "${address.text}"`);
    }
    const status = maybeStatus ? parseStatus(maybeStatus.text) : null;
    sites.push({
      ...splitSiteNumber(name.text),
      city,
      state: parts.length > 2 ? parts.at(-2) || null : null,
      zip: null,
      country: siteCountry(countryName),
      countryText: countryName,
      status: status ?? overall,
      statusSource: status ? 'site' : 'trial',
      sourceLine: name.number,
      geoPoint: null,
      contacts: [],
    });
    index += status ? 4 : 3;
  }
  return sites;
}
