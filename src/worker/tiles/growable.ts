/**
 * Growing arrays the tile code shares. Growable: a typed array that doubles when full, for the
 * flattening passes (building-buffers.ts, road-buffers.ts), whose vertex and ring/line counts
 * are known only once the features are read (a number[] of that size costs several times the
 * memory). PointScratch: the integer points of one ring or line as a tile is cut.
 */
export class Growable<T extends Float64Array | Uint32Array | Uint8Array> {
  length = 0;
  constructor(public array: T) {}
  /** Room for `more` entries from `length` on. */
  reserve(more: number) {
    if (this.length + more <= this.array.length) return;
    const next = new (this.array.constructor as new (size: number) => T)(Math.max(this.array.length * 2, this.length + more));
    next.set(this.array);
    this.array = next;
  }
  /** The filled part as its own array (a copy: the buffer is transferred, so it must be exact). */
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/** Integer x, y points, reused from one ring or line to the next by the tile cutters (no allocation per vertex). */
export class PointScratch {
  xs = new Int32Array(256);
  ys = new Int32Array(256);
  length = 0;
  push(x: number, y: number) {
    if (this.length === this.xs.length) {
      const grow = (old: Int32Array) => { const next = new Int32Array(old.length * 2); next.set(old); return next; };
      this.xs = grow(this.xs);
      this.ys = grow(this.ys);
    }
    this.xs[this.length] = x;
    this.ys[this.length++] = y;
  }
}
