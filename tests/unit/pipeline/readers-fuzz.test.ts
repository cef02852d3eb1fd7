// Damaged inputs: each reader's real fixtures, mutated at random, either give an error that names the file
// or trials of the dataset's shape that still have their sites. Never a crash, never an unnamed error.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trialSchema } from '../../../src/core/schema';
import { readSource } from '../../../src/pipeline/readers/read-source';
import { SourceError } from '../../../src/pipeline/source-error';

const FIXTURES = [
  'tests/fixtures/ctgov/NCT02552212.json',
  'tests/fixtures/ctgov/NCT01207388.xml',
  'seeds/004_e87ec184d23465ba.txt',
  'seeds/000_931c9eae9643c398.txt',
  'seeds/003_e9f14de385d16e30.txt',
];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'repeat'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.constantFrom('{', '}', '[', ']', '"', ',', '<', '>', '&', '\n', '\u0000', ':'),
      fc.string(),
    ),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 200 }),
  }),
);

function mutate(text: string, change: Mutation): string {
  const at = Math.floor(change.at * text.length);
  switch (change.kind) {
    case 'cut':
      return text.slice(0, at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'repeat':
      return text.slice(0, at + change.length) + text.slice(at);
  }
}

describe('readers on damaged input', () => {
  it.each(FIXTURES)('%s: a named error, or trials of the right shape that keep their sites', (fixture) => {
    const original = readFileSync(fixture, 'utf8');
    const file = `damaged-${fixture.split('/').at(-1)}`;
    const hadSites = readSource(original, file).studies.some((study) => study.sites.length > 0);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const text = changes.reduce(mutate, original);
        let studies;
        try {
          studies = readSource(text, file).studies;
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
          expect((error as SourceError).message.startsWith(`${file}:`)).toBe(true);
          return;
        }
        for (const { trial, sites } of studies) {
          expect(trialSchema.safeParse(trial).success).toBe(true);
          for (const site of sites) expect(typeof site.city).toBe('string');
        }
        if (hadSites) expect(studies.some((study) => study.sites.length > 0)).toBe(true);
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });
});
