// What a site's postal code says about where it is, for the sources that give a postal code but no state:
// the state of an Australian, Canadian, Argentine or Japanese code, and the French overseas department of a 97x code.
import { ADMIN1_ALIASES } from './admin1-aliases';

// Australia Post's ranges (first match wins): ACT inside the NSW range, the NT's 08xx.
const AU_RANGES: readonly [number, number, string][] = [
  [200, 299, '01'],
  [2600, 2618, '01'],
  [2900, 2920, '01'],
  [800, 999, '03'],
  [1000, 2999, '02'],
  [3000, 3999, '07'],
  [8000, 8999, '07'],
  [4000, 4999, '04'],
  [9000, 9999, '04'],
  [5000, 5999, '05'],
  [6000, 6999, '08'],
  [7000, 7999, '06'],
];

// Japan Post's first three digits, by prefecture (GeoNames code): 001-009 Hokkaido, 010 Akita ... 990 Yamagata.
const JP_RANGES: readonly [number, number, string][] = [
  [1, 9, '12'], // Hokkaido
  [10, 19, '02'], // Akita
  [20, 29, '16'], // Iwate
  [30, 39, '03'], // Aomori
  [40, 99, '12'], // Hokkaido
  [100, 198, '40'], // Tokyo (199 is Sagamihara's, in Kanagawa)
  [200, 208, '40'], // Tokyo
  [199, 199, '19'], // Kanagawa
  [210, 259, '19'], // Kanagawa
  [260, 299, '04'], // Chiba
  [300, 319, '14'], // Ibaraki
  [320, 329, '38'], // Tochigi
  [330, 369, '34'], // Saitama
  [370, 379, '10'], // Gunma
  [380, 399, '26'], // Nagano
  [400, 409, '46'], // Yamanashi
  [410, 439, '37'], // Shizuoka
  [440, 499, '01'], // Aichi
  [500, 509, '09'], // Gifu
  [510, 519, '23'], // Mie
  [520, 529, '35'], // Shiga
  [530, 599, '32'], // Osaka
  [600, 629, '22'], // Kyoto
  [630, 639, '28'], // Nara
  [640, 649, '43'], // Wakayama
  [650, 679, '13'], // Hyōgo
  [680, 689, '41'], // Tottori
  [690, 699, '36'], // Shimane
  [700, 719, '31'], // Okayama
  [720, 739, '11'], // Hiroshima
  [740, 759, '45'], // Yamaguchi
  [760, 769, '17'], // Kagawa
  [770, 779, '39'], // Tokushima
  [780, 789, '20'], // Kochi
  [790, 799, '05'], // Ehime
  [800, 839, '07'], // Fukuoka
  [840, 849, '33'], // Saga
  [850, 859, '27'], // Nagasaki
  [860, 869, '21'], // Kumamoto
  [870, 879, '30'], // Oita
  [880, 889, '25'], // Miyazaki
  [890, 899, '18'], // Kagoshima
  [900, 909, '47'], // Okinawa
  [910, 919, '06'], // Fukui
  [920, 929, '15'], // Ishikawa
  [930, 939, '42'], // Toyama
  [940, 959, '29'], // Niigata
  [960, 979, '08'], // Fukushima
  [980, 989, '24'], // Miyagi
  [990, 999, '44'], // Yamagata
];

// Canada Post's first letter (X is split between the Northwest Territories and Nunavut, so it says nothing).
const CA_LETTERS: Record<string, string> = {
  A: '05',
  B: '07',
  C: '09',
  E: '04',
  G: '10',
  H: '10',
  J: '10',
  K: '08',
  L: '08',
  M: '08',
  N: '08',
  P: '08',
  R: '03',
  S: '11',
  T: '01',
  V: '02',
  Y: '12',
};

/** The GeoNames admin1 code a postal code lies in, or null when the code does not say. */
export function admin1OfPostalCode(country: string, zip: string | null): string | null {
  const code = zip?.trim().toUpperCase() ?? '';
  if (country === 'AU' && /^\d{4}$/.test(code)) {
    const number = Number(code);
    return AU_RANGES.find(([from, to]) => number >= from && number <= to)?.[2] ?? null;
  }
  const japanese = country === 'JP' ? /^(\d{3})-?\d{4}$/.exec(code)?.[1] : undefined;
  if (japanese) {
    const number = Number(japanese);
    return JP_RANGES.find(([from, to]) => number >= from && number <= to)?.[2] ?? null;
  }
  if (country === 'CA' && /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/.test(code)) return CA_LETTERS[code[0]!] ?? null;
  // Argentina's CPA starts with the province's ISO 3166-2 letter ("B1629AHJ": Buenos Aires province).
  if (country === 'AR' && /^[A-Z]\d{4}[A-Z]{3}$/.test(code)) return ADMIN1_ALIASES.AR?.[code[0]!] ?? null;
  return null;
}

// French postal codes of the overseas departments, which GeoNames files under their own ISO codes.
const FR_OVERSEAS: Record<string, string> = {
  '971': 'GP',
  '972': 'MQ',
  '973': 'GF',
  '974': 'RE',
  '975': 'PM',
  '976': 'YT',
};

/** The ISO code of the gazetteer to search: Réunion's for "Saint-Pierre, 97410, France". */
export function gazetteerCountry(country: string, zip: string | null): string {
  if (country === 'FR') return FR_OVERSEAS[/^(97\d)\d\d$/.exec(zip?.trim() ?? '')?.[1] ?? ''] ?? country;
  return country;
}
