// The options a long facet list draws: those with the most sites, without sorting them all.

/**
 * Indexes of the options to draw: all of them, in order, when there are at most `limit`; else those to keep
 * (in their order) and the `limit` with the highest counts (ties to the earlier index), highest first.
 * `total` is how many options there are when these `length` are a part of them (the engine's candidates).
 */
export function topByCount(
  length: number,
  counts: ArrayLike<number> | undefined,
  keep: readonly number[],
  limit: number,
  total = length,
): number[] {
  if (total <= limit) return Array.from({ length }, (_, i) => i);
  // One pass keeping the top entries in a short sorted list: no sort of 100,000 trials per filter change.
  const top: number[] = [];
  const count = (i: number) => counts?.[i] ?? 0;
  for (let i = 0; i < length; i++) {
    if (top.length === limit && count(i) <= count(top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && count(top[at - 1]!) < count(i)) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return [...keep.filter((i) => !top.includes(i)), ...top];
}
