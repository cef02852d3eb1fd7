// The spellings of a site's city to look up: as written, and the local municipal forms a gazetteer
// names otherwise ("Chuo-ku", "Nagoya-shi", "Taipei City", "Praha 2", "Dublin 9", "CABA").
import { foldName } from '../core/text-fold';

// Abbreviations US addresses use at the start of a place name ("N. Huntingdon", "Mt. Vernon").
const ABBREVIATIONS: Record<string, string> = {
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  mt: 'mount',
  ft: 'fort',
  pt: 'point',
};

/** Spellings to try for a city: as given, without a parenthesis or CEDEX suffix, "St." spelled out. */
export function cityVariants(city: string): string[] {
  const base = foldName(city);
  const variants = [base, foldName(city.replace(/\(.*?\)/g, '')), base.replace(/\s+cedex(\s+\d+)?$/, '')];
  for (const variant of [...variants]) {
    const saint = /^st (.+)$/.exec(variant)?.[1];
    if (saint) variants.push(`saint ${saint}`, `sankt ${saint}`);
    const [word = '', ...rest] = variant.split(' ');
    const expanded = ABBREVIATIONS[word];
    if (expanded && rest.length > 0) variants.push([expanded, ...rest].join(' '));
  }
  return [...new Set(variants.filter(Boolean))];
}

// Names of a city that sources use and GeoNames does not carry, per country (folded).
const CITY_ALIASES: Record<string, Record<string, string>> = {
  AR: {
    caba: 'buenos aires',
    'ciudad autonoma de buenos aires': 'buenos aires',
    'ciudad autonoma buenos aires': 'buenos aires',
    'ciudad de buenos aires': 'buenos aires',
    'capital federal': 'buenos aires',
    // as records cut it at 30 characters
    'ciudad autonoma de buenos aire': 'buenos aires',
  },
};

// Japanese, Korean and Taiwanese municipal suffixes, and "… City" (folded: "chuo ku", "kashiwa city").
const MUNICIPAL_SUFFIX = /^(.+?) (shi|ku|gun|machi|cho|mura|si|gu|do|city)$/;
/** A city ward: Japanese "-ku", Korean "-gu". */
export const WARD = /^(.+?) (ku|gu)$/;
// A numbered city district ("praha 2", "dublin 9", "wien 10"), or a postal district ("aarhus n", "odense c").
const DISTRICT_SUFFIX = /^(.+?) (\d{1,2}|[nsewcvko]|nv|sv|nw|sw|ne|se|no|so)$/;
// "S. Giovanni Rotondo", "Sta. Maria": Romance abbreviations of saints' names.
const SAINTS: Record<string, readonly string[]> = {
  s: ['san', 'santa', 'santo', 'sao'],
  sta: ['santa'],
  sto: ['santo'],
};

/** The city's name without its municipal form, for a second look-up when the name as written fails. */
export function municipalForms(country: string, city: string): string[] {
  const forms: string[] = [];
  // "Praha 4 - Krc": a district after a spaced dash.
  const written = [city, ...city.split(/\s+-\s+/).slice(0, 1)];
  for (const variant of written.flatMap(cityVariants)) {
    const alias = CITY_ALIASES[country]?.[variant];
    if (alias) forms.push(alias);
    const suffixed = MUNICIPAL_SUFFIX.exec(variant)?.[1];
    if (suffixed) forms.push(suffixed);
    const district = DISTRICT_SUFFIX.exec(variant)?.[1];
    if (district) forms.push(district);
    const [first = '', ...rest] = variant.split(' ');
    for (const saint of rest.length > 0 ? (SAINTS[first] ?? []) : []) forms.push([saint, ...rest].join(' '));
    // "Lido di Camaiore", "Marina di Pisa": the seaside part of a town.
    const seaside = country === 'IT' ? /^(?:lido|marina) di (.+)$/.exec(variant)?.[1] : undefined;
    if (seaside) forms.push(seaside);
    // Romanised Chinese and Korean names written in syllables: "Cheng Du" for Chengdu.
    if (/^(CN|TW|KR)$/.test(country) && variant.includes(' ')) forms.push(variant.replace(/ /g, ''));
  }
  return [...new Set(forms)].filter((form) => form !== '');
}

// The municipal suffixes a Japanese or Korean municipality's name carries in GeoNames admin2 ("Chuo-ku").
const BARE_SUFFIXES: Record<string, readonly string[]> = {
  JP: ['ku', 'shi', 'gun'],
  KR: ['gu', 'si', 'gun'],
};

/**
 * Names to look a city up by among municipalities: as written, then, for a Japanese or Korean name written
 * without its suffix ("Chuo", "Dongjak", "Kasuya"), with each suffix (`bare`; a ward when -ku or -gu).
 */
export function municipalityNames(
  country: string,
  city: string,
  ward: boolean,
): { name: string; ward: boolean; bare: boolean }[] {
  const suffixes = MUNICIPAL_SUFFIX.test(foldName(city)) ? [] : (BARE_SUFFIXES[country] ?? []);
  return [
    { name: city, ward, bare: false },
    ...suffixes.map((suffix) => ({ name: `${city} ${suffix}`, ward: WARD.test(`x ${suffix}`), bare: true })),
  ];
}
