import { describe, expect, it } from 'vitest';
import { unwrapRing } from '../../src/app/map/country-shapes';

describe('unwrapRing', () => {
  it('continues a ring cut at the antimeridian east of 180°, so Leaflet does not draw a band across the map', () => {
    const chukotka = [
      [178, 65],
      [180, 66],
      [-178, 66],
      [-175, 65],
      [178, 65],
    ];
    expect(unwrapRing(chukotka)).toEqual([
      [178, 65],
      [180, 66],
      [182, 66],
      [185, 65],
      [178, 65],
    ]);
  });

  it('leaves ordinary rings alone', () => {
    const germany = [
      [6, 47],
      [15, 47],
      [15, 55],
      [6, 47],
    ];
    expect(unwrapRing(germany)).toBe(germany);
  });
});
