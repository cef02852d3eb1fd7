import { describe, expect, it } from 'vitest';
import { CompactFormatError, decodeCompact, decodeSiteText } from '../../../src/core/compact/decode';
import { encodeDataset } from '../../../src/core/compact/encode';
import { crc32Bytes } from '../../../src/core/integrity';
import type { Dataset } from '../../../src/core/schema';

const dataset: Dataset =
  JSON.parse(`{"schemaVersion":2,"name":"e","builtFrom":{"lastUpdatePosted":null,"fetch":null},"trials":[{"id":"t","nctId":null,"orgStudyIds":[],
"title":"T","overallStatus":"UNKNOWN","phases":[],"enrollment":null,"sponsor":null,"collaborators":[],"overallOfficials":[],"centralContacts":[],
"conditions":[],"interventions":[],"minimumAge":null,"maximumAge":null,"sex":null,"stdAges":[],"healthyVolunteers":null,"studyType":null,"keywords":[],
"startDate":null,"primaryCompletionDate":null,"completionDate":null,"lastUpdatePosted":null,"statusVerifiedDate":null,
"summary":null,"results":null,"sitesListed":true,"source":{"file":"x","kind":"ctgov-api-json"}}],"sites":[{"id":"s1",
"trialId":"t","siteNumber":null,"facility":"F","city":"Oslo","state":null,"zip":null,"country":"NO","status":"UNKNOWN",
"statusSource":"trial","lat":59.9,"lon":10.7,"geocode":{"method":"source","placeName":null,"geonameId":null,"note":null},
"sourceLine":null,"contacts":[]}]}`);

/** A changed file with its checksum made to match again, so the checks behind the checksum are reached. */
function resealed(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const content = out.byteLength - 4;
  new DataView(out.buffer).setUint32(content, crc32Bytes(out.subarray(0, content)), true);
  return out;
}

/** Swaps a same-length piece of the JSON header, leaving the binary sections as they are. */
function patchHeader(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error('bad patch');
  const out = bytes.slice();
  out.set(new TextEncoder().encode(to), at);
  return resealed(out);
}

const decodeError = (bytes: Uint8Array) => {
  try {
    decodeCompact(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(CompactFormatError);
    return (error as Error).message;
  }
  throw new Error('decoding did not fail');
};

describe('compact codec on broken input', () => {
  const good = encodeDataset(dataset).sites;

  it('decodes the untouched file', () => {
    expect(decodeCompact(good).table.cities).toEqual(['Oslo']);
  });

  it('names what is wrong', () => {
    expect(decodeError(new Uint8Array(3))).toMatch(/too short/);
    expect(decodeError(new TextEncoder().encode('{"schemaVersion":1}'))).toMatch(/not a site file/);
    const wrongVersion = good.slice();
    wrongVersion[4] = 9;
    expect(decodeError(wrongVersion)).toMatch(/version 9 is not supported/);
    // Cut short: the checksum no longer matches; with one that does, the sections still do not fit.
    expect(decodeError(good.subarray(0, good.byteLength - 40))).toMatch(/damaged/);
    expect(decodeError(resealed(good.subarray(0, good.byteLength - 40)))).toMatch(
      /outside the file \(truncated\?\)/,
    );
    expect(decodeError(resealed(good.subarray(0, 20)))).toMatch(/header is truncated/);
  });

  it('rejects a malformed header and out-of-range codes', () => {
    expect(decodeError(patchHeader(good, '"name":"e"', '"name":999'))).toMatch(/header is malformed/);
    expect(decodeError(patchHeader(good, '"name":"e"', '"name":"e '))).toMatch(/header is not valid JSON/);
    // A country code beyond the country list.
    const bytes = good.slice();
    const text = new TextDecoder().decode(good);
    const header = JSON.parse(text.slice(12, 12 + new DataView(good.buffer).getUint32(8, true)));
    const base = (12 + new DataView(good.buffer).getUint32(8, true) + 7) & ~7;
    // The country is stored by point (the sites at a point share it).
    bytes[base + header.codes.country.byPoint.offset] = 5;
    expect(decodeError(bytes)).toMatch(/damaged/);
    expect(decodeError(resealed(bytes))).toMatch(/column "country" point 0 is out of range/);
  });

  it('refuses coordinates that place more points than there are', () => {
    // Oslo's 59.9 and 10.7 have few decimals: they are stored as scaled differences, one point placed.
    expect(decodeError(patchHeader(good, '"placed":1', '"placed":2'))).toMatch(
      /column "pointLat" places 2 points, of 1/,
    );
  });

  it('refuses a cluster hierarchy whose nodes do not add up', () => {
    expect(decodeError(patchHeader(good, '"nodeCount":1', '"nodeCount":2'))).toMatch(
      /zoom 0 holds 1 clusters, expected 2/,
    );
  });

  it('refuses every file with one changed byte (the damaged-byte test)', () => {
    for (let at = 0; at < good.byteLength; at++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const damaged = good.slice();
        damaged[at]! ^= flip;
        expect(() => decodeCompact(damaged), `byte ${at} ^ ${flip}`).toThrow(CompactFormatError);
      }
    }
  });

  it("refuses every file of the sites' text with one changed byte", () => {
    const files = encodeDataset(dataset);
    for (let at = 0; at < files.text.byteLength; at++) {
      const damaged = files.text.slice();
      damaged[at]! ^= 0x01;
      const sites = decodeCompact(files.sites);
      expect(() => decodeSiteText(damaged, sites), `byte ${at}`).toThrow(CompactFormatError);
    }
  });

  it('checks every trial row against the dataset contract', () => {
    const [trial] = dataset.trials;
    const titled = { ...dataset, trials: [{ ...trial!, title: { html: '<b>T</b>' } }] } as unknown as Dataset;
    expect(decodeError(encodeDataset(titled).sites)).toMatch(
      /trial 0 \(t\) does not match the dataset format at title/,
    );
    const bare = { ...dataset, trials: [{ id: 't', phases: [] }] } as unknown as Dataset;
    expect(decodeError(encodeDataset(bare).sites)).toMatch(/trial 0 \(t\) does not match the dataset format/);
  });

  it('checks a value stored once for many trials, naming the first trial that uses it', () => {
    // Ten trials with one status: the file stores it once, in a dictionary.
    const trials = Array.from({ length: 10 }, (_, i) => ({
      ...dataset.trials[0]!,
      id: i === 0 ? 't' : `t${i}`,
    }));
    trials[3] = { ...trials[3]!, sponsor: 42 as unknown as string };
    const many = { ...dataset, trials: trials.map((trial) => ({ ...trial, overallStatus: 'PAUSED' })) };
    expect(decodeError(encodeDataset(many as unknown as Dataset).sites)).toMatch(
      /trial 0 \(t\) does not match the dataset format at overallStatus/,
    );
    const good = {
      ...dataset,
      trials: trials.map((trial, i) => (i === 3 ? { ...trial, sponsor: null } : trial)),
    };
    expect(decodeCompact(encodeDataset(good).sites).table.trials.map((trial) => trial.id)).toHaveLength(10);
    expect(decodeError(encodeDataset({ ...dataset, trials } as unknown as Dataset).sites)).toMatch(
      /trial 3 \(t3\) does not match the dataset format at sponsor/,
    );
  });

  it('refuses site ids that are not unique', () => {
    const [site] = dataset.sites;
    const twice = { ...dataset, sites: [site!, { ...site!, city: 'Bergen', lat: 60.4, lon: 5.3 }] };
    expect(decodeError(encodeDataset(twice).sites)).toMatch(/site id "s1" is used twice/);
  });
});
