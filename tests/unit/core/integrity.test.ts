import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkJsonChecksum,
  crc32Bytes,
  crc32Text,
  datasetInconsistency,
  firstDuplicate,
} from '../../../src/core/integrity';

const published = new Uint8Array(readFileSync('public/data/default/dataset.json'));

describe('checksums', () => {
  it('is the standard CRC-32, and the same for a text and its UTF-8 bytes (property)', () => {
    expect(crc32Bytes(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const bytes = (text: string) => new TextEncoder().encode(text);
        expect(crc32Text(a)).toBe(crc32Bytes(bytes(a)));
        expect(crc32Text(b, crc32Text(a))).toBe(crc32Bytes(bytes(a + b)));
      }),
    );
  });

  it('finds the published dataset intact, and any changed byte before its checksum (property)', () => {
    expect(checkJsonChecksum(published)).toEqual({ kind: 'intact' });
    const end = new TextDecoder().decode(published).lastIndexOf(',\n"checksum"');
    fc.assert(
      fc.property(fc.nat({ max: end - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const damaged = published.slice();
        damaged[at]! ^= flip;
        expect(checkJsonChecksum(damaged).kind).toBe('damaged');
      }),
      { numRuns: 200 },
    );
    expect(checkJsonChecksum(new TextEncoder().encode('{"trials":[],"sites":[]}'))).toEqual({ kind: 'none' });
  });
});

describe('dataset consistency', () => {
  const trials = [{ id: 't1' }, { id: 't2' }];
  it('accepts unique ids whose trials are held, and names the first problem otherwise', () => {
    expect(firstDuplicate(['a', 'b', 'a', 'b'])).toBe('a');
    expect(datasetInconsistency({ trials, sites: [{ id: 's1', trialId: 't1' }] })).toBeNull();
    expect(datasetInconsistency({ trials: [...trials, { id: 't1' }], sites: [] })).toBe(
      'trial id "t1" is used twice',
    );
    const twice = [
      { id: 's1', trialId: 't1' },
      { id: 's1', trialId: 't2' },
    ];
    expect(datasetInconsistency({ trials, sites: twice })).toBe('site id "s1" is used twice');
    expect(datasetInconsistency({ trials, sites: [{ id: 's1', trialId: 't9' }] })).toMatch(
      /belongs to trial "t9", which the dataset does not hold/,
    );
  });
});
