// The longest increasing subsequence: which items of a list already stand in order, so that putting the list
// in order moves only the others.

/**
 * The indices of a longest strictly increasing subsequence of `values` (O(n log n)). Negative values (items
 * not placed yet) are never part of it.
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  // tails[k]: the index of the smallest last value of an increasing run of length k + 1 found so far.
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, i) => {
    if (value < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
