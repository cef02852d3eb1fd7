// `npm run data:geocode-check -- <files or folders>`: how close the offline geocoder comes to
// ClinicalTrials.gov's own geoPoints, per country, with the worst cases.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countryName } from '../core/countries';
import { listSourceFiles } from './build';
import { OVERRIDES_FILE } from './defaults';
import { createGeocoder } from './geocoder';
import { checkSites, figuresByCountry, NEAR_KM, type CheckedSite } from './geocode-check';
import { readGeoNames } from './geonames';
import { readOverrides } from './overrides';
import { readSource } from './readers/read-source';
import type { SourceSite } from './readers/source-study';

const { values, positionals } = parseArgs({
  options: { worst: { type: 'string', default: '60' } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: npm run data:geocode-check -- <ClinicalTrials.gov API v2 files or folders>');
  process.exit(2);
}
const root = process.cwd();
// A study saved in several files counts once: the copy updated last, as in a build.
const byTrial = new Map<string, { file: string; trialId: string; updated: string; sites: SourceSite[] }>();
for (const file of listSourceFiles(positionals, root)) {
  for (const { trial, sites } of readSource(readFileSync(path.resolve(root, file), 'utf8'), file).studies) {
    const updated = trial.lastUpdatePosted ?? '';
    const known = byTrial.get(trial.id);
    if (!known || updated > known.updated) byTrial.set(trial.id, { file, trialId: trial.id, updated, sites });
  }
}
const studies = [...byTrial.values()];
const places = readGeoNames();
const geocoder = createGeocoder(places, readOverrides(path.resolve(root, OVERRIDES_FILE)));
const checked = checkSites(studies, geocoder, places);
const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

const lines = [
  `Geocoder against ClinicalTrials.gov geoPoints: ${studies.length} studies, ${checked.length} sites with a geoPoint`,
  '',
  `| country | sites | resolved | within ${NEAR_KM} km | source suspect | within ${NEAR_KM} km of a sound source |`,
  '|---|---:|---:|---:|---:|---:|',
  ...figuresByCountry(checked).map(
    ({ country, sites, resolved, near, suspect }) =>
      `| ${country === 'all' ? '**all**' : `${countryName(country)} (${country})`} | ${sites} | ` +
      `${percent(resolved, sites)} | ${percent(near, sites)} | ${suspect} | ${percent(near, sites - suspect)} |`,
  ),
  '',
  `"Source suspect": the site is farther than ${NEAR_KM} km or unresolved, and ClinicalTrials.gov's own point ` +
    'contradicts the record (it lies outside the state that the record or its postal code names, or more than ' +
    '30 km from every town of its country) or lies more than 25 km from every GeoNames place of the ' +
    "site's city name (marked * below, with why).",
  '',
  `Worst cases (farther than ${NEAR_KM} km, farthest first):`,
  '',
  ...worst(checked, Number(values.worst)).map(
    (entry) =>
      `- ${entry.distanceKm!.toFixed(0)} km: ${describe(entry)} → ${entry.placeName} ${where(entry)}`,
  ),
  '',
  'Unresolved:',
  '',
  ...checked
    .filter((entry) => entry.distanceKm === null)
    .map((entry) => `- ${describe(entry)} ${where(entry)}`),
];
console.log(lines.join('\n'));

function describe({ site }: CheckedSite): string {
  const point = site.geoPoint!;
  return (
    `${site.city}${site.state ? `, ${site.state}` : ''}${site.zip ? ` ${site.zip}` : ''}, ${site.country} ` +
    `(ClinicalTrials.gov ${point.lat.toFixed(3)},${point.lon.toFixed(3)})`
  );
}

function where(entry: CheckedSite): string {
  const suspect = entry.sourceSuspect ? ` * (its point: ${entry.sourceSuspect})` : '';
  return `(${entry.trialId}, ${path.basename(entry.file)}:${entry.site.sourceLine ?? '?'})${suspect}`;
}

function worst(entries: readonly CheckedSite[], count: number): CheckedSite[] {
  return entries
    .filter((entry) => entry.distanceKm !== null && entry.distanceKm > NEAR_KM)
    .sort((a, b) => b.distanceKm! - a.distanceKm!)
    .slice(0, count);
}
