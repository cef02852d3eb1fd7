// Work that reads the page's layout, run once however often it is asked for before then: in the next frame's
// animation callback (with the layout the frame computes anyway rather than one forced after each change), or
// once that frame is painted and the page is idle (its layout still fresh, no change of the page pending), for
// work the frame need not wait for.

const IDLE_WAIT_MS = 500;

export interface FrameTask {
  request: () => void;
  cancel: () => void;
}

export function oncePerFrame(
  run: () => void,
  when: 'before-paint' | 'after-paint' = 'before-paint',
): FrameTask {
  let frame = 0;
  // Cancels the task waiting for the page to be idle; null while none waits.
  let waiting: (() => void) | null = null;
  const start = () => {
    waiting = null;
    run();
  };
  const afterPaint = (): (() => void) => {
    // Asked from the animation callback: after this frame's paint, when nothing else waits (a filter change's
    // markers and panels first), and within IDLE_WAIT_MS whatever happens.
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(start, { timeout: IDLE_WAIT_MS });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(start, 0);
    return () => clearTimeout(timer);
  };
  return {
    request: () => {
      if (waiting) return;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (when === 'before-paint') run();
        else waiting = afterPaint();
      });
    },
    cancel: () => {
      cancelAnimationFrame(frame);
      frame = 0;
      waiting?.();
      waiting = null;
    },
  };
}
