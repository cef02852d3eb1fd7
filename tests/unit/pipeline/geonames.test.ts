import { describe, expect, it } from 'vitest';
import { parseGeoNames, readGeoNames } from '../../../src/pipeline/geonames';

describe('readGeoNames', () => {
  it('reads cities500 with alternate names, admin1 and population', () => {
    const places = readGeoNames();
    expect(places.length).toBeGreaterThan(150_000);
    const frankfurt = places.find((p) => p.geonameId === 2925533);
    expect(frankfurt).toMatchObject({
      name: 'Frankfurt am Main',
      country: 'DE',
      admin1: '05',
      featureCode: 'PPLA3',
    });
    expect(frankfurt?.lat).toBeCloseTo(50.1155, 2);
    expect(frankfurt?.lon).toBeCloseTo(8.6842, 2);
    expect(frankfurt?.population).toBeGreaterThan(500_000);
    const naples = places.find((p) => p.geonameId === 3172394);
    expect(naples?.alternateNames).toContain('Naples');
  });

  it('parses each process once', () => {
    expect(readGeoNames()).toBe(readGeoNames());
  });

  it('names the line of a malformed row', () => {
    const good = ['1', 'A', 'A', '', '1', '2', 'P', 'PPL', 'XX', '', '01', '', '', '', '5'].join('\t');
    expect(parseGeoNames(`${good}\n${good}\n`, 'x.txt')).toHaveLength(2);
    expect(() => parseGeoNames(`${good}\nbroken\tline\n`, 'x.txt')).toThrow('x.txt:2:');
  });
});
