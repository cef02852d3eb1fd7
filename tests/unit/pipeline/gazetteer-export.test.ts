import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_VERSION, type GazetteerFile } from '../../../src/core/gazetteer-format';
import { buildPlaceIndex, searchPlaces } from '../../../src/core/place-search';
import {
  DEFAULT_COUNTRIES,
  admin1Label,
  buildGazetteer,
  exportGazetteer,
  serializeGazetteer,
  typedNames,
} from '../../../src/pipeline/gazetteer-export';
import { parseGeoNames, type GeoPlace } from '../../../src/pipeline/geonames';

const sample = parseGeoNames(readFileSync('tests/fixtures/geonames/sample.txt', 'utf8'), 'sample.txt');
const byName = (name: string) => sample.find((place) => place.name === name)!;
const options = { countries: DEFAULT_COUNTRIES, minPopulation: 5000 };

describe('typedNames', () => {
  it('keeps Latin-script names people type and drops codes and other scripts', () => {
    const munich = typedNames(byName('Munich'));
    expect(munich).toEqual(expect.arrayContaining(['München', 'Muenchen', 'Monaco di Baviera', 'Monachium']));
    expect(munich).not.toContain('MUC');
    expect(munich.some((name) => /\p{Script=Han}|\p{Script=Cyrillic}|\p{Script=Arabic}/u.test(name))).toBe(
      false,
    );
    // Romanizations from other scripts come all in lower case ("mi'unikha"): nobody types them.
    expect(munich.every((name) => /\p{Lu}/u.test(name))).toBe(true);
  });

  it("keeps the country's own script for Greek and Cyrillic places", () => {
    expect(typedNames(byName('Thessaloníki'))).toContain('Θεσσαλονίκη');
    expect(typedNames(byName('Munich')).some((name) => /\p{Script=Greek}/u.test(name))).toBe(false);
  });

  it('leaves out spellings of the GeoNames name itself and repeats', () => {
    const iasi = typedNames(byName('Iaşi'));
    expect(iasi).not.toContain('Iasi');
    expect(new Set(iasi.map((name) => name.toLowerCase())).size).toBe(iasi.length);
  });
});

describe('admin1Label', () => {
  it('keeps letter codes and names the nations of the United Kingdom; drops numbers', () => {
    const springfield = sample.find((place) => place.name === 'Springfield' && place.admin1 === 'IL')!;
    expect(admin1Label(springfield)).toBe('IL');
    expect(admin1Label(byName('Manchester'))).toBe('England');
    expect(admin1Label(byName('Munich'))).toBe('');
  });
});

describe('buildGazetteer', () => {
  const file = buildGazetteer(sample, options);

  it('keeps towns of the chosen countries, leaving out city sections, small places and other countries', () => {
    expect(file.name).toContain('Munich');
    expect(file.name).toContain('Springfield');
    expect(file.name).not.toContain('Tokyo'); // not in Europe or the United States
    expect(file.name).not.toContain('Soldeu'); // 602 people
    expect(file.name).not.toContain('Zehlendorf'); // a section of Berlin (PPLX)
    expect(buildGazetteer(sample, { ...options, keepIds: [3038999] }).name).toContain('Soldeu');
  });

  it('writes parallel columns in GeoNames id order, with every population', () => {
    expect(file.version).toBe(GAZETTEER_VERSION);
    const size = file.geonameId.length;
    for (const column of ['name', 'country', 'admin1', 'lat', 'lon', 'population', 'alt'] as const) {
      expect(file[column]).toHaveLength(size);
    }
    expect([...file.geonameId].sort((a, b) => a - b)).toEqual(file.geonameId);
    expect(file.population.every((population) => population >= 5000)).toBe(true);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled: GeoPlace[] = [...sample].reverse();
    expect(serializeGazetteer(buildGazetteer(shuffled, options))).toBe(serializeGazetteer(file));
  });
});

describe('the committed gazetteer', () => {
  const committed = readFileSync('public/data/gazetteer.json', 'utf8');

  it('equals a fresh export (run `npm run data:gazetteer` when it does not)', () => {
    expect(exportGazetteer({ datasetFile: 'public/data/default/dataset.json' }) === committed).toBe(true);
  });

  it('finds the names people type', () => {
    const index = buildPlaceIndex(JSON.parse(committed) as GazetteerFile);
    const first = (query: string) => searchPlaces(index, query, 1)[0];
    expect(first('München')).toMatchObject({ name: 'Munich', country: 'DE' });
    expect(first('Munich')).toMatchObject({ name: 'Munich', country: 'DE' });
    expect(first('Napoli')).toMatchObject({ name: 'Naples', country: 'IT' });
    expect(first('Bialystok')).toMatchObject({ name: 'Białystok', country: 'PL' });
    expect(first('Iasi')).toMatchObject({ name: 'Iaşi', country: 'RO' });
    expect(first('Frankfurt')).toMatchObject({ name: 'Frankfurt am Main', country: 'DE' });
  });
});
