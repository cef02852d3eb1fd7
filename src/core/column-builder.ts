// Columns filled a row at a time without a JavaScript value per row, so that millions of sites fit in a small
// constant each: numbers in a typed array that doubles as it fills, repeated values stored once.

type NumberArray = Float64Array | Uint32Array | Uint8Array;

/** A typed array filled by push(); finish() returns exactly the rows pushed. */
export class GrowingColumn<A extends NumberArray> {
  private values: A;
  private length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.values = make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(this.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  finish(): A {
    return this.values.slice(0, this.length) as A;
  }
}

/**
 * Each row's value as a code into the distinct values (in order of first appearance); `key` tells values
 * apart (the value itself by default), the first value seen under a key is the one kept.
 */
export class ValueColumn<T> {
  private readonly index = new Map<unknown, number>();
  readonly values: T[] = [];
  readonly codes = new GrowingColumn((size) => new Uint32Array(size));

  constructor(private readonly key: (value: T) => unknown = (value) => value) {}

  push(value: T): void {
    const key = this.key(value);
    let code = this.index.get(key);
    if (code === undefined) {
      this.index.set(key, (code = this.values.length));
      this.values.push(value);
    }
    this.codes.push(code);
  }

  /** The value of every row. */
  rows(): T[] {
    return Array.from(this.codes.finish(), (code) => this.values[code]!);
  }
}
