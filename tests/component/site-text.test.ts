// sites.bin holds what the map and the filters need; the sites' text (site-text.bin: names, site numbers,
// states, zip codes, contacts) is fetched when a question first needs it, once, and again after a failure.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/app/small-dataset.json';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { DatasetLoadError } from '../../src/app/data/load-dataset';
import { datasetSchema } from '../../src/core/schema';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { compactFiles } from './support/compact-files';

const dataset = datasetSchema.parse(fixture);
const [sites, text] = compactFiles(dataset);
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** An engine on sites.bin whose site-text.bin comes from `answers`, one per fetch; counts the fetches. */
async function splitEngine(...answers: (Uint8Array | Error)[]) {
  const engine = new IndexedSiteEngine();
  let fetches = 0;
  await engine.loadCompact(sites, async () => {
    const answer = answers[Math.min(fetches++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return { bytes: answer, url: 'data/small/site-text.bin' };
  });
  return { engine, fetches: () => fetches };
}

describe('the sites and their text in two files', () => {
  it('filters and draws without the text, and fetches it once for the list and the details', async () => {
    const whole = new IndexedSiteEngine();
    await whole.load(dataset);
    const { engine, fetches } = await splitEngine(text);
    const germany = { ...EMPTY_FILTERS, countries: ['DE'] };
    expect(await engine.setFilters(germany)).toEqual(await whole.setFilters(germany));
    expect(await engine.clusters(WORLD, 3)).toEqual(await whole.clusters(WORLD, 3));
    expect(fetches()).toBe(0);
    const [rows, first] = await Promise.all([engine.rows(0, 50), engine.rows(0, 1)]);
    expect(rows).toEqual(await whole.rows(0, 50));
    expect(first).toEqual(rows.slice(0, 1));
    expect(await engine.site(rows[1]!.id)).toEqual(await whole.site(rows[1]!.id));
    expect(await engine.exportSites('csv')).toEqual(await whole.exportSites('csv'));
    expect(fetches()).toBe(1);
  });

  it('fetches the text for a search, which reads the names', async () => {
    const { engine, fetches } = await splitEngine(text);
    const name = dataset.sites.find((site) => site.facility)!.facility!;
    const summary = await engine.setFilters({ ...EMPTY_FILTERS, q: name });
    expect(fetches()).toBe(1);
    expect(summary.count).toBeGreaterThan(0);
    expect(summary.count).toBeLessThan(dataset.sites.length);
  });

  it('applies filter changes in the order asked, though a search waits for the text', async () => {
    const engine = new IndexedSiteEngine();
    let deliver = () => {};
    let fetching = () => {};
    const asked = new Promise<void>((resolve) => (fetching = resolve));
    await engine.loadCompact(sites, () => {
      fetching();
      return new Promise((resolve) => (deliver = () => resolve({ bytes: text, url: 'site-text.bin' })));
    });
    const name = dataset.sites.find((site) => site.facility)!.facility!;
    const search = engine.setFilters({ ...EMPTY_FILTERS, q: name });
    const all = engine.setFilters(EMPTY_FILTERS);
    await asked;
    deliver();
    const [searched, unfiltered] = await Promise.all([search, all]);
    expect(searched.count).toBeLessThan(unfiltered.count);
    // The later change, with every site, is the one the list and the map now show.
    expect(await engine.rows(0, 10_000)).toHaveLength(unfiltered.count);
    const markers = await engine.clusters(WORLD, 0);
    expect(markers.reduce((sum, m) => sum + m.count, 0)).toBe(unfiltered.count - unfiltered.unmapped);
  });

  it('tells a failed download to the question that needs the text, and the next one fetches again', async () => {
    const { engine, fetches } = await splitEngine(new DatasetLoadError('network', 'unreachable'), text);
    await engine.setFilters(EMPTY_FILTERS);
    await expect(engine.rows(0, 10)).rejects.toMatchObject({ kind: 'network', message: 'unreachable' });
    expect((await engine.rows(0, 10)).length).toBe(10);
    expect(fetches()).toBe(2);
  });

  it("refuses another build's text, naming the file", async () => {
    const other = compactFiles({ ...dataset, name: 'other' })[1];
    const { engine } = await splitEngine(other, text);
    await engine.setFilters(EMPTY_FILTERS);
    const error = await engine.rows(0, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ kind: 'malformed' });
    expect((error as Error).message).toMatch(/^data\/small\/site-text\.bin: .*belongs to another sites\.bin/);
    expect((await engine.rows(0, 10)).length).toBe(10);
  });
});
