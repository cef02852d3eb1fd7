// Synthetic datasets for benchmarks: sites at real GeoNames cities (weighted by population), with country,
// status, phase and sites-per-trial mixes shaped like ClinicalTrials.gov. Every trial is titled "Synthetic
// trial …" and names the generator as its source, so nothing here can pass for real trial data.
import { SCHEMA_VERSION, type Dataset, type Site, type Trial } from '../core/schema';
import type { GeoPlace } from './geonames';
import {
  CONDITIONS,
  COUNTRY_SHARES,
  OPEN_SITE_MIX,
  OTHER_COUNTRIES_SHARE,
  PHASE_MIX,
  TRIAL_STATUS_MIX,
} from './synth-mixes';
import { createRandom, normal, WeightedPicker, type Random } from './synth-random';

export interface SynthOptions {
  sites: number;
  trials: number;
  seed: number;
  name: string;
}

const pad6 = (n: number) => String(n).padStart(6, '0');

export function synthTrialId(index: number): string {
  return `SYN-${pad6(index + 1)}`;
}

/** Sites ids follow one pattern (prefix + row) so the compact file stores them in a few bytes. */
export function synthSiteId(name: string, row: number): string {
  return `${name}-site-${String(row + 1).padStart(7, '0')}`;
}

class Gazetteer {
  readonly countries: WeightedPicker<string>;
  private readonly cities = new Map<string, WeightedPicker<GeoPlace>>();

  constructor(places: readonly GeoPlace[]) {
    const byCountry = new Map<string, GeoPlace[]>();
    for (const place of places) {
      if (!/^[A-Z]{2}$/.test(place.country) || !Number.isFinite(place.lat) || !Number.isFinite(place.lon))
        continue;
      let list = byCountry.get(place.country);
      if (!list) byCountry.set(place.country, (list = []));
      list.push(place);
    }
    const codes = [...byCountry.keys()].sort();
    const population = (code: string) =>
      (byCountry.get(code) ?? []).reduce((sum, p) => sum + (p.population || 500), 0);
    const others = codes.filter((code) => !(code in COUNTRY_SHARES));
    const othersPopulation = others.reduce((sum, code) => sum + population(code), 0) || 1;
    this.countries = new WeightedPicker(
      codes,
      codes.map(
        (code) => COUNTRY_SHARES[code] ?? (OTHER_COUNTRIES_SHARE * population(code)) / othersPopulation,
      ),
    );
    for (const code of codes) {
      const list = byCountry.get(code) ?? [];
      this.cities.set(
        code,
        new WeightedPicker(
          list,
          list.map((p) => p.population || 500),
        ),
      );
    }
  }

  city(country: string, random: Random): GeoPlace {
    const picker = this.cities.get(country);
    if (!picker) throw new Error(`no places for country ${country}`);
    return picker.pick(random);
  }
}

/** Sites per trial: every trial gets one, the rest follow a heavy-tailed (log-normal) popularity. */
function sitesPerTrial(options: SynthOptions, random: Random): Uint32Array {
  const counts = new Uint32Array(options.trials);
  const base = Math.min(options.trials, options.sites);
  counts.fill(1, 0, base);
  const weights = Array.from({ length: options.trials }, () => Math.exp(1.6 * normal(random)));
  const picker = new WeightedPicker(
    Array.from({ length: options.trials }, (_, i) => i),
    weights,
  );
  for (let i = base; i < options.sites; i++) counts[picker.pick(random)]! += 1;
  return counts;
}

function makeTrial(
  index: number,
  options: SynthOptions,
  random: Random,
  pick: <T>(mix: [T, number][]) => T,
): Trial {
  const id = synthTrialId(index);
  const startYear = 2000 + Math.floor(random() * 26);
  return {
    id,
    nctId: null,
    orgStudyIds: [id],
    title: `Synthetic trial ${pad6(index + 1)}`,
    overallStatus: pick(TRIAL_STATUS_MIX),
    phases: pick(PHASE_MIX),
    enrollment: { count: 10 + Math.floor(Math.exp(3 + 1.5 * random() * 3)), type: 'ESTIMATED' },
    sponsor: `Synthetic sponsor ${1 + Math.floor(random() * 500)}`,
    collaborators: [],
    overallOfficials: [],
    centralContacts: [],
    conditions: [CONDITIONS[Math.floor(random() * CONDITIONS.length)]!],
    interventions: [],
    minimumAge: '18 Years',
    maximumAge: null,
    sex: 'ALL',
    stdAges: ['ADULT', 'OLDER_ADULT'],
    healthyVolunteers: null,
    studyType: 'INTERVENTIONAL',
    keywords: [],
    startDate: `${startYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
    primaryCompletionDate: null,
    completionDate: `${startYear + 1 + Math.floor(random() * 6)}`,
    lastUpdatePosted: null,
    statusVerifiedDate: null,
    summary: null,
    results: null,
    sitesListed: true,
    source: {
      file: `npm run data:synth -- --sites ${options.sites} --trials ${options.trials} --seed ${options.seed} --name ${options.name}`,
      kind: 'synthetic',
    },
  };
}

/** A deterministic dataset for the given options (same options and places, same dataset). */
export function synthesizeDataset(options: SynthOptions, places: readonly GeoPlace[]): Dataset {
  if (!(options.trials >= 1)) throw new Error('--trials must be at least 1');
  const random = createRandom(options.seed);
  const pickers = new Map<unknown, WeightedPicker<unknown>>();
  const pick = <T>(mix: [T, number][]): T => {
    let picker = pickers.get(mix);
    if (!picker)
      pickers.set(
        mix,
        (picker = new WeightedPicker(
          mix.map(([v]) => v),
          mix.map(([, w]) => w),
        )),
      );
    return picker.pick(random) as T;
  };
  const gazetteer = new Gazetteer(places);
  const counts = sitesPerTrial(options, random);
  const trials: Trial[] = [];
  const sites: Site[] = [];
  for (let t = 0; t < options.trials; t++) {
    const trial = makeTrial(t, options, random, pick);
    trials.push(trial);
    const count = counts[t]!;
    // Most trials run in one country; big ones spread over several, as multinational trials do.
    const countryCount =
      count < 5 || random() < 0.55 ? 1 : Math.min(40, 2 + Math.floor(random() * Math.sqrt(count)));
    const countries = Array.from({ length: countryCount }, () => gazetteer.countries.pick(random));
    const open = ['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION'].includes(
      trial.overallStatus,
    );
    for (let k = 0; k < count; k++) {
      const row = sites.length;
      const place = gazetteer.city(countries[Math.floor(random() * countryCount)]!, random);
      const inherited = random() < 0.15;
      const status = inherited || !open ? trial.overallStatus : pick(OPEN_SITE_MIX);
      const facilities = Math.max(1, Math.min(12, Math.ceil(Math.sqrt(place.population / 20_000))));
      sites.push({
        id: synthSiteId(options.name, row),
        trialId: trial.id,
        siteNumber: null,
        facility: `Synthetic Research Site ${1 + Math.floor(random() * facilities)}, ${place.name}`,
        city: place.name,
        state: place.country === 'US' && place.admin1 ? place.admin1 : null,
        zip: null,
        country: place.country,
        status,
        statusSource: inherited ? 'trial' : 'site',
        lat: place.lat,
        lon: place.lon,
        geocode: {
          method: 'gazetteer',
          placeName: place.name,
          geonameId: place.geonameId,
          note: 'synthetic site',
        },
        sourceLine: null,
        contacts: [],
      });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    name: options.name,
    builtFrom: { lastUpdatePosted: null, fetch: null },
    trials,
    sites,
  };
}
