// Splits a query string into parameters the way people write them: names in any case, repeated or not.
export interface RawParams {
  /** Decoded values of a parameter, in order, or undefined when it is absent. */
  get(name: string): string[] | undefined;
  /**
   * The items of a comma-separated list parameter, across all its repetitions. Commas split before
   * percent-decoding, so an item may contain an encoded comma; `splitDecoded` also splits at encoded
   * commas, for values (codes) that never contain one.
   */
  items(name: string, splitDecoded?: boolean): string[];
  /** Every parameter name, lower-cased, in order of first appearance. */
  names(): string[];
}

/** WHATWG percent-decoding: "+" is a space, malformed escapes stay as written, bad UTF-8 becomes U+FFFD. */
export function decodeComponent(raw: string): string {
  return new URLSearchParams(`x=${raw.replace(/&/g, '%26')}`).get('x') ?? '';
}

export function readParams(search: string): RawParams {
  const hash = search.indexOf('#');
  const query = (hash >= 0 ? search.slice(0, hash) : search).replace(/^\?/, '');
  const raw = new Map<string, string[]>();
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = decodeComponent(eq >= 0 ? piece.slice(0, eq) : piece)
      .trim()
      .toLowerCase();
    if (name === '') continue;
    const value = eq >= 0 ? piece.slice(eq + 1) : '';
    const values = raw.get(name);
    if (values) values.push(value);
    else raw.set(name, [value]);
  }
  return {
    get: (name) => raw.get(name)?.map(decodeComponent),
    items: (name, splitDecoded = false) =>
      (raw.get(name) ?? [])
        .flatMap((value) => value.split(','))
        .map(decodeComponent)
        .flatMap((item) => (splitDecoded ? item.split(',') : [item]))
        .filter((item) => item.trim() !== ''),
    names: () => [...raw.keys()],
  };
}
