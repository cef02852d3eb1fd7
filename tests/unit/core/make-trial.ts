// A trial record for tests: every field empty or neutral unless the test says otherwise.
import type { Contact, Trial } from '../../../src/core/schema';

export function makeTrial(fields: Partial<Trial> & Pick<Trial, 'id'>): Trial {
  return {
    nctId: null,
    orgStudyIds: [],
    title: `Trial ${fields.id}`,
    overallStatus: 'RECRUITING',
    phases: [],
    enrollment: null,
    sponsor: null,
    collaborators: [],
    overallOfficials: [],
    centralContacts: [],
    conditions: [],
    interventions: [],
    minimumAge: null,
    maximumAge: null,
    sex: null,
    stdAges: [],
    healthyVolunteers: null,
    studyType: null,
    keywords: [],
    startDate: null,
    primaryCompletionDate: null,
    completionDate: null,
    lastUpdatePosted: null,
    statusVerifiedDate: null,
    summary: null,
    results: null,
    sitesListed: true,
    source: { file: 'seeds/test.txt', kind: 'ctgov-study-text' },
    ...fields,
  };
}

/** A contact for tests: every field null unless the test says otherwise. */
export function makeContact(fields: Partial<Contact>): Contact {
  return { name: null, role: null, phone: null, phoneExt: null, email: null, ...fields };
}
