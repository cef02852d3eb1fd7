// The list's names come with the sites' text (site-text.bin), downloaded after the map and the filters work:
// when it cannot be downloaded the list says so, and Retry fetches it again.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { DatasetLoadError } from '../../src/app/data/load-dataset';
import type { Dataset } from '../../src/core/schema';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { compactFiles } from './support/compact-files';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

/** Loads a dataset as the published files, the first download of its text failing. */
class FirstTextFails extends IndexedSiteEngine {
  fetches = 0;
  override async load(data: Dataset) {
    const [sites, text] = compactFiles(data);
    return this.loadCompact(sites, async () => {
      if (this.fetches++ === 0) throw new DatasetLoadError('network', 'site-text.bin could not be reached');
      return { bytes: text, url: 'site-text.bin' };
    });
  }
}

describe("the site list without the sites' text", () => {
  it('says the names could not be downloaded while the map and filters work, and Retry lists them', async () => {
    const engine = new FirstTextFails();
    const { user, ready } = await renderApp(undefined, engine);
    await ready();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The sites’ names and details could not be downloaded. The map and the filters still work.',
    );
    // The sites are counted and the filters are there meanwhile.
    expect(screen.getByRole('checkbox', { name: 'Germany' })).toBeEnabled();
    const list = screen.getByRole('list', { name: 'Sites' });
    expect(within(list).getAllByText('Loading…').length).toBeGreaterThan(0);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    // The rows on screen are named: the first of the list order is the first site by country, city and name.
    const whole = new IndexedSiteEngine();
    await whole.load(dataset);
    await whole.setFilters(EMPTY_FILTERS);
    const [first] = await whole.rows(0, 1);
    expect((await within(list).findAllByRole('button'))[0]).toHaveTextContent(first!.name);
    expect(within(list).queryAllByText('Loading…')).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(engine.fetches).toBe(2);
  });
});
