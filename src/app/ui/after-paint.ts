// For work the frame being drawn does not show: the files of the panels drawn later, the map's country shapes,
// the offline cache. Started after the frame is painted, they no longer take a slow link's bandwidth or the
// thread from the first screen's own files and render.

import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Resolves once the page has painted its next frame; at once in a hidden page, which paints nothing. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') resolve();
    // The animation callback runs before the paint; a task it posts runs after it.
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

/** Resolves in a task of its own, after those already queued (a long job split so the page can answer between). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * How many of `total` items to draw: `first` at once, then `step` more in a render of their own after each paint,
 * until all are. For a long list of which only the head is in view at first (a registry's Country group, some 200
 * rows), so that drawing it is a few short tasks instead of one long one.
 */
export function useDrawnInSteps(total: number, first: number, step: number = first): number {
  const [drawn, setDrawn] = useState(first);
  useEffect(() => {
    if (drawn >= total) return;
    let live = true;
    void afterNextPaint().then(() => {
      if (live) setDrawn((n) => n + step);
    });
    // A page printed meanwhile prints them all.
    const all = () => flushSync(() => setDrawn(total));
    window.addEventListener('beforeprint', all);
    return () => {
      live = false;
      window.removeEventListener('beforeprint', all);
    };
  }, [drawn, total, step]);
  return Math.min(drawn, total);
}

/** The browser's task scheduler, where there is one (Chromium and Firefox). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `callback` in a task that waits for whatever else the page has to do (an answer from the site worker, a
 * frame to draw, a click): for work nobody waits on, such as the map's borders joining a few at a time. Returns
 * a function that cancels it.
 */
export function backgroundTask(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    // An abort rejects the task's promise: that is the cancel, not an error. An error of the callback's own is
    // left to surface, as it would from a timer.
    scheduler
      .postTask(callback, { priority: 'background', signal: controller.signal })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) throw error;
      });
    return () => controller.abort();
  }
  const timer = setTimeout(callback);
  return () => clearTimeout(timer);
}

let painted = () => {};

/** Resolves once the app's first screen (the header, the map and its overview) has been painted. */
export const firstScreenPainted = new Promise<void>((resolve) => (painted = resolve));

/** Called by the app as it draws its first screen. */
export function firstScreenDrawn(): void {
  void afterNextPaint().then(painted);
}

/**
 * The value as it was at the last paint: a change shows first in what reads it directly, then here, in a render
 * of its own after the frame is painted (for a part of the page that can follow a frame later, such as the side
 * panel when the sites arrive, so that its render and the map's are not one long task). Changes faster than the
 * frames (a download's progress) are taken together: the newest is shown at each paint.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const waiting = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    latest.current = value;
    if (waiting.current) return;
    waiting.current = true;
    void afterNextPaint().then(() => {
      waiting.current = false;
      if (mounted.current) setShown(() => latest.current);
    });
  }, [value]);
  return shown;
}
