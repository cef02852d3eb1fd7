import { describe, expect, it } from 'vitest';
import { GrowingColumn, ValueColumn } from '../../../src/core/column-builder';

describe('column builders', () => {
  it('keeps every number pushed, past the first allocation', () => {
    const column = new GrowingColumn((size) => new Float64Array(size));
    const values = Array.from({ length: 5000 }, (_, i) => i / 7);
    for (const value of values) column.push(value);
    const result = column.finish();
    expect(result).toBeInstanceOf(Float64Array);
    expect([...result]).toEqual(values);
  });

  it('stores each distinct value once and gives every row its value back', () => {
    const column = new ValueColumn<string | null>();
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 5 === 0 ? null : `city ${i % 3}`));
    for (const row of rows) column.push(row);
    expect(column.values).toEqual([null, 'city 1', 'city 2', 'city 0']);
    expect(column.rows()).toEqual(rows);
  });

  it('tells values apart by their key, keeping the first of equal ones', () => {
    const column = new ValueColumn<{ name: string }[]>((list) => JSON.stringify(list));
    const first = [{ name: 'A' }];
    column.push(first);
    column.push([{ name: 'A' }]);
    column.push([]);
    expect(column.values).toEqual([[{ name: 'A' }], []]);
    const rows = column.rows();
    expect(rows[1]).toBe(first);
  });
});
