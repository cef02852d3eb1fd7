// The skip links' targets are drawn only once the sites are in (and as they arrive, a moment after the count):
// a link pressed before then takes focus there when its target is drawn, unless focus has gone elsewhere.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset, renderApp, withLayout } from './support/render-app';

withLayout();

/** Opens the app with the sites held back, and presses "Skip to list" before they arrive. */
async function pressSkipToListWhileLoading() {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const { user, ready } = await renderApp(async () => (await held, dataset));
  const link = await screen.findByRole('link', { name: 'Skip to list' });
  link.focus();
  await user.keyboard('{Enter}');
  return { user, ready, link, release: () => release() };
}

describe('the skip links while the sites load', () => {
  it('"Skip to list" pressed before the list is drawn focuses the list when it is', async () => {
    const { ready, link, release } = await pressSkipToListWhileLoading();
    expect(screen.queryByRole('region', { name: 'Sites' })).toBeNull();
    expect(link).toHaveFocus();
    release();
    await ready();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Sites' })).toHaveFocus());
  });

  it('leaves focus where the person has gone since', async () => {
    const { user, ready, link, release } = await pressSkipToListWhileLoading();
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
