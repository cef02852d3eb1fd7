// Reads ClinicalTrials.gov classic XML (<clinical_study>), the format of the older bulk archives.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Contact, Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError, lineLocator } from '../source-error';
import { siteCountry } from './country-code';
import {
  ageGroups,
  makeContact,
  parseDate,
  parsePhases,
  parseSex,
  parseStatus,
  roleKey,
  splitSiteNumber,
  tidyText,
} from './normalize';
import type { SourceSite, SourceStudy } from './source-study';

type Text = string | { '#text'?: string; '@_type'?: string };
type XmlContact = { last_name?: Text; role?: Text; phone?: Text; phone_ext?: Text; email?: Text };
type XmlLocation = {
  facility?: { name?: Text; address?: { city?: Text; state?: Text; zip?: Text; country?: Text } };
  status?: Text;
  contact?: XmlContact;
  contact_backup?: XmlContact;
  investigator?: XmlContact[];
};
type XmlStudy = {
  id_info?: { nct_id?: Text; org_study_id?: Text };
  brief_title?: Text;
  official_title?: Text;
  overall_status?: Text;
  study_type?: Text;
  phase?: Text;
  enrollment?: Text;
  sponsors?: { lead_sponsor?: { agency?: Text }; collaborator?: { agency?: Text }[] };
  brief_summary?: { textblock?: Text };
  condition?: Text[];
  intervention?: { intervention_type?: Text; intervention_name?: Text; other_name?: Text[] }[];
  eligibility?: { gender?: Text; minimum_age?: Text; maximum_age?: Text; healthy_volunteers?: Text };
  keyword?: Text[];
  start_date?: Text;
  primary_completion_date?: Text;
  completion_date?: Text;
  verification_date?: Text;
  last_update_posted?: Text;
  overall_official?: { last_name?: Text; role?: Text; affiliation?: Text }[];
  overall_contact?: XmlContact;
  overall_contact_backup?: XmlContact;
  location?: XmlLocation[];
};

const ARRAYS = new Set([
  'condition',
  'intervention',
  'other_name',
  'overall_official',
  'location',
  'collaborator',
  'keyword',
  'investigator',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  // Character references (&#233;, &#xD;) as well as the five XML entities.
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

export function looksLikeCtgovClassicXml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<clinical_study[\s>]/.test(text);
}

function textOf(value: Text | undefined): string | null {
  const raw = typeof value === 'string' ? value : value?.['#text'];
  const trimmed = raw?.trim();
  return trimmed ? trimmed : null;
}

/** "N/A" ages mean no limit. */
function age(value: Text | undefined): string | null {
  const text = textOf(value);
  return text === null || /^n\/a$/i.test(text) ? null : text;
}

export function readCtgovClassicXml(text: string, file: string): SourceStudy[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new SourceError(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  const study = parse(text, file).clinical_study;
  if (!study) throw new SourceError(file, 1, 'no <clinical_study> element');
  const title = textOf(study.brief_title) ?? textOf(study.official_title);
  if (!title) throw new SourceError(file, 1, 'study has no <brief_title>');
  const nctText = textOf(study.id_info?.nct_id);
  const nctId = nctText && /^NCT\d{8}$/.test(nctText) ? nctText : null;
  const enrollmentText = textOf(study.enrollment);
  const enrollmentType = typeof study.enrollment === 'object' ? study.enrollment['@_type'] : undefined;
  const phaseText = textOf(study.phase);
  const trial: Trial = {
    id: nctId ?? slugify(title),
    nctId,
    orgStudyIds: [textOf(study.id_info?.org_study_id)].filter((id): id is string => id !== null),
    title,
    overallStatus: parseStatus(textOf(study.overall_status) ?? '') ?? 'UNKNOWN',
    phases: phaseText ? (parsePhases(phaseText) ?? []) : [],
    enrollment:
      enrollmentText && /^\d+$/.test(enrollmentText)
        ? {
            count: Number(enrollmentText),
            type: enrollmentType === 'Actual' ? 'ACTUAL' : enrollmentType ? 'ESTIMATED' : 'UNKNOWN',
          }
        : null,
    sponsor: textOf(study.sponsors?.lead_sponsor?.agency),
    collaborators: (study.sponsors?.collaborator ?? []).flatMap((c) => textOf(c.agency) ?? []),
    overallOfficials: (study.overall_official ?? []).flatMap((official) => {
      const name = textOf(official.last_name);
      const role = textOf(official.role);
      return name
        ? [{ name, role: role ? roleKey(role) : null, affiliation: textOf(official.affiliation) }]
        : [];
    }),
    centralContacts: [study.overall_contact, study.overall_contact_backup].flatMap((contact) =>
      contact ? (xmlContact(contact, 'CONTACT') ?? []) : [],
    ),
    conditions: (study.condition ?? []).flatMap((condition) => textOf(condition) ?? []),
    interventions: (study.intervention ?? []).flatMap((intervention) => {
      const name = textOf(intervention.intervention_name);
      const type = textOf(intervention.intervention_type);
      const otherNames = (intervention.other_name ?? []).flatMap((other) => textOf(other) ?? []);
      return name ? [{ name, type: type ? roleKey(type) : null, otherNames }] : [];
    }),
    minimumAge: age(study.eligibility?.minimum_age),
    maximumAge: age(study.eligibility?.maximum_age),
    sex: parseSex(textOf(study.eligibility?.gender) ?? ''),
    stdAges: ageGroups(age(study.eligibility?.minimum_age), age(study.eligibility?.maximum_age)),
    healthyVolunteers: healthyVolunteers(textOf(study.eligibility?.healthy_volunteers)),
    studyType: studyType(textOf(study.study_type)),
    keywords: (study.keyword ?? []).flatMap((keyword) => textOf(keyword) ?? []),
    startDate: parseDate(textOf(study.start_date) ?? ''),
    primaryCompletionDate: parseDate(textOf(study.primary_completion_date) ?? ''),
    completionDate: parseDate(textOf(study.completion_date) ?? ''),
    lastUpdatePosted: parseDate(textOf(study.last_update_posted) ?? ''),
    statusVerifiedDate: parseDate(textOf(study.verification_date) ?? ''),
    summary: tidyText(textOf(study.brief_summary?.textblock) ?? '') || null,
    results: null,
    sitesListed: (study.location ?? []).length > 0,
    source: { file, kind: 'ctgov-classic-xml' },
  };
  const found = locationLines(text);
  // A <location> inside a comment or CDATA would shift every line: then give none rather than wrong ones.
  const lines = found.length === (study.location ?? []).length ? found : [];
  const sites = (study.location ?? []).map((location, index) =>
    readLocation(location, trial.overallStatus, file, lines[index] ?? null),
  );
  return [{ trial, sites }];
}

function parse(text: string, file: string): { clinical_study?: XmlStudy } {
  try {
    return parser.parse(text) as { clinical_study?: XmlStudy };
  } catch (error) {
    // External entities (a file or URL the document would pull in) are refused: say where they are declared.
    const declared = /<!ENTITY[^>]*\bSYSTEM\b|<!DOCTYPE/.exec(text);
    const line = declared ? lineLocator(text)(declared.index) : 1;
    throw new SourceError(file, line, `invalid XML: ${(error as Error).message}`);
  }
}

// The parser keeps no positions; <location> elements occur only as the study's sites, in order.
function locationLines(text: string): number[] {
  const lineOf = lineLocator(text);
  return [...text.matchAll(/<location>/g)].map((match) => lineOf(match.index));
}

function readLocation(
  location: XmlLocation,
  overall: Trial['overallStatus'],
  file: string,
  line: number | null,
): SourceSite {
  const address = location.facility?.address;
  const countryName = textOf(address?.country) ?? '';
  const city = textOf(address?.city);
  if (!city) throw new SourceError(file, line ?? 1, 'location has no <city>');
  const status = parseStatus(textOf(location.status) ?? '');
  return {
    ...splitSiteNumber(textOf(location.facility?.name)),
    city,
    state: textOf(address?.state),
    zip: textOf(address?.zip),
    country: siteCountry(countryName),
    countryText: countryName,
    status: status ?? overall,
    statusSource: status ? 'site' : 'trial',
    sourceLine: line,
    geoPoint: null,
    contacts: [
      ...[location.contact, location.contact_backup].flatMap((contact) =>
        contact ? (xmlContact(contact, 'CONTACT') ?? []) : [],
      ),
      ...(location.investigator ?? []).flatMap((investigator) => xmlContact(investigator, null) ?? []),
    ],
  };
}

/** A contact; an investigator's role is given by the source ("Principal Investigator"), in the API's spelling. */
function xmlContact(contact: XmlContact, role: string | null): Contact | null {
  const givenRole = textOf(contact.role);
  return makeContact({
    name: textOf(contact.last_name),
    role: givenRole ? roleKey(givenRole) : role,
    phone: textOf(contact.phone),
    phoneExt: textOf(contact.phone_ext),
    email: textOf(contact.email),
  });
}

/** "Accepts Healthy Volunteers" / "No" (older records: "Yes"). */
function healthyVolunteers(text: string | null): boolean | null {
  if (text === null) return null;
  if (/^(accepts healthy volunteers|yes)$/i.test(text)) return true;
  if (/^no$/i.test(text)) return false;
  return null;
}

/** "Interventional", "Observational [Patient Registry]", "Expanded Access" → the API's spelling. */
function studyType(text: string | null): string | null {
  return text ? roleKey(text.replace(/\[.*?\]/g, '')) : null;
}
