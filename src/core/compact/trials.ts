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

type Field = keyof typeof trialSchema.shape;
type Checked = { success: true; data: unknown } | { success: false; error: z.core.$ZodError };
const FIELDS = Object.keys(trialSchema.shape) as Field[];

function formatError(
  index: number,
  id: unknown,
  path: PropertyKey[],
  error: z.core.$ZodError,
): CompactFormatError {
  const issue = error.issues[0];
  const name = typeof id === 'string' ? ` (${id})` : '';
  return new CompactFormatError(
    `trial ${index}${name} does not match the dataset format at ${path.join('.') || '(root)'}: ${issue?.message ?? z.prettifyError(error)}`,
  );
}

/**
 * Trials checked in full against the dataset contract, as dataset.json's are: a damaged row is refused. Each
 * field is checked with the contract's own schema for it; a value stored once in a dictionary is checked once,
 * not once per trial (a registry-sized file repeats a status or a sponsor tens of thousands of times).
 */
export function trialList(value: unknown): Trial[] {
  const { keys, dictionaries, rows } = (value ?? {}) as Partial<Record<keyof TrialRows, unknown>>;
  if (!Array.isArray(keys) || !Array.isArray(dictionaries) || !Array.isArray(rows)) {
    throw new CompactFormatError('section "trials" must list trials');
  }
  const column = new Map<unknown, number>(keys.map((key, k) => [key, k]));
  const idColumn = column.get('id');
  // Per field of the contract: where the file stores it, and per dictionary entry the checked value (or the
  // error), found on first use.
  const plan = FIELDS.map((field) => {
    const k = column.get(field);
    const dictionary = k === undefined ? null : (dictionaries[k] as unknown[] | null);
    return {
      field,
      k,
      schema: trialSchema.shape[field],
      dictionary: Array.isArray(dictionary) ? dictionary : null,
      checked: [] as (Checked | undefined)[],
    };
  });
  const trials = rows.map((row: unknown, index) => {
    if (!Array.isArray(row) || row.length !== keys.length) {
      throw new CompactFormatError(`trial ${index} does not match the trial fields`);
    }
    const id: unknown = idColumn === undefined ? undefined : row[idColumn];
    const trial: Record<string, unknown> = {};
    for (const { field, k, schema, dictionary, checked: entries } of plan) {
      let checked: Checked | undefined;
      if (k === undefined) {
        // A field the file lacks: the contract says what is wrong with its absence.
        checked = schema.safeParse(undefined) as Checked;
      } else if (dictionary) {
        const code = row[k] as number;
        checked = entries[code];
        if (!checked) {
          const stored = dictionary[code];
          if (stored === undefined)
            throw new CompactFormatError(`trial ${index} field "${field}" is out of range`);
          checked = entries[code] = schema.safeParse(stored) as Checked;
        }
      } else {
        if (row[k] === undefined)
          throw new CompactFormatError(`trial ${index} field "${field}" is out of range`);
        checked = schema.safeParse(row[k]) as Checked;
      }
      if (!checked.success)
        throw formatError(index, id, [field, ...(checked.error.issues[0]?.path ?? [])], checked.error);
      if (k !== undefined) trial[field] = checked.data;
    }
    return trial as Trial;
  });
  const twice = firstDuplicate(trials.map((trial) => trial.id));
  if (twice !== null) throw new CompactFormatError(`trial id "${twice}" is used twice`);
  return trials;
}
