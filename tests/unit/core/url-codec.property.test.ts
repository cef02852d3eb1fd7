import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionKey } from '../../../src/core/conditions';
import { LANGUAGES } from '../../../src/core/languages';
import { PHASES } from '../../../src/core/schema';
import { STATUS_GROUPS } from '../../../src/core/status';
import { canonicalViewState, decodeViewState, encodeViewState } from '../../../src/core/url-codec/codec';
import { normalizeQuery } from '../../../src/core/url-codec/values';
import { VIEWS, type ViewState } from '../../../src/core/view-state';

const sortedSet = <T extends string>(values: T[], order?: readonly T[]): T[] =>
  [...new Set(values)].sort(order ? (a, b) => order.indexOf(a) - order.indexOf(b) : undefined);

/** Ids as datasets may spell them: any text, including commas, slashes, "+", "&" and non-Latin scripts. */
const id = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
  .filter((value) => value.trim() === value && value !== '');
const round = (decimals: number) => (value: number) =>
  Math.round(value * 10 ** decimals) / 10 ** decimals + 0;
const countryCode = fc.stringMatching(/^[A-Z]{2}$/);

/** Every valid (canonical) view state. */
const validState: fc.Arbitrary<ViewState> = fc
  .record({
    dataset: fc.option(
      fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/).filter((name) => name !== 'default'),
      { nil: null },
    ),
    trials: fc.array(id, { maxLength: 5 }).map((ids) => sortedSet(ids)),
    countries: fc.array(countryCode, { maxLength: 5 }).map((codes) => sortedSet(codes)),
    statuses: fc.subarray([...STATUS_GROUPS]),
    phases: fc.subarray([...PHASES]),
    q: fc.string({ unit: 'grapheme', maxLength: 250 }).map(normalizeQuery),
    conditions: fc
      .array(fc.string({ unit: 'grapheme', maxLength: 30 }).map(conditionKey), { maxLength: 4 })
      .map((keys) => sortedSet(keys.filter((key) => key !== ''))),
    age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    sex: fc.option(fc.constantFrom('female' as const, 'male' as const), { nil: null }),
    site: fc.option(id, { nil: null }),
    details: fc.option(id, { nil: null }),
    map: fc.option(
      fc.record({
        zoom: fc.integer({ min: 0, max: 1900 }).map((z) => z / 100),
        lat: fc.double({ min: -85.05, max: 85.05, noNaN: true }).map(round(5)),
        lng: fc.double({ min: -180, max: 179.99999, noNaN: true }).map(round(5)),
      }),
      { nil: null },
    ),
    view: fc.constantFrom(...VIEWS),
    near: fc.option(
      fc.record({
        lat: fc.double({ min: -90, max: 90, noNaN: true }).map(round(3)),
        lon: fc.double({ min: -180, max: 179.999, noNaN: true }).map(round(3)),
      }),
      { nil: null },
    ),
    place: fc.option(
      fc.oneof(
        fc.integer({ min: 1, max: 2 ** 31 }).map(String),
        fc
          .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
          .map((words) => words.join('-')),
      ),
      { nil: null },
    ),
    radiusKm: fc.option(
      fc.integer({ min: 1, max: 20_038_000 }).map((m) => m / 1000),
      { nil: null },
    ),
    embed: fc.boolean(),
    lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  })
  // A named place is the location: its coordinates are never written beside it.
  .map((state) => (state.place === null ? state : { ...state, near: null }));

describe('url codec properties', () => {
  it('reads back every valid state exactly, with nothing to report', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(canonicalViewState(state)).toEqual(state);
        expect(decodeViewState(encodeViewState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every valid state when the dataset knows its ids', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const known = {
          trials: new Set(['other', ...state.trials, ...(state.details ? [state.details] : [])]),
          countries: new Set(state.countries),
          sites: new Set(state.site ? [state.site] : []),
          conditions: new Set(state.conditions),
        };
        expect(decodeViewState(encodeViewState(state), known)).toEqual({ state, ignored: [] });
      }),
    );
  });

  it('never throws on arbitrary text, and always returns a canonical state', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'?&=,/%+#.-019aeEzZ'.split('')), maxLength: 80 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'trial',
              'COUNTRY',
              'status',
              'phase',
              'q',
              'site',
              'map',
              'view',
              'near',
              'radius',
              'place',
              'details',
            ),
            fc.string({ unit: 'binary', maxLength: 20 }),
          ),
        )
        .map((pairs) => `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`),
    );
    fc.assert(
      fc.property(anyText, (search) => {
        const { state, ignored } = decodeViewState(search, { trials: new Set(['MT103-203']) });
        expect(canonicalViewState(state)).toEqual(state);
        expect(Array.isArray(ignored)).toBe(true);
        // encode(decode(x)) is stable: its own link reads back to the same link.
        const link = encodeViewState(state);
        expect(encodeViewState(decodeViewState(link).state)).toBe(link);
      }),
      { numRuns: 3000 },
    );
  });

  it('drops the coordinates beside a named place, whichever way they were given', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const near = { lat: 40.852, lon: 14.268 };
        const both = decodeViewState(`${encodeViewState({ ...state, near: null })}&near=40.852,14.268`).state;
        expect(both).toEqual(state.place === null ? { ...state, near } : state);
        expect(canonicalViewState({ ...state, near }).near).toEqual(state.place === null ? near : null);
      }),
    );
  });

  it('canonicalises any state so that equal views give equal links', () => {
    fc.assert(
      fc.property(validState, fc.array(countryCode, { maxLength: 4 }), (state, extra) => {
        const shuffled = { ...state, countries: [...extra, ...state.countries.slice().reverse(), ...extra] };
        const canonical = canonicalViewState(shuffled);
        expect(decodeViewState(encodeViewState(shuffled)).state).toEqual(canonical);
        expect(canonical.countries).toEqual(sortedSet([...extra, ...state.countries]));
      }),
    );
  });
});
