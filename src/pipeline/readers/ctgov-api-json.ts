// Reads ClinicalTrials.gov API v2 JSON: one study, a /studies page ({"studies": [...]}) or an array of studies.
import { AGE_GROUPS, type Contact, type Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError } from '../source-error';
import { siteCountry } from './country-code';
import {
  makeContact,
  parseDate,
  parsePhases,
  parseSex,
  parseStatus,
  roleKey,
  splitSiteNumber,
} from './normalize';
import { jsonRecords, parseRecord } from './json-records';
import type { SourceSite, SourceStudy } from './source-study';

// Only the parts of the API's Study record that the dataset uses; everything is optional in practice.
type Struct = { date?: string; type?: string };
type ApiContact = { name?: string; role?: string; phone?: string; phoneExt?: string; email?: string };
type Location = {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  geoPoint?: { lat?: number; lon?: number };
  contacts?: ApiContact[];
};
type Study = {
  protocolSection?: {
    identificationModule?: {
      nctId?: string;
      orgStudyIdInfo?: { id?: string };
      briefTitle?: string;
      officialTitle?: string;
    };
    statusModule?: {
      overallStatus?: string;
      statusVerifiedDate?: string;
      startDateStruct?: Struct;
      primaryCompletionDateStruct?: Struct;
      completionDateStruct?: Struct;
      lastUpdatePostDateStruct?: Struct;
    };
    sponsorCollaboratorsModule?: { leadSponsor?: { name?: string }; collaborators?: { name?: string }[] };
    descriptionModule?: { briefSummary?: string };
    conditionsModule?: { conditions?: string[]; keywords?: string[] };
    designModule?: {
      studyType?: string;
      phases?: string[];
      enrollmentInfo?: { count?: number; type?: string };
    };
    armsInterventionsModule?: { interventions?: { name?: string; type?: string; otherNames?: string[] }[] };
    eligibilityModule?: {
      sex?: string;
      minimumAge?: string;
      maximumAge?: string;
      healthyVolunteers?: boolean;
      stdAges?: string[];
    };
    contactsLocationsModule?: {
      centralContacts?: ApiContact[];
      overallOfficials?: { name?: string; role?: string; affiliation?: string }[];
      locations?: Location[];
    };
  };
};

export function looksLikeCtgovApiJson(text: string): boolean {
  return /^\s*[[{]/.test(text) && text.includes('"protocolSection"');
}

export function readCtgovApiJson(text: string, file: string): SourceStudy[] {
  return [...ctgovApiStudies([text], file)];
}

/** The studies of an API JSON document given in pieces, one at a time: a multi-gigabyte download fits. */
export function* ctgovApiStudies(pieces: Iterable<string>, file: string): Generator<SourceStudy> {
  for (const record of jsonRecords(pieces, file)) {
    const study = parseRecord(record, file);
    const number = record.index + 1;
    if (!isObject(study) || !isObject(study.protocolSection)) {
      throw new SourceError(file, record.line, `study ${number} has no protocolSection`);
    }
    try {
      yield readStudy(study as Study, file, (location) => record.locationLines[location] ?? null);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      // A value of the wrong kind (a list where the API has text): not a record of the API's shape.
      throw new SourceError(
        file,
        record.line,
        `study ${number} is not in the API's shape: ${(error as Error).message}`,
      );
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStudy(study: Study, file: string, lineOf: (location: number) => number | null): SourceStudy {
  const protocol = study.protocolSection ?? {};
  const identification = protocol.identificationModule ?? {};
  const status = protocol.statusModule ?? {};
  const design = protocol.designModule ?? {};
  const eligibility = protocol.eligibilityModule ?? {};
  const contacts = protocol.contactsLocationsModule ?? {};
  const title = identification.briefTitle ?? identification.officialTitle;
  if (!title) throw new SourceError(file, lineOf(0) ?? 1, 'study has no briefTitle');
  const nctId = identification.nctId && /^NCT\d{8}$/.test(identification.nctId) ? identification.nctId : null;
  const enrollment = design.enrollmentInfo;
  const enrollmentType =
    enrollment?.type === 'ACTUAL' || enrollment?.type === 'ESTIMATED' ? enrollment.type : 'UNKNOWN';
  const trial: Trial = {
    id: nctId ?? slugify(title),
    nctId,
    orgStudyIds: identification.orgStudyIdInfo?.id ? [identification.orgStudyIdInfo.id] : [],
    title,
    overallStatus: parseStatus(status.overallStatus ?? '') ?? 'UNKNOWN',
    phases: (design.phases ?? []).flatMap((phase) =>
      phase === 'NA' ? ['NA' as const] : (parsePhases(phase) ?? []),
    ),
    enrollment:
      typeof enrollment?.count === 'number' ? { count: enrollment.count, type: enrollmentType } : null,
    sponsor: protocol.sponsorCollaboratorsModule?.leadSponsor?.name ?? null,
    collaborators: (protocol.sponsorCollaboratorsModule?.collaborators ?? []).flatMap((c) =>
      c.name ? [c.name] : [],
    ),
    overallOfficials: (contacts.overallOfficials ?? []).flatMap((official) =>
      official.name
        ? [
            {
              name: official.name,
              role: official.role ? roleKey(official.role) : null,
              affiliation: official.affiliation ?? null,
            },
          ]
        : [],
    ),
    centralContacts: readContacts(contacts.centralContacts),
    conditions: protocol.conditionsModule?.conditions ?? [],
    interventions: (protocol.armsInterventionsModule?.interventions ?? []).flatMap((intervention) =>
      intervention.name
        ? [
            {
              name: intervention.name,
              type: intervention.type ?? null,
              otherNames: intervention.otherNames ?? [],
            },
          ]
        : [],
    ),
    minimumAge: eligibility.minimumAge ?? null,
    maximumAge: eligibility.maximumAge ?? null,
    sex: eligibility.sex ? parseSex(eligibility.sex) : null,
    stdAges: AGE_GROUPS.filter((group) => eligibility.stdAges?.includes(group)),
    healthyVolunteers:
      typeof eligibility.healthyVolunteers === 'boolean' ? eligibility.healthyVolunteers : null,
    studyType: design.studyType ?? null,
    keywords: (protocol.conditionsModule?.keywords ?? []).filter(Boolean),
    startDate: parseDate(status.startDateStruct?.date ?? ''),
    primaryCompletionDate: parseDate(status.primaryCompletionDateStruct?.date ?? ''),
    completionDate: parseDate(status.completionDateStruct?.date ?? ''),
    lastUpdatePosted: parseDate(status.lastUpdatePostDateStruct?.date ?? ''),
    statusVerifiedDate: parseDate(status.statusVerifiedDate ?? ''),
    summary: protocol.descriptionModule?.briefSummary ?? null,
    results: null,
    sitesListed: (contacts.locations ?? []).length > 0,
    source: { file, kind: 'ctgov-api-json' },
  };
  const sites = (contacts.locations ?? []).map((location, index) =>
    readLocation(location, trial.overallStatus, file, lineOf(index)),
  );
  return { trial, sites };
}

function readLocation(
  location: Location,
  overall: Trial['overallStatus'],
  file: string,
  line: number | null,
): SourceSite {
  if (!location.city) throw new SourceError(file, line ?? 1, 'location has no city');
  const status = parseStatus(location.status ?? '');
  const { lat, lon } = location.geoPoint ?? {};
  return {
    ...splitSiteNumber(location.facility ?? null),
    city: location.city,
    state: location.state ?? null,
    zip: location.zip ?? null,
    country: siteCountry(location.country ?? ''),
    countryText: location.country ?? '',
    status: status ?? overall,
    statusSource: status ? 'site' : 'trial',
    sourceLine: line,
    geoPoint: typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null,
    contacts: readContacts(location.contacts),
  };
}

function readContacts(contacts: readonly ApiContact[] | undefined): Contact[] {
  return (contacts ?? []).flatMap((contact) => makeContact(contact) ?? []);
}
