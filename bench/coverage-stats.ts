// npm exec tsx bench/coverage-stats.ts [-- --sizes 10000,100000,1000000 --runs 3]
// Times the coverage statistics (by country, population within reach at 50/100/200 km, gaps, trial comparison)
// on synthetic datasets against the published gazetteer, in Node on this machine.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { coverageByCountry } from '../src/core/coverage/by-country';
import { compareTrials } from '../src/core/coverage/compare';
import { sitePoints } from '../src/core/coverage/points';
import { coverageGaps, populationWithinReach } from '../src/core/coverage/reach';
import type { GazetteerFile } from '../src/core/gazetteer-format';
import { siteTableFromDataset } from '../src/core/site-table';
import { readGeoNames } from '../src/pipeline/geonames';
import { synthesizeDataset } from '../src/pipeline/synth';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const gazetteer = JSON.parse(readFileSync('public/data/gazetteer.json', 'utf8')) as GazetteerFile;
const places = readGeoNames();

/** Median milliseconds of `runs` calls. */
function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)] ?? 0);
}

console.log(`gazetteer: ${gazetteer.name.length} places; median of ${runs} runs, in ms`);
console.log('sites\tpoints\tbyCountry\tpoints\treach50\treach100\treach200\tgaps100\tcompare');
for (const size of sizes) {
  const dataset = synthesizeDataset(
    { sites: size, trials: Math.max(2, size / 40), seed: 1, name: 'bench' },
    places,
  );
  const table = siteTableFromDataset(dataset);
  const rows = Uint32Array.from({ length: table.size }, (_, row) => row);
  const points = sitePoints(table, rows);
  const [first, second] = table.trials;
  const figures = [
    time(() => coverageByCountry(table, rows)),
    time(() => sitePoints(table, rows)),
    ...[50, 100, 200].map((km) => time(() => populationWithinReach(table, rows, gazetteer, km, points))),
    time(() => coverageGaps(table, rows, gazetteer, 100, 250_000, points)),
    time(() => compareTrials(table, first?.id ?? '', second?.id ?? '')),
  ];
  console.log([size, points.count, ...figures].join('\t'));
}
