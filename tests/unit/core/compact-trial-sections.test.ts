// A registry's trials do not fit in one JSON text (V8's string limit): the compact file stores them in sections.
import { describe, expect, it } from 'vitest';
import { CompactReader, CompactWriter } from '../../../src/core/compact/format';
import { decodeCompact } from '../../../src/core/compact/decode';
import { encodeDataset, TRIALS_PER_SECTION, writeSiteTable } from '../../../src/core/compact/encode';
import { siteTableFromDataset } from '../../../src/core/site-table';
import type { Dataset } from '../../../src/core/schema';
import { makeTrial } from './make-trial';

describe('the compact file with many trials', () => {
  it('stores them in sections of TRIALS_PER_SECTION and reads them back in order', () => {
    const count = 2 * TRIALS_PER_SECTION + 3;
    const trials = Array.from({ length: count }, (_, i) =>
      makeTrial({ id: `T${String(i).padStart(6, '0')}` }),
    );
    const dataset: Dataset = {
      schemaVersion: 2,
      name: 'many',
      builtFrom: { lastUpdatePosted: null, fetch: null },
      trials,
      sites: [],
    };
    const bytes = encodeDataset(dataset).sites;
    const header = new CompactReader(bytes).header as { trials: unknown };
    expect(Array.isArray(header.trials) && header.trials.length).toBe(3);
    const decoded = decodeCompact(bytes).table.trials;
    expect(decoded).toHaveLength(count);
    expect(decoded[0]).toEqual(trials[0]);
    expect(decoded[TRIALS_PER_SECTION]).toEqual(trials[TRIALS_PER_SECTION]);
    expect(decoded.at(-1)).toEqual(trials.at(-1));
  });

  it('keeps one section for fewer trials, as files written before', () => {
    const dataset: Dataset = {
      schemaVersion: 2,
      name: 'few',
      builtFrom: { lastUpdatePosted: null, fetch: null },
      trials: [makeTrial({ id: 'T1' })],
      sites: [],
    };
    const header = new CompactReader(encodeDataset(dataset).sites).header as { trials: unknown };
    expect(header.trials).toMatchObject({ offset: expect.any(Number), byteLength: expect.any(Number) });
  });

  it('writes each section before the next one is read, so a build holds one section of trials at a time', () => {
    const dataset: Dataset = {
      schemaVersion: 2,
      name: 'streamed',
      builtFrom: { lastUpdatePosted: null, fetch: null },
      trials: [makeTrial({ id: 'T1' }), makeTrial({ id: 'T2' }), makeTrial({ id: 'T3' })],
      sites: [],
    };
    const events: string[] = [];
    const writer = new CompactWriter();
    const spy = {
      column: writer.column.bind(writer),
      json: (value: unknown) => {
        if (typeof value === 'object' && value !== null && 'rows' in value) events.push('written');
        return writer.json(value);
      },
    };
    function* chunks() {
      for (const trial of dataset.trials) {
        events.push(`read ${trial.id}`);
        yield [trial];
      }
    }
    writeSiteTable(
      { sites: spy, text: new CompactWriter() },
      siteTableFromDataset(dataset),
      dataset,
      chunks(),
    );
    expect(events).toEqual(['read T1', 'written', 'read T2', 'written', 'read T3', 'written']);
  });
});
