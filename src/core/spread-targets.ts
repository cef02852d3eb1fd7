// Nudges square targets (map markers) apart on screen so that none covers another: every one then keeps its
// whole area for a tap or a click (WCAG 2.2 target size). The smallest moves that do it, never more.

export interface Target {
  /** Centre on screen, in pixels. */
  x: number;
  y: number;
  /** Side of the square, in pixels. */
  size: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

const ROWS = 100_003;

/**
 * Offsets (one per target, same order) after which no two squares overlap; a 1 px gap is kept. Each round
 * parts every overlapping pair by the smaller move, half each, until a round moves none. Only pairs in the
 * same or neighbouring cells of a grid as wide as the widest reach are compared, so a round over a few
 * hundred markers is not a pass over every pair; a round that moves nothing has compared every pair that
 * could touch (no target moved since the cells were drawn).
 */
export function spreadTargets(targets: readonly Target[], gap = 1, rounds = 60): Offset[] {
  const count = targets.length;
  const x = Float64Array.from(targets, (target) => target.x);
  const y = Float64Array.from(targets, (target) => target.y);
  const size = Float64Array.from(targets, (target) => target.size);
  const cell = Math.max(1, ...size) + gap;
  // Each round's grid without an array per cell: the targets ordered by cell, and where each cell starts.
  // No allocation in the rounds (at load, a few hundred markers take all 60): the order comes from a numeric
  // sort of cell * count + target, and each target's neighbours are sorted in place.
  const key = new Float64Array(count);
  const order = new Float64Array(count);
  const byCell = new Uint32Array(count);
  const starts = new Map<number, number>();
  const near = new Uint32Array(count);
  for (let round = 0; round < rounds; round++) {
    // Cells by number: a column times a prime wider than any screen's rows of cells, plus the row.
    for (let i = 0; i < count; i++) {
      key[i] = Math.floor(x[i]! / cell) * ROWS + Math.floor(y[i]! / cell);
      order[i] = key[i]! * count + i;
    }
    // By cell, then target: exact, as every cell * count + target is an integer far below 2 ** 53.
    order.sort();
    for (let p = 0; p < count; p++) byCell[p] = order[p]! - Math.floor(order[p]! / count) * count;
    starts.clear();
    for (let p = 0; p < count; p++)
      if (p === 0 || key[byCell[p]!] !== key[byCell[p - 1]!]) starts.set(key[byCell[p]!]!, p);
    let moved = false;
    for (let i = 0; i < count; i++) {
      // The later targets in this target's cell and the eight around it, in order, as the rounds go.
      const cx = Math.floor(x[i]! / cell);
      const cy = Math.floor(y[i]! / cell);
      let found = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const wanted = (cx + dx) * ROWS + cy + dy;
          const start = starts.get(wanted);
          if (start === undefined) continue;
          for (let p = start; p < count && key[byCell[p]!] === wanted; p++)
            if (byCell[p]! > i) near[found++] = byCell[p]!;
        }
      // In target order (an insertion sort: a target has a handful of neighbours).
      for (let k = 1; k < found; k++) {
        const t = near[k]!;
        let m = k;
        for (; m > 0 && near[m - 1]! > t; m--) near[m] = near[m - 1]!;
        near[m] = t;
      }
      for (let k = 0; k < found; k++) {
        const j = near[k]!;
        const reach = (size[i]! + size[j]!) / 2 + gap;
        const ox = reach - Math.abs(x[j]! - x[i]!);
        const oy = reach - Math.abs(y[j]! - y[i]!);
        if (ox <= 1e-6 || oy <= 1e-6) continue;
        moved = true;
        // Along the axis that needs the smaller move; targets at one point part west to east.
        if (ox <= oy) {
          const sign = x[j]! > x[i]! || (x[j] === x[i] && j > i) ? 1 : -1;
          x[i]! -= (sign * ox) / 2;
          x[j]! += (sign * ox) / 2;
        } else {
          const sign = y[j]! >= y[i]! ? 1 : -1;
          y[i]! -= (sign * oy) / 2;
          y[j]! += (sign * oy) / 2;
        }
      }
    }
    if (!moved) break;
  }
  return targets.map((target, i) => ({ dx: x[i]! - target.x, dy: y[i]! - target.y }));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a target, moved by its offset, lies partly under any of the rectangles (the map's buttons). */
export function coveredBy(target: Target, offset: Offset, rects: readonly Rect[]): boolean {
  const half = target.size / 2;
  const left = target.x + offset.dx - half;
  const top = target.y + offset.dy - half;
  return rects.some(
    (rect) =>
      left < rect.x + rect.width &&
      rect.x < left + target.size &&
      top < rect.y + rect.height &&
      rect.y < top + target.size,
  );
}
