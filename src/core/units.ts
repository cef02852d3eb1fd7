// Distance units: kilometres or miles from the person's locale, and how distances and radii read in each.
export const DISTANCE_UNITS = ['km', 'mi'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

export const KM_PER_MILE = 1.609344;

// Regions whose people measure road distances in miles: the United States and its territories, the United
// Kingdom, Liberia and Myanmar.
const MILE_REGIONS = new Set(['US', 'PR', 'VI', 'GU', 'AS', 'MP', 'UM', 'GB', 'LR', 'MM']);

/** The unit people of a locale expect ("en-US", "en-GB", "my" → miles; "de-DE", "fr" → km). */
export function unitsForLocale(locale: string): DistanceUnit {
  let region: string | undefined;
  try {
    // maximize() fills in the likely region of a bare language ("my" → MM, "en" → US, "de" → DE); its first
    // call loads the likely-subtags data (about 11 ms in Chromium), so a tag with a region ("en-GB") skips it.
    const tag = new Intl.Locale(locale);
    region = tag.region ?? tag.maximize().region;
  } catch {
    return 'km';
  }
  return region && MILE_REGIONS.has(region) ? 'mi' : 'km';
}

/** The first of the person's preferred locales decides; km when none is known. */
export function unitsForLocales(locales: readonly string[]): DistanceUnit {
  const first = locales[0];
  return first ? unitsForLocale(first) : 'km';
}

export function isDistanceUnit(value: string): value is DistanceUnit {
  return (DISTANCE_UNITS as readonly string[]).includes(value);
}

export function kmToUnit(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

export function unitToKm(value: number, unit: DistanceUnit): number {
  return unit === 'mi' ? value * KM_PER_MILE : value;
}

/** Radius choices, in the unit shown: the same round numbers read in km or in miles. */
export const RADIUS_STEPS = [25, 50, 100, 250, 500] as const;

/** The radius choices in km for a unit (25 mi is 40.23 km). */
export function radiusOptionsKm(unit: DistanceUnit): number[] {
  return RADIUS_STEPS.map((step) => unitToKm(step, unit));
}

/**
 * The choice closest to a radius once the unit changes (100 km → 50 mi → 100 km), compared on a log scale
 * because the steps grow geometrically. null (any distance) stays null.
 */
export function snapRadiusKm(radiusKm: number | null, unit: DistanceUnit): number | null {
  if (radiusKm === null || !(radiusKm > 0)) return null;
  let best = radiusKm;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const option of radiusOptionsKm(unit)) {
    const gap = Math.abs(Math.log(option / radiusKm));
    if (gap < bestGap - 1e-12) {
      best = option;
      bestGap = gap;
    }
  }
  return best;
}
