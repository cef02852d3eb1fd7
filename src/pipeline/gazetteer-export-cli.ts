// `npm run data:gazetteer`: writes public/data/gazetteer.json for place search and coverage statistics.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MIN_POPULATION, exportGazetteer } from './gazetteer-export';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'public/data/gazetteer.json' },
    dataset: { type: 'string', default: 'public/data/default/dataset.json' },
    geonames: { type: 'string' },
    'min-population': { type: 'string', default: String(DEFAULT_MIN_POPULATION) },
  },
});

const minPopulation = Number(values['min-population']);
if (!Number.isInteger(minPopulation) || minPopulation < 0) {
  console.error(`--min-population must be a whole number, got "${values['min-population']}"`);
  process.exit(2);
}
const text = exportGazetteer({ datasetFile: values.dataset, geonamesFile: values.geonames, minPopulation });
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, text);
const places = (JSON.parse(text) as { name: string[] }).name.length;
console.log(`Wrote ${values.out}: ${places} places, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
