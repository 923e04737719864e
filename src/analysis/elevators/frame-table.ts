/**
 * The frame stage's cache (stage-cache.ts): each building's stair façade and unit count in
 * flat arrays by building position. An object with three point arrays per candidate was
 * ~1.1M long-lived objects at province scale, for six numbers and a count each.
 */
import type { FrameSide } from './frame';
import type { BuildingFrame } from './unit-sites';

/** counts[] marks: not computed yet, and a degenerate footprint (no frame). */
const UNKNOWN = -2;
const DEGENERATE = -1;
const SIDE_STRIDE = 6;

export class FrameTable {
  private readonly sides: Float64Array;
  private readonly counts: Int32Array;

  constructor(buildingCount: number) {
    this.sides = new Float64Array(buildingCount * SIDE_STRIDE);
    this.counts = new Int32Array(buildingCount).fill(UNKNOWN);
  }

  has(position: number): boolean {
    return this.counts[position] !== UNKNOWN;
  }

  set(position: number, frame: BuildingFrame): void {
    if (!frame) {
      this.counts[position] = DEGENERATE;
      return;
    }
    const o = position * SIDE_STRIDE;
    const { start, end, normal } = frame.facade;
    this.sides[o] = start[0];
    this.sides[o + 1] = start[1];
    this.sides[o + 2] = end[0];
    this.sides[o + 3] = end[1];
    this.sides[o + 4] = normal[0];
    this.sides[o + 5] = normal[1];
    this.counts[position] = frame.count;
  }

  /** The frame as buildingFrame made it (new objects, same numbers); null when degenerate or not computed. */
  get(position: number): BuildingFrame {
    const count = this.counts[position];
    if (count < 0) return null;
    const o = position * SIDE_STRIDE;
    const s = this.sides;
    const facade: FrameSide = { start: [s[o], s[o + 1]], end: [s[o + 2], s[o + 3]], normal: [s[o + 4], s[o + 5]] };
    return { facade, count };
  }
}
