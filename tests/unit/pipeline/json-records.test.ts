import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ctgovApiStudies, readCtgovApiJson } from '../../../src/pipeline/readers/ctgov-api-json';
import { jsonRecords, parseRecord } from '../../../src/pipeline/readers/json-records';
import { textPieces } from '../../../src/pipeline/readers/text-pieces';

const records = (text: string, pieces: readonly string[] = [text]) =>
  [...jsonRecords(pieces, 'in.json')].map(({ text: json, line, index, locationLines }) => ({
    value: JSON.parse(json) as unknown,
    line,
    index,
    locationLines,
  }));

/** The text cut at the given offsets (sorted, duplicates allowed). */
function cut(text: string, offsets: readonly number[]): string[] {
  const at = [...offsets].map((offset) => offset % (text.length + 1)).sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

const study = (id: string, cities: readonly string[]) => ({
  protocolSection: {
    identificationModule: { nctId: id, briefTitle: `Study ${id}` },
    contactsLocationsModule: { locations: cities.map((city) => ({ city, country: 'Germany' })) },
  },
});

describe('jsonRecords', () => {
  it('gives the elements of a top-level array with their lines and their locations lines', () => {
    const text = [
      '[',
      JSON.stringify(study('NCT00000001', ['Berlin'])),
      ',',
      JSON.stringify(study('NCT00000002', ['Bonn', 'Köln']), null, 1),
      ']',
    ].join('\n');
    const found = records(text);
    expect(found.map(({ line, index, locationLines }) => ({ line, index, locationLines }))).toEqual([
      { line: 2, index: 0, locationLines: [2] },
      // Pretty-printed: each location's "{" on a line of its own.
      { line: 4, index: 1, locationLines: [12, 16] },
    ]);
    const lines = text.split('\n');
    expect(lines[11]!.trim()).toBe('{');
    expect(lines[15]!.trim()).toBe('{');
    expect(found[1]!.value).toEqual(study('NCT00000002', ['Bonn', 'Köln']));
  });

  it('gives the studies of an API page, and a single study as one record', () => {
    const page = `{"totalCount": 2,\n"studies": [\n${JSON.stringify(study('NCT00000001', ['A']))},\n${JSON.stringify(study('NCT00000002', []))}\n],\n"nextPageToken": "x"}`;
    expect(records(page).map(({ line, value }) => [line, value])).toEqual([
      [3, study('NCT00000001', ['A'])],
      [4, study('NCT00000002', [])],
    ]);
    const single = JSON.stringify(study('NCT00000003', ['B', 'C']), null, 2);
    expect(records(single)).toEqual([
      { value: study('NCT00000003', ['B', 'C']), line: 1, index: 0, locationLines: [9, 13] },
    ]);
    // A "studies" member that is not a list, or one deeper down, leaves the document whole.
    expect(records('{"studies": 1}').map(({ value }) => value)).toEqual([{ studies: 1 }]);
    expect(records('{"a": {"studies": [1, 2]}}').map(({ value }) => value)).toEqual([
      { a: { studies: [1, 2] } },
    ]);
    expect(records('[]')).toEqual([]);
    expect(records('{"studies": []}')).toEqual([]);
  });

  it('finds the same records wherever the text is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (values, asPage, offsets) => {
          const list = `[\n${values.map((value) => JSON.stringify(value, null, 1)).join(',\n')}\n]`;
          const text = asPage ? `{"studies": ${list}, "next": ["]"]}` : list;
          const whole = records(text);
          expect(whole.map(({ value }) => value)).toEqual(JSON.parse(JSON.stringify(values)));
          expect(records(text, cut(text, offsets))).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the file and the line of a syntax error, in a record or around the records', () => {
    const first = JSON.stringify(study('NCT00000001', ['A']));
    const fail = (text: string) => () =>
      [...jsonRecords([text], 'in.json')].map((r) => parseRecord(r, 'in.json'));
    expect(fail(`[\n${first},\n{"a": 1,\n "b" 2}\n]`)).toThrow('in.json:4: expected ":"');
    expect(fail(`[\n${first},\n{"a": [1}\n]`)).toThrow(
      'in.json:3: expected "," or "]" after an array element',
    );
    expect(fail(`[\n${first}\n${first}]`)).toThrow('in.json:3: expected "," or "]" after an array element');
    expect(fail(`[\n${first},\n{"a": tru}]`)).toThrow('in.json:3: expected a JSON value');
    expect(fail(`[\n${first},\n{"a": "b`)).toThrow('in.json:3: unterminated string');
    expect(fail(`[\n${first},\n`)).toThrow('in.json:3: the JSON text ends early');
    expect(fail(`[\n${first}\n]\nmore`)).toThrow('in.json:4: unexpected text after the JSON value');
    expect(fail(`{"studies": [${first}],\n"nextPageToken": tru}`)).toThrow(
      'in.json:2: expected a JSON value',
    );
    expect(fail(`{"totalCount": x,\n"studies": [${first}]}`)).toThrow('in.json:1: expected a JSON value');
    expect(fail('')).toThrow('in.json:1: expected a JSON value');
    expect(fail(`${'['.repeat(2000)}${']'.repeat(2000)}`)).toThrow(
      'in.json:1: nested more than 1000 levels deep',
    );
  });

  it('hands each record on as soon as its text has been read, not at the end of the file', () => {
    const consumed: number[] = [];
    function* pieces() {
      for (let i = 0; i < 1000; i++) {
        consumed.push(i);
        yield `${i === 0 ? '[' : ','}${JSON.stringify(study(`NCT${String(i).padStart(8, '0')}`, ['A']))}`;
      }
      yield ']';
    }
    const studies = ctgovApiStudies(pieces(), 'big.json');
    expect(studies.next().value?.trial.id).toBe('NCT00000000');
    // The first study is complete once the second one starts.
    expect(consumed.length).toBeLessThanOrEqual(2);
    let count = 1;
    for (const _ of studies) count += 1;
    expect(count).toBe(1000);
  });
});

describe('textPieces', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'text-pieces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file piece by piece without cutting a character or keeping the byte order mark', () => {
    const file = path.join(dir, 'text.json');
    const text = '["Köln", "Łódź", "東京", "😀"]';
    writeFileSync(file, `\uFEFF${text}`);
    for (const size of [1, 2, 3, 5, 64]) expect([...textPieces(file, size)].join('')).toBe(text);
  });

  it('reads a website download as a stream with the same studies as the whole text', () => {
    const file = 'tests/fixtures/ctgov/ctg-studies-dgg32.json';
    const whole = readCtgovApiJson(readFileSync(file, 'utf8'), file);
    expect([...ctgovApiStudies(textPieces(file, 4096), file)]).toEqual(whole);
    expect(whole.length).toBeGreaterThan(1);
  });
});
