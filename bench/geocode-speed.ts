// Times the offline geocoder on real sites: every site of the given ClinicalTrials.gov API v2 files that carries
// a geoPoint is geocoded as if it had none (as data:geocode-check does), without the distance measurement.
// Run: npx tsx bench/geocode-speed.ts <files or folders> [--rounds 5]; prints one JSON line (CPU milliseconds).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listSourceFiles } from '../src/pipeline/build';
import { createGeocoder } from '../src/pipeline/geocoder';
import { readGeoNames } from '../src/pipeline/geonames';
import { readSource } from '../src/pipeline/readers/read-source';
import type { SourceSite } from '../src/pipeline/readers/source-study';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const sites: SourceSite[] = [];
for (const file of listSourceFiles(positionals, process.cwd())) {
  for (const study of readSource(readFileSync(path.resolve(file), 'utf8'), file).studies) {
    sites.push(...study.sites.filter((site) => site.geoPoint));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
// CPU time of this process (user + system), which a busy machine disturbs less than wall time.
const timed = (run: () => void) => {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
let places: ReturnType<typeof readGeoNames> = [];
const loadMs = timed(() => (places = readGeoNames()));
const geocoder = createGeocoder(places);
const pass = () => {
  for (const site of sites) geocoder.geocode(site);
};
// The first pass also builds each country's name index and reads the division names.
const firstPassMs = timed(pass);
const passes = Array.from({ length: Number(values.rounds) }, () => timed(pass));
console.log(
  JSON.stringify({
    sites: sites.length,
    gazetteerLoadCpuMs: Math.round(loadMs),
    firstPassCpuMs: Math.round(firstPassMs),
    warmPassMedianCpuMs: Math.round(median(passes)),
    warmCpuMicrosecondsPerSite: Math.round((1000 * median(passes)) / sites.length),
  }),
);
