// Reads a patient-portal trial page saved as text: trial facts only; these pages list no site addresses.
import type { Intervention, Investigator, Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError } from '../source-error';
import { ageGroups, parsePhases, parseSex, roleKey } from './normalize';
import type { SourceStudy } from './source-study';
import { nonEmptyLines, type Line } from './text-lines';

const SPONSOR_ROLES = new Set(['Lead Sponsor', 'Collaborator', 'Industry Sponsor', 'Sponsor']);
const INVESTIGATOR_ROLES = new Set([
  'Principal Investigator',
  'Study Chair',
  'Study Director',
  'Sub-Investigator',
]);
const TEAM_HEADINGS = new Set(['Research Team', 'Who Is on the Research Team?']);
// Headings that end the research-team section.
const AFTER_TEAM = /^(Eligibility Criteria|Are You a Good Fit for This Trial\?)/;

export function looksLikePatientPortalPage(text: string): boolean {
  return (
    /^Who Is Running the Clinical Trial\?\s*$/m.test(text) &&
    /^What is the purpose of this trial\?/m.test(text)
  );
}

export function readPatientPortalPage(text: string, file: string): SourceStudy[] {
  const lines = nonEmptyLines(text);
  const needed = lines.map((line) => /^(\d[\d,]*) Participants Needed$/.exec(line.text)?.[1]).find(Boolean);
  const titleLine = lines.find((line) => !/Participants Needed$/.test(line.text));
  if (!titleLine) throw new SourceError(file, 1, 'no trial title found');
  const index = (predicate: (line: Line) => boolean) => lines.findIndex(predicate);
  const purpose = lines[index((line) => line.text === 'What is the purpose of this trial?') + 1];
  const sponsors = readSponsors(lines);
  const ageLine = lines.find((line) => line.text.startsWith('Age: '));
  const ages = ageLine ? parseAgeLine(ageLine, file) : ageRangeFromProse(lines);
  const sexText = lines.find((line) => line.text.startsWith('Sex: '))?.text.slice(5);
  const condition = /^.+? for (.+)$/.exec(titleLine.text)?.[1];
  const trial: Trial = {
    id: slugify(titleLine.text),
    nctId: lines.map((line) => /\b(NCT\d{8})\b/.exec(line.text)?.[1]).find(Boolean) ?? null,
    orgStudyIds: [],
    title: titleLine.text,
    overallStatus: 'UNKNOWN',
    phases: readPhases(lines),
    enrollment: needed ? { count: Number(needed.replace(/,/g, '')), type: 'ESTIMATED' } : null,
    sponsor: sponsors.lead,
    collaborators: sponsors.others,
    overallOfficials: readInvestigators(lines),
    centralContacts: [],
    conditions: condition ? [condition] : [],
    interventions: readInterventions(lines),
    minimumAge: ages.minimum,
    maximumAge: ages.maximum,
    sex: sexText ? parseSex(sexText) : null,
    stdAges: ageGroups(ages.minimum, ages.maximum),
    healthyVolunteers: null,
    studyType: null,
    keywords: [],
    startDate: null,
    primaryCompletionDate: null,
    completionDate: null,
    lastUpdatePosted: null,
    statusVerifiedDate: null,
    summary: purpose?.text ?? null,
    results: null,
    sitesListed: false,
    source: { file, kind: 'patient-portal-page' },
  };
  if (trial.nctId) trial.id = trial.nctId;
  return [{ trial, sites: [] }];
}

// "Trial Phase: Phase 2", else the page's own sentence "As a Phase 1 trial, ...".
function readPhases(lines: readonly Line[]): Trial['phases'] {
  const labelled = lines.find((line) => line.text.startsWith('Trial Phase: '));
  if (labelled) return parsePhases(labelled.text.slice('Trial Phase: '.length)) ?? [];
  for (const line of lines) {
    const match = /\b(?:As a|This(?: is a)?) (phase [0-9IV]+(?:\/[0-9IV]+)?) trial\b/i.exec(line.text);
    if (match?.[1]) return parsePhases(match[1]) ?? [];
  }
  return [];
}

function parseAgeLine(line: Line, file: string): { minimum: string | null; maximum: string | null } {
  const text = line.text.slice('Age: '.length);
  const plus = /^(\d+)\+$/.exec(text);
  if (plus) return { minimum: `${plus[1]} Years`, maximum: null };
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(text);
  if (range) return { minimum: `${range[1]} Years`, maximum: `${range[2]} Years` };
  throw new SourceError(file, line.number, `Age: expected "18+" or "18-75", got "${text}"`);
}

// Pages without an "Age:" line may state the range in the eligibility summary ("Adults aged 18-75").
function ageRangeFromProse(lines: readonly Line[]): { minimum: string | null; maximum: string | null } {
  for (const line of lines) {
    const match = /\baged (\d+)\s*(?:-|–|to)\s*(\d+)\b/i.exec(line.text);
    if (match) return { minimum: `${match[1]} Years`, maximum: `${match[2]} Years` };
  }
  return { minimum: null, maximum: null };
}

function readSponsors(lines: readonly Line[]): { lead: string | null; others: string[] } {
  let lead: string | null = null;
  const others: string[] = [];
  const start = lines.findIndex((line) => line.text === 'Who Is Running the Clinical Trial?');
  lines.slice(start + 1).forEach((line, index, section) => {
    const role = section[index + 1]?.text;
    if (role === undefined || !SPONSOR_ROLES.has(role)) return;
    if (role === 'Lead Sponsor' && lead === null) lead = line.text;
    else if (!others.includes(line.text)) others.push(line.text);
  });
  const labelled = lines.find((line) => line.text.startsWith('Sponsor: '));
  return { lead: lead ?? labelled?.text.slice('Sponsor: '.length) ?? null, others };
}

function readInvestigators(lines: readonly Line[]): Investigator[] {
  const start = lines.findIndex((line) => TEAM_HEADINGS.has(line.text));
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && AFTER_TEAM.test(line.text));
  const team = lines.slice(start + 1, end === -1 ? undefined : end);
  const investigators: Investigator[] = [];
  team.forEach((line, index) => {
    const name = team[index - 1];
    if (!INVESTIGATOR_ROLES.has(line.text) || !name) return;
    investigators.push({
      name: name.text,
      role: roleKey(line.text),
      affiliation: team[index + 1]?.text ?? null,
    });
  });
  return investigators;
}

function readInterventions(lines: readonly Line[]): Intervention[] {
  const start = lines.findIndex((line) => line.text === 'Interventions');
  if (start === -1) return [];
  const interventions: Intervention[] = [];
  for (const line of lines.slice(start + 1)) {
    const bullet = /^[•\-*]\s*(.+)$/.exec(line.text);
    if (!bullet?.[1]) break;
    interventions.push({ name: bullet[1], type: null, otherNames: [] });
  }
  return interventions;
}
