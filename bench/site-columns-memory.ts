// What the build holds per site while it writes: `node --expose-gc --import tsx bench/site-columns-memory.ts
// DATASET.json [--sites 300000]`. Feeds the dataset's sites (each parsed from its own line, as the build reads
// them, so no two share a string) again and again into the site table the build keeps until it writes sites.bin,
// and reports the heap in use after a full collection, per site.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SiteTableBuilder } from '../src/core/site-table';
import type { Site } from '../src/core/schema';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sites: { type: 'string', default: '300000' } },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !positionals[0])
  throw new Error('usage: node --expose-gc --import tsx bench/site-columns-memory.ts DATASET.json');
const lines = readFileSync(positionals[0], 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('{"id":') && line.includes('"trialId"'))
  .map((line) => line.replace(/,$/, ''));
const total = Number(values.sites);
const used = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const builder = new SiteTableBuilder<{ id: string; phases: [] }>();
const trials = new Set<string>();
const before = used();
for (let i = 0; i < total; i++) {
  const site = JSON.parse(lines[i % lines.length]!) as Site;
  // Distinct ids as in a registry; the rest repeats the dataset's sites.
  site.id = `${site.id}-${Math.floor(i / lines.length)}`;
  if (!trials.has(site.trialId)) {
    trials.add(site.trialId);
    builder.addTrial({ id: site.trialId, phases: [] });
  }
  builder.add(site);
}
const held = used() - before;
const table = builder.finish();
const finished = used() - before;
process.stdout.write(
  `${total.toLocaleString('en')} sites (${lines.length.toLocaleString('en')} distinct): ` +
    `${(held / 1e6).toFixed(0)} MB held while adding (${(held / total).toFixed(0)} bytes a site), ` +
    `${(finished / 1e6).toFixed(0)} MB with the finished table of ${table.size} rows\n`,
);
