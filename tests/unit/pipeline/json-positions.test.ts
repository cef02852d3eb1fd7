import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson, type JsonPath } from '../../../src/pipeline/readers/json-positions';
import { lineAt } from '../../../src/pipeline/source-error';

function accepts(text: string): boolean {
  try {
    scanJson(text, () => {});
    return true;
  } catch {
    return false;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('scanJson', () => {
  it('reports where each value starts, with its path', () => {
    const text = '{\n  "a": [\n    {"b": 1},\n    {"b": 2}\n  ]\n}';
    const seen: [JsonPath, number][] = [];
    scanJson(text, (path, offset) => seen.push([[...path], lineAt(text, offset)]));
    expect(seen).toEqual([
      [[], 1],
      [['a'], 2],
      [['a', 0], 3],
      [['a', 0, 'b'], 3],
      [['a', 1], 4],
      [['a', 1, 'b'], 4],
    ]);
  });

  it('decodes escaped keys', () => {
    const paths: string[] = [];
    scanJson('{"a\\"b": 1}', (path) => paths.push(path.join('/')));
    expect(paths).toEqual(['', 'a"b']);
  });

  it('accepts exactly what JSON.parse accepts, for JSON and for JSON with a character removed or added', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
        (json, at, extra) => {
          expect(accepts(json)).toBe(true);
          const cut = at % (json.length + 1);
          const removed = json.slice(0, cut) + json.slice(cut + 1);
          expect(accepts(removed)).toBe(parses(removed));
          const added = json.slice(0, cut) + extra + json.slice(cut);
          expect(accepts(added)).toBe(parses(added));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads numbers of any length', () => {
    // Found by the property below: a comma removed between two numbers leaves one of 43 characters.
    const text = '[null,-1.0000000000000002e-2871000000000000000000]';
    expect(parses(text)).toBe(true);
    const offsets: number[] = [];
    scanJson(text, (_, offset) => offsets.push(offset));
    expect(offsets).toEqual([0, 1, 6]);
    expect(accepts(`[${'1'.repeat(500)}]`)).toBe(true);
  });

  it('points at the offending character', () => {
    expect(() => scanJson('{"a": 1,\n "b" 2}', () => {})).toThrow(expect.objectContaining({ offset: 14 }));
    expect(() => scanJson('[1, 2', () => {})).toThrow('expected "," or "]" after an array element');
    expect(() => scanJson('{"a": tru}', () => {})).toThrow('expected a JSON value');
    expect(() => scanJson('["a\\x"]', () => {})).toThrow('invalid escape in string');
    expect(() => scanJson('["a\tb"]', () => {})).toThrow(
      'unescaped line break or control character in string',
    );
    expect(() => scanJson('["ab', () => {})).toThrow('unterminated string');
  });
});
