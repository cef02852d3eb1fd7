// An early-exit box search over a KDBush index: "is there any point here that passes this test?".
import type KDBush from 'kdbush';

/**
 * True as soon as one indexed point inside the box passes `test(id, x, y)`. Walks the tree as KDBush's own
 * range() does, over its public ids/coords/nodeSize, but stops at the first hit and builds no result array,
 * which matters when a wide box holds thousands of sites.
 */
export function someInBox(
  index: KDBush,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  test: (id: number, x: number, y: number) => boolean,
): boolean {
  const { ids, coords, nodeSize } = index;
  const stack = [0, ids.length - 1, 0];
  while (stack.length > 0) {
    const axis = stack.pop() ?? 0;
    const right = stack.pop() ?? 0;
    const left = stack.pop() ?? 0;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const x = coords[2 * i] ?? 0;
        const y = coords[2 * i + 1] ?? 0;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY && test(ids[i] ?? 0, x, y)) return true;
      }
      continue;
    }
    const middle = (left + right) >> 1;
    const x = coords[2 * middle] ?? 0;
    const y = coords[2 * middle + 1] ?? 0;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY && test(ids[middle] ?? 0, x, y)) return true;
    if (axis === 0 ? minX <= x : minY <= y) stack.push(left, middle - 1, 1 - axis);
    if (axis === 0 ? maxX >= x : maxY >= y) stack.push(middle + 1, right, 1 - axis);
  }
  return false;
}
