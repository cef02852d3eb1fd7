// The Condition filter's options: the trials' conditions folded case- and accent-insensitively ("Breast Cancer",
// "breast cancer" and "Breast cancer" are one option), each trial matching the options its conditions or
// keywords name.
import type { Trial } from './schema';
import { foldName } from './text-fold';

export interface ConditionIndex {
  /** Folded keys (what links carry), in order of their labels. */
  keys: string[];
  /** How each option reads: the spelling most trials use (the first seen on a tie). */
  labels: string[];
  /**
   * The options each trial matches, ascending, all trials' in one array: trial t's are
   * trialOptions[trialStart[t]] up to trialOptions[trialStart[t + 1]] (a filter change reads 100,000 trials'
   * options: one array, not 100,000).
   */
  trialStart: Uint32Array;
  trialOptions: Uint32Array;
}

/** The options trial `t` matches, ascending (a view of the index's array). */
export function optionsOf(index: ConditionIndex, t: number): Uint32Array {
  return index.trialOptions.subarray(index.trialStart[t], index.trialStart[t + 1]);
}

/** An index with no options, for `trials` trials. */
export function noConditions(trials: number): ConditionIndex {
  return { keys: [], labels: [], trialStart: new Uint32Array(trials + 1), trialOptions: new Uint32Array(0) };
}

/** The folded form a condition is matched and linked by ("Non-Hodgkin's Lymphoma" → "non hodgkin s lymphoma"). */
export function conditionKey(text: string): string {
  return foldName(text);
}

export function conditionIndex(trials: readonly Pick<Trial, 'conditions' | 'keywords'>[]): ConditionIndex {
  const spellings = new Map<string, Map<string, number>>();
  for (const trial of trials) {
    for (const condition of trial.conditions) {
      const key = conditionKey(condition);
      if (!key) continue;
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(condition, (forms.get(condition) ?? 0) + 1);
      spellings.set(key, forms);
    }
  }
  const options = [...spellings].map(([key, forms]) => {
    let label = '';
    let most = 0;
    for (const [form, count] of forms) if (count > most) [label, most] = [form, count];
    return { key, label };
  });
  options.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const index = new Map(options.map((option, i) => [option.key, i]));
  const trialStart = new Uint32Array(trials.length + 1);
  const matches: number[] = [];
  trials.forEach((trial, t) => {
    const matched = new Set<number>();
    for (const text of [...trial.conditions, ...trial.keywords]) {
      const option = index.get(conditionKey(text));
      if (option !== undefined) matched.add(option);
    }
    matches.push(...[...matched].sort((a, b) => a - b));
    trialStart[t + 1] = matches.length;
  });
  return {
    keys: options.map((o) => o.key),
    labels: options.map((o) => o.label),
    trialStart,
    trialOptions: Uint32Array.from(matches),
  };
}
