/**
 * Segment boxes near a point, through a uniform grid held in typed arrays (CSR over an
 * open-addressing table of cells). findSplits asks once per line end (~93k at city scale) for
 * the segments whose box meets a tiny box around the end: a flatbush walk per end, with its
 * queue and result arrays, was most of the T-junction search.
 *
 * A segment is listed in every cell its box, grown by a margin wider than the query's
 * half-size, overlaps; a query looks in the one cell of its centre and then applies exactly
 * flatbush's box test, so it finds exactly the segments flatbush would (in another order).
 * Segments that would span many cells are kept in a plain list tested on every query.
 */

/** A segment covering more cells than this goes to the list tested on every query. */
const MAX_CELLS_PER_SEGMENT = 16;

export class SegmentGrid {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly mask: number;
  private readonly slotX: Int32Array;
  private readonly slotY: Int32Array;
  private readonly slotUsed: Uint8Array;
  /** Segments of slot s: members[start[s] .. start[s + 1]). */
  private readonly start: Int32Array;
  private readonly members: Int32Array;
  private readonly large: number[] = [];
  /** The last query's segments (see near). */
  readonly found: Int32Array;

  /** Boxes as flat arrays; `halfSize` is the largest half-width of a query box to come. */
  constructor(
    private readonly minX: Float64Array,
    private readonly minY: Float64Array,
    private readonly maxX: Float64Array,
    private readonly maxY: Float64Array,
    halfSize: number,
  ) {
    const count = minX.length;
    this.found = new Int32Array(Math.max(1, count));
    let x0 = Infinity;
    let y0 = Infinity;
    let magnitude = 1;
    let extent = 0;
    for (let s = 0; s < count; s++) {
      x0 = Math.min(x0, minX[s]);
      y0 = Math.min(y0, minY[s]);
      magnitude = Math.max(magnitude, Math.abs(minX[s]), Math.abs(minY[s]), Math.abs(maxX[s]), Math.abs(maxY[s]));
      extent += Math.max(maxX[s] - minX[s], maxY[s] - minY[s]);
    }
    // The margin covers the query's half-size plus any rounding in computing its box.
    const margin = halfSize + 1 + 1e-9 * magnitude;
    this.x0 = count > 0 ? x0 : 0;
    this.y0 = count > 0 ? y0 : 0;
    this.cell = Math.max(1, count > 0 ? extent / count : 1) + 2 * margin;

    // Cells of each segment; first pass counts the entries, second fills them.
    let entries = 0;
    const range = new Float64Array(4 * count);
    for (let s = 0; s < count; s++) {
      const cx0 = this.cellOf(minX[s] - margin, this.x0);
      const cy0 = this.cellOf(minY[s] - margin, this.y0);
      const cx1 = this.cellOf(maxX[s] + margin, this.x0);
      const cy1 = this.cellOf(maxY[s] + margin, this.y0);
      const cells = (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
      if (!(cells <= MAX_CELLS_PER_SEGMENT)) {
        this.large.push(s);
        range[4 * s] = NaN;
        continue;
      }
      range[4 * s] = cx0;
      range[4 * s + 1] = cy0;
      range[4 * s + 2] = cx1;
      range[4 * s + 3] = cy1;
      entries += cells;
    }
    let size = 16;
    while (size < 2 * entries) size *= 2;
    this.mask = size - 1;
    this.slotX = new Int32Array(size);
    this.slotY = new Int32Array(size);
    this.slotUsed = new Uint8Array(size);
    this.start = new Int32Array(size + 1);
    this.members = new Int32Array(Math.max(1, entries));
    for (let pass = 0; pass < 2; pass++) {
      const fill = pass === 1 ? this.start.slice(0, size) : null;
      for (let s = 0; s < count; s++) {
        if (Number.isNaN(range[4 * s])) continue;
        for (let cx = range[4 * s]; cx <= range[4 * s + 2]; cx++) {
          for (let cy = range[4 * s + 1]; cy <= range[4 * s + 3]; cy++) {
            const slot = this.slotOf(cx | 0, cy | 0, true);
            if (fill) this.members[fill[slot]++] = s;
            else this.start[slot + 1]++;
          }
        }
      }
      if (pass === 0) for (let i = 0; i < size; i++) this.start[i + 1] += this.start[i];
    }
  }

  private cellOf(value: number, origin: number): number {
    return Math.floor((value - origin) / this.cell);
  }

  /** Slot of a cell; with `claim`, an empty slot is taken for it. -1 when absent. */
  private slotOf(cx: number, cy: number, claim: boolean): number {
    let slot = (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & this.mask;
    while (this.slotUsed[slot] === 1) {
      if (this.slotX[slot] === cx && this.slotY[slot] === cy) return slot;
      slot = (slot + 1) & this.mask;
    }
    if (!claim) return -1;
    this.slotUsed[slot] = 1;
    this.slotX[slot] = cx;
    this.slotY[slot] = cy;
    return slot;
  }

  /**
   * Segments whose box meets [qMinX, qMinY, qMaxX, qMaxY] (flatbush's test), a box centred
   * on (x, y) of half-size at most the one given to the constructor: written to `found`
   * (reused by the next query), their number returned.
   */
  near(x: number, y: number, qMinX: number, qMinY: number, qMaxX: number, qMaxY: number): number {
    const { minX, minY, maxX, maxY, found } = this;
    let n = 0;
    const slot = this.slotOf(this.cellOf(x, this.x0) | 0, this.cellOf(y, this.y0) | 0, false);
    if (slot >= 0) {
      for (let k = this.start[slot]; k < this.start[slot + 1]; k++) {
        const s = this.members[k];
        if (qMaxX < minX[s] || qMaxY < minY[s] || qMinX > maxX[s] || qMinY > maxY[s]) continue;
        found[n++] = s;
      }
    }
    for (const s of this.large) {
      if (qMaxX < minX[s] || qMaxY < minY[s] || qMinX > maxX[s] || qMinY > maxY[s]) continue;
      found[n++] = s;
    }
    return n;
  }
}
