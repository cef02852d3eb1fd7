import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/app/small-dataset.json';
import { datasetSchema } from '../../../src/core/schema';
import { buildSearchIndex, matchText, queryWords } from '../../../src/core/search';
import { siteTableFromDataset } from '../../../src/core/site-table';

const table = siteTableFromDataset(datasetSchema.parse(fixture));
const index = buildSearchIndex(table);
const matches = (q: string) => {
  const hits = matchText(table, index, q);
  return hits ? table.ids.filter((_, row) => hits[row]).sort() : null;
};

describe('matchText', () => {
  it('means "no text filter" for a query without letters or digits', () => {
    expect(matches('')).toBeNull();
    expect(matches(' -- ')).toBeNull();
    expect(queryWords('  Rome, Italy ')).toEqual(['rome', 'italy']);
  });

  it('finds facilities and cities, folding case and accents', () => {
    expect(matches('SANT EUGENIO')).toEqual(['ex-101-2102']);
    expect(matches('rome')).toEqual(['ex-101-2101', 'ex-101-2102']);
    expect(matches('hopital')).toEqual(['ex-202-1']);
  });

  it('finds a site named only by its number', () => {
    expect(matches('1106')).toEqual(['ex-101-1106']);
  });

  it('finds sites by their trial’s title, NCT ID and organisation study IDs', () => {
    expect(matches('NCT00000202')).toEqual(['ex-202-1', 'ex-202-2', 'ex-202-3']);
    expect(matches('reg-7')).toEqual(['ex-303-1', 'ex-303-2']);
    expect(matches('registry')).toEqual(['ex-303-1', 'ex-303-2']);
  });

  it('needs every word, each as the start of a word, anywhere in the site’s fields', () => {
    expect(matches('warsaw szpital')).toEqual(['ex-202-3']);
    expect(matches('frank')).toEqual(['ex-101-1101']);
    expect(matches('rankfurt')).toEqual([]);
  });
});
