// Work nobody waits on (the map's borders joining a few at a time) runs in tasks that let the page's other work
// go first: at the browser's background priority where it has a task scheduler, in a plain task where not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundTask } from '../../src/app/ui/after-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A scheduler that records what it is given and runs it in a microtask, unless it is aborted first. */
function stubScheduler() {
  const posted: { callback: () => void; priority: string; signal: AbortSignal }[] = [];
  vi.stubGlobal('scheduler', {
    postTask(callback: () => void, options: { priority: string; signal: AbortSignal }) {
      posted.push({ callback, ...options });
      return new Promise<void>((resolve, reject) => {
        options.signal.addEventListener('abort', () => reject(options.signal.reason));
        queueMicrotask(() => {
          if (options.signal.aborted) return;
          callback();
          resolve();
        });
      });
    },
  });
  return posted;
}

describe('a background task', () => {
  it('is posted at background priority where the browser schedules tasks', async () => {
    const posted = stubScheduler();
    const ran = vi.fn();
    backgroundTask(ran);
    expect(posted.map(({ priority }) => priority)).toEqual(['background']);
    await Promise.resolve();
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by the function it returns, without an unhandled rejection', async () => {
    const posted = stubScheduler();
    const ran = vi.fn();
    const cancel = backgroundTask(ran);
    cancel();
    expect(posted[0]!.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve));
    expect(ran).not.toHaveBeenCalled();
  });

  it('runs in a task of its own, and can be cancelled, where there is no scheduler', () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    const ran = vi.fn();
    backgroundTask(ran);
    const cancelled = vi.fn();
    backgroundTask(cancelled)();
    expect(ran).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(ran).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
