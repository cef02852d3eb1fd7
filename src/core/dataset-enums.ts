// The dataset's enumerations and version, apart from its zod schema so that the browser can use them
// without loading zod.
export const SCHEMA_VERSION = 2;

/** ClinicalTrials.gov's overall-status enum (API v2 `Status`), plus UNKNOWN when a source says nothing. */
export const TRIAL_STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export const PHASES = ['EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4', 'NA'] as const;
export type Phase = (typeof PHASES)[number];

/** ClinicalTrials.gov's standard age groups (API v2 `stdAges`). */
export const AGE_GROUPS = ['CHILD', 'ADULT', 'OLDER_ADULT'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const SOURCE_KINDS = [
  'ctgov-study-text',
  'patient-portal-page',
  'news-article',
  'ctgov-api-json',
  'ctgov-classic-xml',
  /** The CSV that ClinicalTrials.gov's website downloads for a search. */
  'ctgov-website-csv',
  /** Made up by the benchmark's generator (npm run data:synth); never real trial data. */
  'synthetic',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const GEOCODE_METHODS = ['source', 'gazetteer', 'override', 'unresolved'] as const;
export type GeocodeMethod = (typeof GEOCODE_METHODS)[number];
