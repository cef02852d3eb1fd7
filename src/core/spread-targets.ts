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
  const x = targets.map((target) => target.x);
  const y = targets.map((target) => target.y);
  const cell = Math.max(1, ...targets.map((target) => target.size)) + gap;
  const near: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Cells by number: a column times a prime wider than any screen's rows of cells, plus the row.
    const cells = new Map<number, number[]>();
    for (let i = 0; i < targets.length; i++) {
      const key = Math.floor(x[i]! / cell) * ROWS + Math.floor(y[i]! / cell);
      const members = cells.get(key);
      if (members) members.push(i);
      else cells.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < targets.length; i++) {
      // The later targets in this target's cell and the eight around it, in order, as the rounds go.
      const cx = Math.floor(x[i]! / cell);
      const cy = Math.floor(y[i]! / cell);
      near.length = 0;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) {
          const members = cells.get((cx + dx) * ROWS + cy + dy);
          if (members) for (const j of members) if (j > i) near.push(j);
        }
      near.sort((a, b) => a - b);
      for (const j of near) {
        const reach = (targets[i]!.size + targets[j]!.size) / 2 + gap;
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
