import { describe, expect, it } from 'vitest';
import { TypedPool } from './typed-pool';

describe('TypedPool', () => {
  it('hands out independent zeroed views, copies exactly, and big arrays on their own', () => {
    const pool = new TypedPool(Int32Array, 64);
    const a = pool.from([1, 2, 3]);
    const b = pool.take(4);
    b.fill(9);
    expect([...a]).toEqual([1, 2, 3]);
    expect([...b]).toEqual([9, 9, 9, 9]);
    expect(a.buffer).toBe(b.buffer);
    const views = Array.from({ length: 40 }, (_, i) => pool.from([i + 1, -i - 1]));
    views.forEach((v, i) => expect([...v]).toEqual([i + 1, -i - 1]));
    expect(pool.take(0)).toHaveLength(0);
    const big = pool.take(20);
    expect(big.buffer).not.toBe(a.buffer);
    const doubles = new TypedPool(Float64Array, 64).from([0.1, -2.5e-300]);
    expect([...doubles]).toEqual([0.1, -2.5e-300]);
  });
});
