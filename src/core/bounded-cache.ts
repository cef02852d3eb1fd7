// A cache of values made again and again from a few keys (the words for a count, a marker's name), bounded: once
// full it starts over, so a long session never grows it without end.

/** A function that returns the value kept for `key`, made by `make` the first time it is asked for. */
export type BoundedCache<V> = (key: string, make: () => V) => V;

export function boundedCache<V>(limit: number): BoundedCache<V> {
  const values = new Map<string, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = make();
      values.set(key, value);
    }
    return value;
  };
}
