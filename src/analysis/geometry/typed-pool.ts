/**
 * Small typed arrays carved out of shared chunks. Each Float64Array or Int32Array of its own
 * costs ~250 bytes beyond its data in V8 (the view, an ArrayBuffer, its off-heap block and
 * bookkeeping), more than the handful of numbers a prism's edges or a unit's neighbour list
 * hold, ×60k buildings and ×140k units at city scale. A view on a shared chunk costs only the
 * view. A chunk is freed once no view of it is left, so short-lived arrays still go away.
 */
type TypedArray = Float64Array | Int32Array;

interface TypedArrayKind<T extends TypedArray> {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

export class TypedPool<T extends TypedArray> {
  private chunk: T | null = null;
  private used = 0;

  constructor(
    private readonly kind: TypedArrayKind<T>,
    private readonly chunkLength = 1 << 15,
  ) {}

  /** A zero-filled array of `length` elements (a view on the current chunk when small). */
  take(length: number): T {
    if (length === 0 || length > this.chunkLength >> 3) return new this.kind(length);
    if (this.chunk === null || this.used + length > this.chunkLength) {
      this.chunk = new this.kind(this.chunkLength);
      this.used = 0;
    }
    const view = new this.kind(this.chunk.buffer, this.used * this.kind.BYTES_PER_ELEMENT, length);
    this.used += length;
    return view;
  }

  /** A pooled copy of `values`. */
  from(values: ArrayLike<number>): T {
    const array = this.take(values.length);
    for (let i = 0; i < values.length; i++) array[i] = values[i];
    return array;
  }
}
