/**
 * A typed array that doubles when full, shared by the flattening passes (building-buffers.ts,
 * road-buffers.ts): their vertex and ring/line counts are known only once the features are read,
 * and a plain number[] of the same size costs several times the memory.
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
