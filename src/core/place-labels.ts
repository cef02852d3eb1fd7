// Which towns and cities the offline map names: the more people live there, the earlier it shows as the map
// zooms in, and no name is drawn over another.

/** The smallest population named at a zoom level: capitals and big cities first, towns at city zoom. */
export function populationFloor(zoom: number): number {
  if (zoom <= 4) return 2_000_000;
  if (zoom <= 5) return 700_000;
  if (zoom <= 6) return 250_000;
  if (zoom <= 7) return 80_000;
  if (zoom <= 8) return 30_000;
  if (zoom <= 9) return 10_000;
  return 0;
}

export interface LabelBox {
  /** Left and top on screen, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Greedily keeps boxes (given most important first) that touch none kept before; their indexes. */
export function placeLabels(boxes: readonly LabelBox[], limit: number, gap = 4): number[] {
  const kept: number[] = [];
  for (let i = 0; i < boxes.length && kept.length < limit; i++) {
    const box = boxes[i]!;
    const clear = kept.every((k) => {
      const other = boxes[k]!;
      return (
        box.x + box.width + gap <= other.x ||
        other.x + other.width + gap <= box.x ||
        box.y + box.height + gap <= other.y ||
        other.y + other.height + gap <= box.y
      );
    });
    if (clear) kept.push(i);
  }
  return kept;
}
