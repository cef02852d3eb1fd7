// Work that reads the page's layout, run in the next frame's animation callback: once however often it is asked
// for before then, and with the layout the frame computes anyway rather than one forced after each change.

export interface FrameTask {
  request: () => void;
  cancel: () => void;
}

export function oncePerFrame(run: () => void): FrameTask {
  let frame = 0;
  return {
    request: () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        run();
      });
    },
    cancel: () => {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
