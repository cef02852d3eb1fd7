// The one typed door to the engine: calls cross a message channel (as to the worker) or load in this thread,
// and errors arrive with their kind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expose, lazy, wrap } from '../../src/app/data/engine-proxy';
import { fetchSites } from '../../src/app/data/fetch-sites';
import { DatasetLoadError } from '../../src/app/data/load-dataset';
import fixture from '../fixtures/app/small-dataset.json';

class Counter {
  total = 0;
  async add(n: number): Promise<number> {
    return (this.total += n);
  }
  async fail(): Promise<never> {
    throw new DatasetLoadError('malformed', 'sites.bin: checksum mismatch');
  }
}

/** A worker's two ends: what the page holds, and the scope inside the worker. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  const worker = port1 as unknown as Worker;
  expose(new Counter(), port2 as unknown as Parameters<typeof expose>[1]);
  return { worker, close: () => (port1.close(), port2.close()) };
}

describe('wrap and expose', () => {
  it('calls the exposed object’s methods and answers in order', async () => {
    const { worker, close } = channel();
    const counter = wrap<Counter>(worker);
    expect(await Promise.all([counter.add(2), counter.add(3)])).toEqual([2, 5]);
    close();
  });

  it('hands a dataset error over with its kind, and names a missing method', async () => {
    const { worker, close } = channel();
    const counter = wrap<Counter>(worker);
    const error = await counter.fail().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({ kind: 'malformed', message: 'sites.bin: checksum mismatch' });
    const missing = wrap<{ nothing(): Promise<void> }>(worker);
    await expect(missing.nothing()).rejects.toThrow('has no method nothing');
    close();
  });

  it('rejects every waiting call when the worker itself fails', async () => {
    const worker = { postMessage: () => {} } as unknown as Worker;
    const counter = wrap<Counter>(worker);
    const waiting = counter.add(1);
    worker.onerror!({ message: 'Uncaught SyntaxError' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('The site worker failed: Uncaught SyntaxError');
  });
});

describe('lazy', () => {
  it('loads the object on the first call only', async () => {
    const load = vi.fn(async () => new Counter());
    const counter = lazy(load);
    expect(load).not.toHaveBeenCalled();
    await counter.add(1);
    expect(await counter.add(1)).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('fetchSites', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads dataset.json when sites.bin is empty', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('sites.bin')
        ? new Response(new Uint8Array(0), { headers: { 'content-type': 'application/octet-stream' } })
        : Response.json(fixture),
    );
    vi.stubGlobal('fetch', fetch);
    const fetched = await fetchSites('default');
    expect('dataset' in fetched && fetched.dataset.sites).toHaveLength(11);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
