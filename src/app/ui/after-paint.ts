// For work the frame being drawn does not show: the files of the panels drawn later, the map's country shapes,
// the offline cache. Started after the frame is painted, they no longer take a slow link's bandwidth or the
// thread from the first screen's own files and render.

/** Resolves once the page has painted its next frame; at once in a hidden page, which paints nothing. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') resolve();
    // The animation callback runs before the paint; a task it posts runs after it.
    else requestAnimationFrame(() => setTimeout(resolve));
  });
}

let painted = () => {};

/** Resolves once the app's first screen (the header, the map and its overview) has been painted. */
export const firstScreenPainted = new Promise<void>((resolve) => (painted = resolve));

/** Called by the app as it draws its first screen. */
export function firstScreenDrawn(): void {
  void afterNextPaint().then(painted);
}
