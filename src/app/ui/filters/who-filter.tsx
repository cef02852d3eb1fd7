// The "Who can join" group: the person's age ("I am 34") and sex; trials that say nothing of either are kept.
import { useId, useState } from 'react';
import { MAX_PERSON_AGE, type PersonSex } from '../../../core/eligibility';
import { useT } from '../../i18n/i18n-store';
import { useAppStore } from '../../state/store';
import '../who-can-join.css';

const SEXES = [
  { value: null, key: 'filters.sexAny' },
  { value: 'female', key: 'filters.sexFemale' },
  { value: 'male', key: 'filters.sexMale' },
] as const;

/** A whole number of years the filter can use, or null (empty, or not an age). */
export function readAge(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const age = Number(text);
  return age <= MAX_PERSON_AGE ? age : null;
}

export function WhoFilter() {
  const id = useId();
  const t = useT();
  const age = useAppStore((s) => s.filters.age);
  const sex = useAppStore((s) => s.filters.sex);
  // What is typed, kept while it is not (yet) an age; the store holds the age the filter uses.
  const [draft, setDraft] = useState<{ text: string; for: number | null }>({ text: '', for: null });
  const text = draft.for === age ? draft.text : age === null ? '' : String(age);
  const { setAge, setSex } = useAppStore.getState();
  return (
    <fieldset className="facet-group who-filter">
      <legend>{t('filters.who')}</legend>
      <label className="who-age" htmlFor={`${id}-age`}>
        {t('filters.age')}
      </label>
      <input
        id={`${id}-age`}
        className="who-age-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        value={text}
        onChange={(event) => {
          const next = readAge(event.target.value);
          setDraft({ text: event.target.value, for: next });
          if (next !== age) setAge(next);
        }}
      />
      <fieldset className="who-sex">
        <legend>{t('filters.sex')}</legend>
        {SEXES.map((option) => (
          <label key={option.key} className="who-sex-option">
            <input
              type="radio"
              name={`${id}-sex`}
              checked={sex === option.value}
              onChange={() => setSex(option.value as PersonSex | null)}
            />
            {t(option.key)}
          </label>
        ))}
      </fieldset>
      <p className="facet-note">{t('filters.whoNote')}</p>
    </fieldset>
  );
}
