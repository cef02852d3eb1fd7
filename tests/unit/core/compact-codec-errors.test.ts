import { describe, expect, it } from 'vitest';
import { CompactFormatError, decodeToSiteTable, encodeDataset } from '../../../src/core/compact/codec';
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

/** Swaps a same-length piece of the JSON header, leaving the binary sections as they are. */
function patchHeader(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error('bad patch');
  const out = bytes.slice();
  out.set(new TextEncoder().encode(to), at);
  return out;
}

const decodeError = (bytes: Uint8Array) => {
  try {
    decodeToSiteTable(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(CompactFormatError);
    return (error as Error).message;
  }
  throw new Error('decoding did not fail');
};

describe('compact codec on broken input', () => {
  const good = encodeDataset(dataset);

  it('decodes the untouched file', () => {
    expect(decodeToSiteTable(good).cities).toEqual(['Oslo']);
  });

  it('names what is wrong', () => {
    expect(decodeError(new Uint8Array(3))).toMatch(/too short/);
    expect(decodeError(new TextEncoder().encode('{"schemaVersion":1}'))).toMatch(/not a site file/);
    const wrongVersion = good.slice();
    wrongVersion[4] = 9;
    expect(decodeError(wrongVersion)).toMatch(/version 9 is not supported/);
    expect(decodeError(good.subarray(0, good.byteLength - 40))).toMatch(/outside the file \(truncated\?\)/);
    expect(decodeError(good.subarray(0, 20))).toMatch(/header is truncated/);
  });

  it('rejects a malformed header and out-of-range codes', () => {
    expect(decodeError(patchHeader(good, '"name":"e"', '"name":999'))).toMatch(/header is malformed/);
    expect(decodeError(patchHeader(good, '"name":"e"', '"name":"e '))).toMatch(/header is not valid JSON/);
    // A country code beyond the country list.
    const bytes = good.slice();
    const text = new TextDecoder().decode(good);
    const header = JSON.parse(text.slice(12, 12 + new DataView(good.buffer).getUint32(8, true)));
    const base = (12 + new DataView(good.buffer).getUint32(8, true) + 7) & ~7;
    bytes[base + header.codes.country.offset] = 5;
    expect(decodeError(bytes)).toMatch(/column "country" row 0 is out of range/);
  });
});
