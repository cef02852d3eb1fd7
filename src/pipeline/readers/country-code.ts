// Country names as sources spell them ("Russian Federation", "Korea, Republic of", "Turkey (Türkiye)") to
// ISO 3166-1 alpha-2, including ClinicalTrials.gov's older spellings and countries that no longer exist.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { UNKNOWN_COUNTRY } from '../../core/countries';
import { foldName } from '../../core/text-fold';

countries.registerLocale(english);

// ClinicalTrials.gov spellings, current and historical, that the ISO name list does not carry (folded).
const ALIASES: Record<string, string> = {
  'turkey turkiye': 'TR',
  'iran islamic republic of': 'IR',
  'viet nam': 'VN',
  'macedonia the former yugoslav republic of': 'MK',
  macedonia: 'MK',
  'congo the democratic republic of the': 'CD',
  zaire: 'CD',
  'libyan arab jamahiriya': 'LY',
  'korea democratic people s republic of': 'KP',
  'palestinian territory occupied': 'PS',
  'palestinian territories': 'PS',
  'palestine state of': 'PS',
  'virgin islands u s': 'VI',
  'virgin islands british': 'VG',
  swaziland: 'SZ',
  burma: 'MM',
  macau: 'MO',
  'cabo verde': 'CV',
  'sint maarten': 'SX',
  'saint martin': 'MF',
  'bonaire sint eustatius and saba': 'BQ',
  bonaire: 'BQ',
  'federated states of micronesia': 'FM',
  'east timor': 'TL',
  'tanzania united republic of': 'TZ',
  syria: 'SY',
  laos: 'LA',
  moldova: 'MD',
  kosovo: 'XK',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
};

// Countries that no longer exist: a site there lies in one of their successors, found by its city.
const SUCCESSORS: Record<string, readonly string[]> = {
  'former serbia and montenegro': ['RS', 'ME'],
  'serbia and montenegro': ['RS', 'ME'],
  'former yugoslavia': ['RS', 'ME', 'HR', 'SI', 'BA', 'MK', 'XK'],
  yugoslavia: ['RS', 'ME', 'HR', 'SI', 'BA', 'MK', 'XK'],
  'netherlands antilles': ['CW', 'SX', 'BQ'],
  czechoslovakia: ['CZ', 'SK'],
};

// Every English name the ISO list knows, folded, so that accents and punctuation do not matter (Réunion).
const BY_FOLDED_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) BY_FOLDED_NAME.set(foldName(name), code);
}

/** ISO alpha-2 code for a country name or code, or null when unknown. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (fromAlpha3) return fromAlpha3;
  }
  const folded = foldName(trimmed);
  return countries.getAlpha2Code(trimmed, 'en') ?? BY_FOLDED_NAME.get(folded) ?? ALIASES[folded] ?? null;
}

// A registry's millions of sites name a few hundred countries, and the ISO list is searched name by name: each
// text is looked up once. The answer depends on the text alone; the bound keeps junk input from growing it.
const SITE_COUNTRY = new Map<string, string>();
const SITE_COUNTRY_TEXTS = 10_000;

/** A site's country: its ISO code, or ZZ when the text is not a country we know (the site is kept). */
export function siteCountry(name: string): string {
  let code = SITE_COUNTRY.get(name);
  if (code === undefined) {
    code = countryCode(name) ?? UNKNOWN_COUNTRY;
    if (SITE_COUNTRY.size < SITE_COUNTRY_TEXTS) SITE_COUNTRY.set(name, code);
  }
  return code;
}

/** The present-day countries of a country that no longer exists ("Former Serbia and Montenegro"). */
export function successorCountries(name: string): readonly string[] {
  return SUCCESSORS[foldName(name)] ?? [];
}
