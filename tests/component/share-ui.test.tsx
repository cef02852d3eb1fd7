import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetAppState, useAppStore } from '../../src/app/state/store';
import { useLinkState } from '../../src/app/state/url-sync';
import { CopyLink } from '../../src/app/ui/share/copy-link';
import { LinkNotices } from '../../src/app/ui/share/link-notices';
import { EmbedBar } from '../../src/app/ui/embed/embed-bar';

beforeEach(() => {
  resetAppState();
  useLinkState.setState({ notices: [], includeLocation: false });
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.unstubAllGlobals());

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('Copy link', () => {
  it('copies the link to the current view and confirms it', async () => {
    const written: string[] = [];
    stubClipboard(async (text) => void written.push(text));
    useAppStore.getState().toggleCountry('DE');
    render(<CopyLink />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(written).toEqual(['http://localhost:3000/?country=DE']);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the link selected for copying by hand when the clipboard refuses', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    useAppStore.getState().toggleStatus('enrolling');
    render(<CopyLink />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue('http://localhost:3000/?status=enrolling');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('copy the selected link');
  });

  it('leaves the location out unless "Include my location" is ticked', async () => {
    const written: string[] = [];
    stubClipboard(async (text) => void written.push(text));
    render(<CopyLink />);
    expect(screen.queryByRole('checkbox', { name: 'Include my location' })).toBeNull();
    useAppStore.getState().setNear({ lat: 48.137, lon: 11.575, label: 'München' });
    const include = await screen.findByRole('checkbox', { name: 'Include my location' });
    expect(include).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await userEvent.click(include);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(written).toEqual(['http://localhost:3000/', 'http://localhost:3000/?near=48.137,11.575']);
  });
});

describe('Link notices', () => {
  it('lists what was ignored as text, and can be dismissed', async () => {
    useLinkState.setState({
      notices: [
        { kind: 'unknown-codes', param: 'country', values: ['<img src=x onerror=alert(1)>'], more: 0 },
      ],
    });
    const { container } = render(<LinkNotices />);
    const notice = screen.getByRole('status', { name: 'Link notice' });
    expect(notice).toHaveTextContent('Ignored unknown country code "<img src=x onerror=alert(1)>".');
    expect(container.querySelector('img')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Link notice' })).toBeNull();
  });
});

describe('Embed bar', () => {
  it('links to the same view in the full app, in a new tab', () => {
    useAppStore.setState({ embed: true });
    useAppStore.getState().toggleCountry('IT');
    render(<EmbedBar />);
    const open = screen.getByRole('link', { name: /^Open full map/ });
    expect(open).toHaveAttribute('href', '/?country=IT');
    expect(open).toHaveAttribute('target', '_blank');
    act(() => useAppStore.getState().toggleStatus('closed'));
    expect(open).toHaveAttribute('href', '/?country=IT&status=closed');
  });

  it('says what the link asked for that could not be used', () => {
    useLinkState.setState({
      notices: [{ kind: 'unknown-codes', param: 'country', values: ['XX'], more: 0 }],
    });
    render(<EmbedBar />);
    expect(screen.getByRole('status', { name: 'Link notice' })).toHaveTextContent('"XX"');
  });
});
