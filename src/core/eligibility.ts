// Who can join a trial, from its registry fields: the age range as people say it ("Adults 18+"), sex and healthy
// volunteers, and whether a person of a given age and sex is among them.
import type { Trial } from './schema';

export type EligibilityFields = Pick<Trial, 'minimumAge' | 'maximumAge' | 'sex' | 'healthyVolunteers'>;

const UNIT_YEARS = {
  year: 1,
  month: 1 / 12,
  week: 7 / 365.25,
  day: 1 / 365.25,
  hour: 1 / (365.25 * 24),
  minute: 1 / (365.25 * 24 * 60),
} as const;

export type AgeUnit = keyof typeof UNIT_YEARS;

export interface Age {
  value: number;
  /** As ClinicalTrials.gov writes ages ("18 Years", "6 Months"). */
  unit: AgeUnit;
  years: number;
}

/** Reads "18 Years", "6 Months", "1 Year"; null for "N/A", empty or unreadable text. */
export function parseAge(text: string | null | undefined): Age | null {
  const match = text?.trim().match(/^(\d+(?:\.\d+)?)\s*([A-Za-z]+?)s?$/);
  if (!match) return null;
  const unit = match[2]!.toLowerCase();
  if (!(unit in UNIT_YEARS)) return null;
  const value = Number(match[1]);
  return { value, unit: unit as AgeUnit, years: value * UNIT_YEARS[unit as AgeUnit] };
}

/** Who the age range is for: adults when it starts at 18, children when it ends before 18. */
export type AgeGroup = 'adults' | 'children' | 'ages';

export interface AgeRange {
  group: AgeGroup;
  min: Age | null;
  max: Age | null;
}

/** The age range, or null when the source gives neither end. */
export function ageRange(trial: Pick<Trial, 'minimumAge' | 'maximumAge'>): AgeRange | null {
  const min = parseAge(trial.minimumAge);
  const max = parseAge(trial.maximumAge);
  if (!min && !max) return null;
  const group = min && min.years >= 18 ? 'adults' : max && max.years < 18 ? 'children' : 'ages';
  return { group, min, max };
}

export type PersonSex = 'female' | 'male';
export const PERSON_SEXES: readonly PersonSex[] = ['female', 'male'];
/** Ages a person can give in the filter. */
export const MAX_PERSON_AGE = 120;

export interface Person {
  /** Whole years; null when not given. */
  age: number | null;
  sex: PersonSex | null;
}

/**
 * The fields of each trial the age and sex filters read, as columns (a filter change reads a registry's 100,000
 * trials): the age range's ends in years (NaN where the source gives none) and the sex they are open to.
 */
export interface EligibilityColumns {
  minYears: Float64Array;
  maxYears: Float64Array;
  /** 0 for any or unstated, 1 female, 2 male. */
  sex: Uint8Array;
}

const SEX_CODES: Record<string, number> = { FEMALE: 1, MALE: 2 };
const PERSON_SEX_CODES: Record<PersonSex, number> = { female: 1, male: 2 };

export function eligibilityColumns(trials: readonly Partial<EligibilityFields>[]): EligibilityColumns {
  const columns = {
    minYears: new Float64Array(trials.length),
    maxYears: new Float64Array(trials.length),
    sex: new Uint8Array(trials.length),
  };
  // Each age text's years, read once (a registry's 100,000 trials write a few hundred distinct ages).
  const years = new Map<string, number>();
  const yearsOf = (text: string | null | undefined) => {
    if (!text) return Number.NaN;
    let value = years.get(text);
    if (value === undefined) years.set(text, (value = parseAge(text)?.years ?? Number.NaN));
    return value;
  };
  trials.forEach((trial, t) => {
    columns.minYears[t] = yearsOf(trial.minimumAge);
    columns.maxYears[t] = yearsOf(trial.maximumAge);
    columns.sex[t] = SEX_CODES[trial.sex ?? ''] ?? 0;
  });
  return columns;
}

/**
 * Whether a person of this age and sex may join trial `t` of the columns, as far as the registry says: an age
 * or sex the source leaves out excludes no one (unknown is not "no").
 */
export function mayJoinAt(columns: EligibilityColumns, t: number, person: Person): boolean {
  const { age, sex } = person;
  const open = columns.sex[t]!;
  if (sex && open !== 0 && open !== PERSON_SEX_CODES[sex]) return false;
  if (age === null) return true;
  const min = columns.minYears[t]!;
  const max = columns.maxYears[t]!;
  // A person of 17 is 17 until the day before 18: "up to 17 Years" includes them all year; and a child of
  // 0 years may be 6 months old, so "6 Months" and up includes them. NaN (no end) compares false.
  if (age + 1 <= min) return false;
  if (age > max) return false;
  return true;
}
