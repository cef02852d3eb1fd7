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
 * Whether a person of this age and sex may join, as far as the registry says: an age or sex the source leaves
 * out excludes no one (unknown is not "no").
 */
export function mayJoin(trial: EligibilityFields, person: Person): boolean {
  const { age, sex } = person;
  if (sex && trial.sex && trial.sex !== 'ALL' && trial.sex.toLowerCase() !== sex) return false;
  if (age === null) return true;
  const min = parseAge(trial.minimumAge);
  const max = parseAge(trial.maximumAge);
  // A person of 17 is 17 until the day before 18: "up to 17 Years" includes them all year; and a child of
  // 0 years may be 6 months old, so "6 Months" and up includes them.
  if (min && age + 1 <= min.years) return false;
  if (max && age > max.years) return false;
  return true;
}
