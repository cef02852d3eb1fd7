// A registry-sized result: the list holds its first LIST_LIMIT rows and says how to reach the others.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIST_LIMIT } from '../../src/app/ui/list/site-list';
import { useAppStore } from '../../src/app/state/store';
import { dataset, renderApp, withLayout } from './support/render-app';
import { spread } from './support/spread-dataset';

withLayout();

describe('the site list of a large result', () => {
  it('holds the first rows, says how many of all, and lists everything once the filters narrow it', async () => {
    const large = spread(dataset, LIST_LIMIT + 50);
    const { user } = await renderApp(async () => large);
    await screen.findByText('10,050 sites in 4 countries', {}, { timeout: 20_000 });
    const list = await screen.findByRole('list', { name: 'Sites' });
    const rows = await within(list).findAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveAttribute('aria-setsize', String(LIST_LIMIT));
    expect(
      screen.getByText(
        `The list holds the first 10,000 of ${(LIST_LIMIT + 50).toLocaleString('en')} sites. Narrow the filters or search near a place to list the others; the CSV and GeoJSON downloads hold them all.`,
      ),
    ).toBeInTheDocument();

    // One country of the four: fewer sites than the list holds, all of them listed, no note.
    await user.click(await screen.findByRole('checkbox', { name: 'Germany' }));
    expect(useAppStore.getState().filters.countries).toEqual(['DE']);
    await screen.findByText(/^[\d,]+ sites in 1 country/);
    const narrowed = within(screen.getByRole('list', { name: 'Sites' })).getAllByRole('listitem');
    const total = Number(narrowed[0]!.getAttribute('aria-setsize'));
    expect(total).toBeLessThan(LIST_LIMIT);
    expect(screen.queryByText(/^The list holds the first/)).toBeNull();
  });
});
