// The list's names come with the sites' text (site-text.bin), downloaded after the map and the filters work:
// when it cannot be downloaded the list says so, and Retry fetches it again.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import { DatasetLoadError } from '../../src/app/data/load-dataset';
import type { Dataset } from '../../src/core/schema';
import { useAppStore } from '../../src/app/state/store';
import { EMPTY_FILTERS } from '../../src/core/view-state';
import { compactFiles } from './support/compact-files';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

/** Loads a dataset as the published files, the first downloads of its text failing (the first one alone). */
class FirstTextFails extends IndexedSiteEngine {
  fetches = 0;
  failures = 1;
  override async load(data: Dataset) {
    const [sites, text] = compactFiles(data);
    return this.loadCompact(sites, async () => {
      if (this.fetches++ < this.failures) {
        throw new DatasetLoadError('network', 'site-text.bin could not be reached');
      }
      return { bytes: text, url: 'site-text.bin' };
    });
  }
}

/** Loads a dataset as the published files, the sites' text arriving only when `arrive` is called. */
class TextLater extends IndexedSiteEngine {
  // Called before or after the engine asks for the text, it lets the text through all the same.
  arrive = () => {};
  private readonly arrived = new Promise<void>((resolve) => (this.arrive = resolve));
  override async load(data: Dataset) {
    const [sites, text] = compactFiles(data);
    return this.loadCompact(sites, () => this.arrived.then(() => ({ bytes: text, url: 'site-text.bin' })));
  }
}

describe("the site list without the sites' text", () => {
  it('can be scrolled from the keyboard while its rows wait for the text', async () => {
    const engine = new TextLater();
    const { ready } = await renderApp(undefined, engine);
    await ready();
    const list = screen.getByRole('list', { name: 'Sites' });
    await waitFor(() => expect(within(list).getAllByText('Loading…').length).toBeGreaterThan(0));
    // No row is a button yet: the scrolling list itself is in the Tab order, and says it is busy.
    expect(within(list).queryAllByRole('button')).toEqual([]);
    const scroller = document.getElementById('site-list')!;
    expect(scroller.tabIndex).toBe(0);
    expect(list).toHaveAttribute('aria-busy', 'true');
    act(() => engine.arrive());
    await waitFor(() => expect(within(list).getAllByRole('button').length).toBeGreaterThan(0));
    // The rows take the focus again; the list is reached by the skip link alone.
    expect(scroller.tabIndex).toBe(-1);
    expect(list).not.toHaveAttribute('aria-busy');
  });

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

  it('a site opened on the map meanwhile says its details could not be downloaded, and Retry shows them', async () => {
    const engine = new FirstTextFails();
    engine.failures = Infinity;
    const { user, ready } = await renderApp(undefined, engine);
    await ready();
    const site = dataset.sites.find((candidate) => candidate.facility)!;
    act(() => useAppStore.getState().selectSite(site.id, 'map'));
    const details = await screen.findByRole('region', { name: 'Site details' });
    const alert = within(details).getByRole('alert');
    expect(alert).toHaveTextContent('This site’s name and details could not be downloaded.');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    // The connection is back.
    engine.failures = engine.fetches;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(details).findByRole('heading', { level: 2, name: site.facility! })).toBeVisible();
    expect(within(details).queryByRole('alert')).toBeNull();
    // The same panel all along: the focus that was on Retry moves to the site's name.
    expect(details).toBeInTheDocument();
    expect(within(details).getByRole('heading', { level: 2 })).toHaveFocus();
    // One Retry for the sites' text: the list, which said it failed too, names its sites now.
    const list = screen.getByRole('list', { name: 'Sites' });
    await waitFor(() => expect(within(list).queryAllByText('Loading…')).toEqual([]));
    expect(screen.queryAllByRole('alert')).toEqual([]);
  });
});
