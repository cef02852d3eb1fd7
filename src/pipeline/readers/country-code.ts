// Country names as sources spell them ("Russian Federation", "Korea, Republic of") to ISO 3166-1 alpha-2.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { UNKNOWN_COUNTRY } from '../../core/countries';
import { foldName } from '../../core/text-fold';

countries.registerLocale(english);

// Older ClinicalTrials.gov spellings that the ISO name list does not carry.
const ALIASES: Record<string, string> = {
  'iran islamic republic of': 'IR',
  'viet nam': 'VN',
  'macedonia the former yugoslav republic of': 'MK',
  'congo the democratic republic of the': 'CD',
  'libyan arab jamahiriya': 'LY',
  'korea democratic people s republic of': 'KP',
  'palestinian territory occupied': 'PS',
  'virgin islands u s': 'VI',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
};

/** ISO alpha-2 code for a country name or code, or null when unknown. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (fromAlpha3) return fromAlpha3;
  }
  return countries.getAlpha2Code(trimmed, 'en') ?? ALIASES[foldName(trimmed)] ?? null;
}

/** A site's country: its ISO code, or ZZ when the text is not a country we know (the site is kept). */
export function siteCountry(name: string): string {
  return countryCode(name) ?? UNKNOWN_COUNTRY;
}
