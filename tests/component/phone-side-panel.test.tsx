// On a phone the side panel (location search, filters, the list) is a view of its own behind the map: it is drawn
// the first time it is shown, then kept, so opening the app on the map does not build a page nobody sees.
import { act, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE_MEDIA } from '../../src/app/ui/wide-screen';
import { renderApp, withLayout } from './support/render-app';

withLayout(360, 740);

const saved = Object.getOwnPropertyDescriptor(window, 'matchMedia');
beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: query === PHONE_MEDIA,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }),
  });
});
afterAll(() => {
  if (saved) Object.defineProperty(window, 'matchMedia', saved);
  else Reflect.deleteProperty(window, 'matchMedia');
});

const sidePanel = () => screen.getByRole('complementary', { name: 'Filters and sites' });
// The phone's tab bar, at the foot of the page (the header's view switch is for wide screens).
const viewTab = (name: string) =>
  within(screen.getAllByRole('navigation', { name: 'Views' }).at(-1)!).getByRole('button', { name });

describe('the side panel on a phone', () => {
  it('is drawn when the List view is first shown, its filters when first opened, and kept when the map is shown again', async () => {
    const { user, ready } = await renderApp();
    await ready();
    // On the map: the count and the map's Filters button are there, the panel behind the map is empty.
    expect(screen.getByRole('button', { name: /^Filters/, expanded: undefined })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
    // (The list's section is there, for the skip link that leads to it.)
    const sites = within(sidePanel()).getByRole('region', { name: 'Sites' });
    expect(within(sites).queryByRole('list')).toBeNull();
    expect(within(sidePanel()).queryByRole('button', { name: /^Filters/ })).toBeNull();

    await user.click(viewTab('List'));
    // The filters, folded on a phone, are drawn when first opened.
    expect(await within(sites).findAllByRole('listitem')).not.toHaveLength(0);
    expect(within(sidePanel()).queryByRole('group', { name: 'Status', hidden: true })).toBeNull();
    await user.click(await within(sidePanel()).findByRole('button', { name: /^Filters/, expanded: false }));
    expect(await within(sidePanel()).findByRole('group', { name: 'Status' })).toBeInTheDocument();

    const list = within(sites).getByRole('list', { name: 'Sites' });
    await user.click(viewTab('Map'));
    expect(within(sites).getByRole('list', { name: 'Sites' })).toBe(list);
  });

  it('draws the panel with its list at once when the page is printed from the map', async () => {
    const { ready } = await renderApp();
    await ready();
    const sites = within(sidePanel()).getByRole('region', { name: 'Sites' });
    expect(within(sites).queryByRole('list')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(sites).getByRole('list', { name: 'Sites' })).toBeInTheDocument();
  });
});
