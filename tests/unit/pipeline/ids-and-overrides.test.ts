import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/pipeline/ids';
import { readOverrides } from '../../../src/pipeline/overrides';

describe('slugify', () => {
  it('makes a stable, URL-safe id from a title', () => {
    expect(slugify('Blinatumomab + HMCT for Acute Lymphoblastic Leukemia')).toBe(
      'blinatumomab-hmct-for-acute-lymphoblastic-leukemia',
    );
    expect(slugify('Étude de phase II — Hôpital Saint-Louis')).toBe('etude-de-phase-ii-hopital-saint-louis');
  });

  it('cuts long titles and keeps them distinct with a hash of the full title', () => {
    const base = 'A Randomized Phase III Study Comparing Two Regimens in Adults With Relapsed Disease, Part ';
    const one = slugify(`${base}One`);
    const two = slugify(`${base}Two`);
    expect(one.length).toBeLessThanOrEqual(80);
    expect(one).toMatch(/^a-randomized-phase-iii-study-.*-[0-9a-f]{8}$/);
    expect(one).not.toBe(two);
    expect(slugify(`${base}One`)).toBe(one);
  });
});

describe('readOverrides', () => {
  const write = (content: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-')), 'overrides.json');
    writeFileSync(file, content);
    return file;
  };

  it('reads the committed overrides, each with a reason', () => {
    const overrides = readOverrides('data/geocode-overrides.json');
    expect(overrides.length).toBeGreaterThan(0);
    for (const override of overrides) expect(override.reason.length).toBeGreaterThan(10);
  });

  it('names the file and the line of a bad entry', () => {
    const entry = (reason: string) =>
      `    { "country": "ES", "city": "Mallorca", "geonameId": 2512989${reason} }`;
    const file = write(`{\n  "overrides": [\n${entry(', "reason": "ok"')},\n${entry('')}\n  ]\n}\n`);
    expect(() => readOverrides(file, 'overrides.json')).toThrow(/^overrides\.json:4: overrides\.1\.reason: /);
    expect(() => readOverrides(write('{\n  "overrides": [\n    {,}\n  ]\n}'), 'o.json')).toThrow(
      /^o\.json:3: /,
    );
  });
});
