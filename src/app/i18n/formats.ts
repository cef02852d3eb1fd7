// Numbers, distances, dates, country names and sorting in the chosen language, all from the platform's Intl.
import { countryNameIn } from '../../core/countries';
import type { Language } from '../../core/languages';
import { kmToUnit, type DistanceUnit } from '../../core/units';

export interface Formats {
  /** "1,204" / "1.204" / "1 204". */
  count: (value: number) => string;
  /** "38.2 million" / "38,2 Millionen" for headline figures; whole numbers below a million. */
  population: (value: number) => string;
  /** "12.5%" / "12,5 %", or an en dash when there is nothing to divide by. */
  share: (share: number | null) => string;
  /** "42 km", "26 mi"; "< 1 km" for a short but non-zero distance; "" when unknown. */
  distance: (km: number, unit: DistanceUnit) => string;
  /** A registry date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it was given: "March 2024", "März 2024". */
  date: (isoDate: string) => string;
  /** The country's name in the language (codes it cannot name are returned as they are). */
  country: (code: string) => string;
  /** "Austria, Germany and Italy" / "Österreich, Deutschland und Italien". */
  list: (items: readonly string[]) => string;
  /** Sorting the way the language sorts (accents beside their letters, "Ł" after "L"). */
  collator: Intl.Collator;
}

const UNIT_NAMES: Record<DistanceUnit, string> = { km: 'kilometer', mi: 'mile' };

export function createFormats(language: Language): Formats {
  const whole = new Intl.NumberFormat(language);
  const compact = new Intl.NumberFormat(language, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const units = {
    km: new Intl.NumberFormat(language, { style: 'unit', unit: UNIT_NAMES.km, maximumFractionDigits: 0 }),
    mi: new Intl.NumberFormat(language, { style: 'unit', unit: UNIT_NAMES.mi, maximumFractionDigits: 0 }),
  };
  const dates = {
    year: new Intl.DateTimeFormat(language, { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const lists = new Intl.ListFormat(language, { type: 'conjunction' });
  return {
    count: (value) => whole.format(value),
    population: (value) => (value >= 1_000_000 ? compact.format(value) : whole.format(value)),
    share: (share) => (share === null ? '–' : percent.format(share)),
    distance: (km, unit) => {
      if (!Number.isFinite(km) || km < 0) return '';
      const value = kmToUnit(km, unit);
      if (value > 0 && value < 0.5) return `< ${units[unit].format(1)}`;
      return units[unit].format(Math.round(value));
    },
    date: (isoDate) => {
      const [year, month, day] = isoDate.split('-').map(Number);
      if (year === undefined || !Number.isFinite(year)) return isoDate;
      const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
      if (Number.isNaN(when.getTime())) return isoDate;
      return (day !== undefined ? dates.day : month !== undefined ? dates.month : dates.year).format(when);
    },
    country: (code) => countryNameIn(code, language),
    list: (items) => lists.format(items),
    collator: new Intl.Collator(language),
  };
}
