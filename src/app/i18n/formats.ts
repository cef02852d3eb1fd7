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
  /** A download's size in megabytes: "12.4 MB" / "12,4 Mo". */
  megabytes: (bytes: number) => string;
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

/** Made on first use: a page that never shows a date or a distance never pays for their formatters. */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function createFormats(language: Language): Formats {
  const whole = lazily(() => new Intl.NumberFormat(language));
  const compact = lazily(
    () =>
      new Intl.NumberFormat(language, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  );
  const percent = lazily(
    () =>
      new Intl.NumberFormat(language, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  );
  const unitFormat = (unit: DistanceUnit) =>
    lazily(
      () =>
        new Intl.NumberFormat(language, { style: 'unit', unit: UNIT_NAMES[unit], maximumFractionDigits: 0 }),
    );
  const units = { km: unitFormat('km'), mi: unitFormat('mi') };
  const megabytes = lazily(
    () => new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
  );
  const dateFormat = (options: Intl.DateTimeFormatOptions) =>
    lazily(() => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }));
  const dates = {
    year: dateFormat({ year: 'numeric' }),
    month: dateFormat({ year: 'numeric', month: 'long' }),
    day: dateFormat({ dateStyle: 'long' }),
  };
  const lists = lazily(() => new Intl.ListFormat(language, { type: 'conjunction' }));
  const collator = lazily(() => new Intl.Collator(language));
  return {
    count: (value) => whole().format(value),
    population: (value) => (value >= 1_000_000 ? compact() : whole()).format(value),
    share: (share) => (share === null ? '–' : percent().format(share)),
    distance: (km, unit) => {
      if (!Number.isFinite(km) || km < 0) return '';
      const value = kmToUnit(km, unit);
      if (value > 0 && value < 0.5) return `< ${units[unit]().format(1)}`;
      return units[unit]().format(Math.round(value));
    },
    megabytes: (bytes) => megabytes().format(bytes / 1e6),
    date: (isoDate) => {
      const [year, month, day] = isoDate.split('-').map(Number);
      if (year === undefined || !Number.isFinite(year)) return isoDate;
      const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
      if (Number.isNaN(when.getTime())) return isoDate;
      return (day !== undefined ? dates.day : month !== undefined ? dates.month : dates.year)().format(when);
    },
    country: (code) => countryNameIn(code, language),
    list: (items) => lists().format(items),
    get collator() {
      return collator();
    },
  };
}
