// The trials section of the compact site file: rows of values under one list of keys, with repeated values
// (status, phases, sponsor, source) stored once.
import * as z from 'zod/mini';
import { CompactFormatError } from './format';
import { firstDuplicate } from '../integrity';
import { trialSchema, type Trial } from '../schema';

type TrialRows = { keys: string[]; dictionaries: (unknown[] | null)[]; rows: unknown[][] };

/**
 * Trials as rows of values under one list of keys (field names once, not once per trial); a field with few
 * distinct values (status, phases, sponsor, source) is stored once per value and referred to by number.
 */
export function trialRows(trials: readonly Trial[]): TrialRows {
  const keys = Object.keys(trials[0] ?? {}) as (keyof Trial)[];
  const columns = keys.map((key) => {
    const index = new Map<string, number>();
    const codes = trials.map((trial) => {
      const text = JSON.stringify(trial[key]);
      let code = index.get(text);
      if (code === undefined) index.set(text, (code = index.size));
      return code;
    });
    const worthIt = trials.length >= 8 && index.size <= trials.length / 4;
    return {
      dictionary: worthIt ? [...index.keys()].map((text) => JSON.parse(text) as unknown) : null,
      codes,
    };
  });
  return {
    keys,
    dictionaries: columns.map((column) => column.dictionary),
    rows: trials.map((trial, t) =>
      keys.map((key, k) => (columns[k]!.dictionary ? columns[k]!.codes[t] : trial[key])),
    ),
  };
}

/** Trials checked in full against the dataset contract, as dataset.json's are: a damaged row is refused. */
export function trialList(value: unknown): Trial[] {
  const { keys, dictionaries, rows } = (value ?? {}) as Partial<Record<keyof TrialRows, unknown>>;
  if (!Array.isArray(keys) || !Array.isArray(dictionaries) || !Array.isArray(rows)) {
    throw new CompactFormatError('section "trials" must list trials');
  }
  const trials = rows.map((row: unknown, index) => {
    if (!Array.isArray(row) || row.length !== keys.length) {
      throw new CompactFormatError(`trial ${index} does not match the trial fields`);
    }
    const trial: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const dictionary = dictionaries[k] as unknown[] | null;
      const value = dictionary ? dictionary[row[k] as number] : row[k];
      if (value === undefined)
        throw new CompactFormatError(`trial ${index} field "${keys[k]}" is out of range`);
      trial[keys[k] as string] = value;
    }
    const checked = trialSchema.safeParse(trial);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const name = typeof trial.id === 'string' ? ` (${trial.id})` : '';
      throw new CompactFormatError(
        `trial ${index}${name} does not match the dataset format at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? z.prettifyError(checked.error)}`,
      );
    }
    return checked.data;
  });
  const twice = firstDuplicate(trials.map((trial) => trial.id));
  if (twice !== null) throw new CompactFormatError(`trial id "${twice}" is used twice`);
  return trials;
}
