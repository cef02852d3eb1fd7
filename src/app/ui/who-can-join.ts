// "Adults 18+ · all sexes · no healthy volunteers": who can join a trial, in the language shown (core/eligibility.ts
// reads the registry's fields), for site rows, the near-me answer and the printed list.
import { ageRange, type Age, type EligibilityFields } from '../../core/eligibility';
import type { MessageKey, Translate } from '../i18n/translator';
import './who-can-join.css';

const UNIT_KEYS: Partial<Record<Age['unit'], MessageKey>> = {
  month: 'who.months',
  week: 'who.weeks',
  day: 'who.days',
};

function ageWords(t: Translate, age: Age): string {
  const key = UNIT_KEYS[age.unit];
  return key ? t(key, { count: age.value }) : String(Math.round(age.years * 10) / 10);
}

const RANGE_KEYS = {
  adults: { from: 'who.adultsFrom', range: 'who.adultsRange', upTo: 'who.agesUpTo' },
  children: { from: 'who.agesFrom', range: 'who.childrenRange', upTo: 'who.childrenUpTo' },
  ages: { from: 'who.agesFrom', range: 'who.agesRange', upTo: 'who.agesUpTo' },
} as const satisfies Record<string, Record<'from' | 'range' | 'upTo', MessageKey>>;

const SEX_KEYS: Record<NonNullable<EligibilityFields['sex']>, MessageKey> = {
  ALL: 'who.sexAll',
  FEMALE: 'who.sexFemale',
  MALE: 'who.sexMale',
};

export function whoCanJoinText(t: Translate, trial: EligibilityFields): string {
  const range = ageRange(trial);
  const keys = range && RANGE_KEYS[range.group];
  const ages = !range
    ? t('who.agesUnknown')
    : range.min && range.max
      ? t(keys!.range, { min: ageWords(t, range.min), max: ageWords(t, range.max) })
      : range.min
        ? t(keys!.from, { min: ageWords(t, range.min) })
        : t(keys!.upTo, { max: ageWords(t, range.max!) });
  const parts = [ages];
  if (trial.sex) parts.push(t(SEX_KEYS[trial.sex]));
  if (trial.healthyVolunteers === true) parts.push(t('who.healthyYes'));
  if (trial.healthyVolunteers === false) parts.push(t('who.healthyNo'));
  return parts.join(' · ');
}
