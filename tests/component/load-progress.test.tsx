// A large dataset's download shows how far it has come: the worker reads sites.bin as it arrives and the page
// asks how many bytes are in.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { fetchSites } from '../../src/app/data/fetch-sites';
import { IndexedSiteEngine } from '../../src/app/data/indexed-site-engine';
import type { Progress } from '../../src/app/data/site-engine';
import { loadLanguage } from '../../src/app/i18n/i18n-store';
import { resetResults } from '../../src/app/state/results';
import { resetAppState } from '../../src/app/state/store';
import { LoadStatus } from '../../src/app/ui/load-status';
import { dataset, withLayout } from './support/render-app';

withLayout();
vi.setConfig({ testTimeout: 30_000 });

/** A response whose body arrives in these chunks. */
function streamed(chunks: Uint8Array[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/octet-stream', ...headers } });
}

const chunks = [new Uint8Array(10).fill(1), new Uint8Array(10).fill(2), new Uint8Array(5).fill(3)];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the download of sites.bin', () => {
  it('reports the bytes received of the total as the chunks arrive, and keeps every byte', async () => {
    vi.stubGlobal('fetch', async () => streamed(chunks, { 'content-length': '25' }));
    const seen: Progress[] = [];
    const fetched = await fetchSites('big', (progress) => seen.push(progress));
    expect(seen).toEqual([
      { received: 0, total: 25 },
      { received: 10, total: 25 },
      { received: 20, total: 25 },
      { received: 25, total: 25 },
    ]);
    expect('bytes' in fetched && Array.from(fetched.bytes)).toEqual([
      ...Array(10).fill(1),
      ...Array(10).fill(2),
      ...Array(5).fill(3),
    ]);
  });

  it('gives no total when the server compresses the file or does not say its length', async () => {
    const variants: Record<string, string>[] = [{ 'content-length': '12', 'content-encoding': 'gzip' }, {}];
    for (const headers of variants) {
      vi.stubGlobal('fetch', async () => streamed(chunks, headers));
      const seen: Progress[] = [];
      await fetchSites('big', (progress) => seen.push(progress));
      expect(seen.at(-1)).toEqual({ received: 25, total: null });
    }
  });

  it('says which file broke off when the connection drops mid-download', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunks[0]!);
        controller.error(new TypeError('network error'));
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-length': '25' } }));
    await expect(fetchSites('big')).rejects.toThrow(/download of .*sites\.bin broke off \(network error\)/);
  });
});

describe('the loading message', () => {
  it('shows the bar and the megabytes in, in the language shown', async () => {
    const load = {
      status: 'loading',
      name: 'big',
      progress: { received: 12_400_000, total: 42_400_000 },
    } as const;
    await loadLanguage('en');
    const { rerender } = render(<LoadStatus load={load} onRetry={() => {}} />);
    expect(screen.getByText('12.4 MB of 42.4 MB downloaded')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Download of the site data' });
    expect(bar).toHaveAttribute('value', '12400000');
    expect(bar).toHaveAttribute('max', '42400000');
    await loadLanguage('de');
    rerender(
      <LoadStatus load={{ ...load, progress: { received: 3_000_000, total: null } }} onRetry={() => {}} />,
    );
    expect(await screen.findByText('3 MB heruntergeladen')).toBeInTheDocument();
    await loadLanguage('en');
  });

  it('follows the engine while it downloads, then shows the sites', async () => {
    resetAppState();
    resetResults();
    const engine = new IndexedSiteEngine();
    let release = () => {};
    let progress: Progress | null = null;
    engine.loadNamed = async () => {
      progress = { received: 5_000_000, total: 20_000_000 };
      await new Promise<void>((resolve) => (release = resolve));
      return engine.load(dataset);
    };
    engine.loadProgress = async () => progress;
    render(<App engine={engine} />);
    expect(await screen.findByText('5 MB of 20 MB downloaded')).toBeInTheDocument();
    progress = { received: 15_000_000, total: 20_000_000 };
    expect(await screen.findByText('15 MB of 20 MB downloaded')).toBeInTheDocument();
    release();
    expect(await screen.findByText(/^\d+ sites in \d+ countries$/)).toBeInTheDocument();
    // The side panel, where the progress was, is drawn in a render of its own after the count.
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
