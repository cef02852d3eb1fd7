import { describe, expect, it } from 'vitest';
import {
  ageRange,
  eligibilityColumns,
  mayJoinAt,
  parseAge,
  type EligibilityFields,
  type Person,
} from '../../../src/core/eligibility';

const trial = (
  minimumAge: string | null,
  maximumAge: string | null,
  sex: 'ALL' | 'FEMALE' | 'MALE' | null = 'ALL',
) => ({ minimumAge, maximumAge, sex, healthyVolunteers: null });

/** Whether a person may join one trial, as the filters read it from the trials' columns. */
const mayJoin = (one: EligibilityFields, person: Person) => mayJoinAt(eligibilityColumns([one]), 0, person);

describe('who can join', () => {
  it('reads ClinicalTrials.gov ages', () => {
    expect(parseAge('18 Years')).toEqual({ value: 18, unit: 'year', years: 18 });
    expect(parseAge('1 Year')?.years).toBe(1);
    expect(parseAge('6 Months')?.years).toBe(0.5);
    expect(parseAge('N/A')).toBeNull();
    expect(parseAge('18 Parsecs')).toBeNull();
    expect(parseAge(null)).toBeNull();
  });

  it('says whom an age range is for', () => {
    expect(ageRange(trial('18 Years', null))).toMatchObject({ group: 'adults', max: null });
    expect(ageRange(trial('18 Years', '75 Years'))?.group).toBe('adults');
    expect(ageRange(trial(null, '17 Years'))).toMatchObject({ group: 'children', min: null });
    expect(ageRange(trial('6 Months', '17 Years'))?.min).toEqual({ value: 6, unit: 'month', years: 0.5 });
    expect(ageRange(trial('12 Years', '25 Years'))?.group).toBe('ages');
    expect(ageRange(trial(null, null))).toBeNull();
  });

  it('lets a person join when their age and sex are in range, and when the source does not say', () => {
    const adults = trial('18 Years', '75 Years');
    expect(mayJoin(adults, { age: 10, sex: null })).toBe(false);
    expect(mayJoin(adults, { age: 17, sex: null })).toBe(false);
    expect(mayJoin(adults, { age: 18, sex: null })).toBe(true);
    expect(mayJoin(adults, { age: 75, sex: null })).toBe(true);
    expect(mayJoin(adults, { age: 76, sex: null })).toBe(false);
    expect(mayJoin(trial(null, '17 Years'), { age: 17, sex: null })).toBe(true);
    expect(mayJoin(trial('6 Months', null), { age: 0, sex: null })).toBe(true);
    expect(mayJoin(trial(null, null, null), { age: 10, sex: 'male' })).toBe(true);
    expect(mayJoin(trial('18 Years', null, 'FEMALE'), { age: 34, sex: 'male' })).toBe(false);
    expect(mayJoin(trial('18 Years', null, 'FEMALE'), { age: 34, sex: 'female' })).toBe(true);
    expect(mayJoin(adults, { age: null, sex: 'male' })).toBe(true);
  });

  it("keeps every trial's ages and sex as columns the filters read, each trial answered as on its own", () => {
    const trials = [
      trial('18 Years', '75 Years'),
      trial('6 Months', null, 'FEMALE'),
      trial(null, '17 Years', 'MALE'),
      trial('N/A', null, null),
      trial('18 Years', null),
    ];
    const columns = eligibilityColumns(trials);
    expect(Array.from(columns.minYears)).toEqual([18, 0.5, Number.NaN, Number.NaN, 18]);
    expect(Array.from(columns.maxYears)).toEqual([75, Number.NaN, 17, Number.NaN, Number.NaN]);
    expect(Array.from(columns.sex)).toEqual([0, 1, 2, 0, 0]);
    for (const age of [null, 0, 17, 18, 40, 80])
      for (const sex of [null, 'female', 'male'] as const)
        trials.forEach((one, t) =>
          expect(mayJoinAt(columns, t, { age, sex }), `${t} ${age} ${sex}`).toBe(mayJoin(one, { age, sex })),
        );
    expect(mayJoinAt(columns, 2, { age: 17, sex: 'male' })).toBe(true);
    expect(mayJoinAt(columns, 2, { age: 18, sex: null })).toBe(false);
    expect(mayJoinAt(columns, 1, { age: 0, sex: 'male' })).toBe(false);
  });
});
