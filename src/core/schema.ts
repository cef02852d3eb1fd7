// The dataset contract between the pipeline and the app (documented in data/README.md).
// zod/mini: the functional build, which tree-shakes in the browser bundles that check datasets.
import * as z from 'zod/mini';

import {
  AGE_GROUPS,
  GEOCODE_METHODS,
  PHASES,
  SCHEMA_VERSION,
  SOURCE_KINDS,
  TRIAL_STATUSES,
} from './dataset-enums';

// The enumerations are read by the pipeline from here, and by the browser from dataset-enums.ts.
export { AGE_GROUPS, GEOCODE_METHODS, PHASES, SCHEMA_VERSION, SOURCE_KINDS, TRIAL_STATUSES };
export type { AgeGroup, GeocodeMethod, Phase, SourceKind, TrialStatus } from './dataset-enums';

const text = z.string().check(z.minLength(1));
const isoDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const sourceRefSchema = z.object({
  /** The source document's file name, without its folders. */
  file: text,
  kind: z.enum(SOURCE_KINDS),
});

export const interventionSchema = z.object({
  name: text,
  type: z.nullable(z.string()),
  otherNames: z.array(text),
});

export const investigatorSchema = z.object({
  name: text,
  role: z.nullable(z.string()),
  affiliation: z.nullable(z.string()),
});

/** A person or office to contact, exactly as the source gives it (any part may be missing). */
export const contactSchema = z.object({
  name: z.nullable(z.string()),
  role: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  phoneExt: z.nullable(z.string()),
  email: z.nullable(z.string()),
});

export const trialSchema = z.object({
  id: text,
  nctId: z.nullable(z.string().check(z.regex(/^NCT\d{8}$/))),
  orgStudyIds: z.array(text),
  title: text,
  overallStatus: z.enum(TRIAL_STATUSES),
  phases: z.array(z.enum(PHASES)),
  enrollment: z.nullable(
    z.object({ count: z.int().check(z.nonnegative()), type: z.enum(['ACTUAL', 'ESTIMATED', 'UNKNOWN']) }),
  ),
  sponsor: z.nullable(z.string()),
  collaborators: z.array(text),
  overallOfficials: z.array(investigatorSchema),
  centralContacts: z.array(contactSchema),
  conditions: z.array(text),
  interventions: z.array(interventionSchema),
  minimumAge: z.nullable(z.string()),
  maximumAge: z.nullable(z.string()),
  sex: z.nullable(z.enum(['ALL', 'FEMALE', 'MALE'])),
  /** ClinicalTrials.gov's age groups the eligible ages fall in. */
  stdAges: z.array(z.enum(AGE_GROUPS)),
  healthyVolunteers: z.nullable(z.boolean()),
  /** `INTERVENTIONAL`, `OBSERVATIONAL` or `EXPANDED_ACCESS` (the API's spelling); null when unstated. */
  studyType: z.nullable(z.string()),
  keywords: z.array(text),
  startDate: z.nullable(isoDate),
  primaryCompletionDate: z.nullable(isoDate),
  completionDate: z.nullable(isoDate),
  /** When the record was last changed on ClinicalTrials.gov, and when its status was last verified. */
  lastUpdatePosted: z.nullable(isoDate),
  statusVerifiedDate: z.nullable(isoDate),
  summary: z.nullable(z.string()),
  /** Findings the source reports (e.g. a news article's results), quoted or closely paraphrased. */
  results: z.nullable(z.string()),
  /** False when the source lists no sites at all (the trial shows as "sites not listed in source"). */
  sitesListed: z.boolean(),
  source: sourceRefSchema,
});

export const geocodeSchema = z.object({
  method: z.enum(GEOCODE_METHODS),
  /** The matched place, e.g. "Frankfurt am Main"; null when unresolved or given by the source. */
  placeName: z.nullable(z.string()),
  geonameId: z.nullable(z.int().check(z.positive())),
  /** Why an override applies, or why the site is unresolved. */
  note: z.nullable(z.string()),
});

export const siteSchema = z.object({
  /** Stable across rebuilds: derived from the trial id and the site's number or its address. */
  id: text,
  trialId: text,
  /** The sponsor's site number when the source gives one, e.g. "1106". */
  siteNumber: z.nullable(z.string()),
  facility: z.nullable(z.string()),
  city: text,
  state: z.nullable(z.string()),
  zip: z.nullable(z.string()),
  /** ISO 3166-1 alpha-2; "ZZ" (unknown region) when the source's country cannot be mapped. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  status: z.enum(TRIAL_STATUSES),
  statusSource: z.enum(['site', 'trial']),
  lat: z.nullable(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.nullable(z.number().check(z.gte(-180), z.lte(180))),
  geocode: geocodeSchema,
  /** 1-based line of the site in its source file, for tracing. */
  sourceLine: z.nullable(z.int().check(z.positive())),
  contacts: z.array(contactSchema),
});

export const builtFromSchema = z.object({
  /** The newest lastUpdatePosted among the dataset's trials: how fresh the data is. */
  lastUpdatePosted: z.nullable(isoDate),
  /** How the sources were fetched from ClinicalTrials.gov; null when built from files alone. */
  fetch: z.nullable(
    z.object({
      api: z.string(),
      query: z.record(z.string(), z.string()),
      fetchedAt: z.string(),
      totalCount: z.int().check(z.nonnegative()),
    }),
  ),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Name of the dataset ("default" for the embedded one). */
  name: z.string().check(z.regex(/^[A-Za-z0-9-]+$/)),
  builtFrom: builtFromSchema,
  trials: z.array(trialSchema),
  sites: z.array(siteSchema),
  /** CRC-32 of every byte of the file before this member, which is written last (see integrity.ts). */
  checksum: z.optional(z.string().check(z.regex(/^crc32:[0-9a-f]{8}$/))),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type Investigator = z.infer<typeof investigatorSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type BuiltFrom = z.infer<typeof builtFromSchema>;
export type Trial = z.infer<typeof trialSchema>;
export type Geocode = z.infer<typeof geocodeSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
