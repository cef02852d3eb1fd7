// The skip links' targets are drawn only once the sites are in (and as they arrive, a moment after the count):
// a link pressed before then takes focus there when its target is drawn, unless focus has gone elsewhere.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

/** A loader whose dataset arrives when `release` is called. */
function heldLoader() {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { loader: async () => (await held, dataset), release: () => release() };
}

describe('the skip links while the sites load', () => {
  it('"Skip to list" pressed before the list is drawn focuses the list when it is', async () => {
    const { loader, release } = heldLoader();
    const { user, ready } = await renderApp(loader);
    const link = await screen.findByRole('link', { name: 'Skip to list' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Sites' })).toBeNull();
    expect(link).toHaveFocus();
    release();
    await ready();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Sites' })).toHaveFocus());
  });

  it('leaves focus where the person has gone since', async () => {
    const { loader, release } = heldLoader();
    const { user, ready } = await renderApp(loader);
    const link = await screen.findByRole('link', { name: 'Skip to list' });
    link.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    const elsewhere = document.activeElement;
    expect(elsewhere).not.toBe(link);
    release();
    await ready();
    expect(screen.getByRole('region', { name: 'Sites' })).not.toHaveFocus();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('a target already drawn is focused at once', async () => {
    const { user, ready } = await renderApp();
    await ready();
    const link = screen.getByRole('link', { name: 'Skip to list' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Sites' })).toHaveFocus();
  });
});
