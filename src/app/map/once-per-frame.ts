// Work that reads the page's layout, run once however often it is asked for before then: in the next frame's
// animation callback (with the layout the frame computes anyway rather than one forced after each change), or
// right after that frame is painted (with its layout still fresh), for work the frame need not wait for.

export interface FrameTask {
  request: () => void;
  cancel: () => void;
}

export function oncePerFrame(
  run: () => void,
  when: 'before-paint' | 'after-paint' = 'before-paint',
): FrameTask {
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    task = undefined;
    run();
  };
  return {
    request: () => {
      if (task !== undefined) return;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        // A task queued from the animation callback runs once the frame has been painted.
        if (when === 'after-paint') task = setTimeout(start, 0);
        else run();
      });
    },
    cancel: () => {
      cancelAnimationFrame(frame);
      frame = 0;
      clearTimeout(task);
      task = undefined;
    },
  };
}
