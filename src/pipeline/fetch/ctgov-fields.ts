// The parts of an API v2 study record that the pipeline's reader (readers/ctgov-api-json.ts) uses: a fetch
// asks for these only (`fields=`), which keeps a page of 1,000 studies a few MB instead of tens.
// A test prunes real records to these paths and checks the reader still reads the same dataset.
export const CTGOV_FIELDS = [
  'protocolSection.identificationModule.nctId',
  'protocolSection.identificationModule.orgStudyIdInfo',
  'protocolSection.identificationModule.briefTitle',
  'protocolSection.identificationModule.officialTitle',
  'protocolSection.statusModule.overallStatus',
  'protocolSection.statusModule.statusVerifiedDate',
  'protocolSection.statusModule.startDateStruct',
  'protocolSection.statusModule.primaryCompletionDateStruct',
  'protocolSection.statusModule.completionDateStruct',
  'protocolSection.statusModule.lastUpdatePostDateStruct',
  'protocolSection.sponsorCollaboratorsModule.leadSponsor',
  'protocolSection.sponsorCollaboratorsModule.collaborators',
  'protocolSection.descriptionModule.briefSummary',
  'protocolSection.conditionsModule.conditions',
  'protocolSection.conditionsModule.keywords',
  'protocolSection.designModule.studyType',
  'protocolSection.designModule.phases',
  'protocolSection.designModule.enrollmentInfo',
  'protocolSection.armsInterventionsModule.interventions',
  'protocolSection.eligibilityModule',
  'protocolSection.contactsLocationsModule',
] as const;
