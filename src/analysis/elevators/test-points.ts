/**
 * The sunlight test points of DESIGN §3.6 — the midpoints of every outer-ring edge whose
 * outward normal has a southward component, moved 0.01 m out of the façade — and room for
 * each point's "before" sunlight, in flat buffers shared by every building.
 *
 * Why flat: a city has ~200k test points; a Uint8Array and an object per point cost more in
 * allocation and garbage collection than the rays cast for them. Points are listed per
 * building when first asked for, and their "before" is filled only when a shaft can darken
 * them (see SunlightChecker), so most points never cast a ray at all.
 */
import { hypot } from '../geometry/hypot';
import type { PlanarMultiPolygon, Ring } from '../geometry/planar';

const FACADE_OFFSET_M = 0.01;
const SOUTHWARD = 1e-9;

/** Midpoints of south-facing outer-ring edges, 0.01 m outside the façade. */
export function southFacingPoints(polygon: PlanarMultiPolygon): [number, number][] {
  const points: [number, number][] = [];
  for (const part of polygon) {
    const ring: Ring = part[0] ?? [];
    let n = ring.length;
    if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
    if (n < 3) continue;
    let doubleArea = 0;
    for (let i = 0; i < n; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % n];
      doubleArea += a[0] * b[1] - b[0] * a[1];
    }
    const clockwise = doubleArea < 0;
    for (let i = 0; i < n; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % n];
      const ex = b[0] - a[0];
      const ey = b[1] - a[1];
      const length = hypot(ex, ey);
      if (length === 0) continue;
      // Outward normal: the edge turned clockwise on a counter-clockwise ring, and vice versa.
      const nx = (clockwise ? -ey : ey) / length;
      const ny = (clockwise ? ex : -ex) / length;
      if (ny < -SOUTHWARD) points.push([(a[0] + b[0]) / 2 + nx * FACADE_OFFSET_M, (a[1] + b[1]) / 2 + ny * FACADE_OFFSET_M]);
    }
  }
  return points;
}

/** Test points by index; a building's points are consecutive. */
export class TestPointStore {
  xs: Float64Array;
  ys: Float64Array;
  /** Samples lit before any shaft; −1 while not computed. */
  litCount: Int32Array;
  /** Lit flags of point i at [i × sampleCount, (i + 1) × sampleCount). */
  lit: Uint8Array;
  size = 0;
  /** Per building position: its first point, −1 while not listed. */
  private readonly first: Int32Array;
  private readonly count: Int32Array;

  constructor(
    buildingCount: number,
    readonly sampleCount: number,
  ) {
    this.first = new Int32Array(buildingCount).fill(-1);
    this.count = new Int32Array(buildingCount);
    const capacity = Math.max(16, buildingCount);
    this.xs = new Float64Array(capacity);
    this.ys = new Float64Array(capacity);
    this.litCount = new Int32Array(capacity);
    this.lit = new Uint8Array(capacity * sampleCount);
  }

  /** Index of the building's first point (listing its points on first call); pointCount gives how many. */
  firstPoint(position: number, polygon: PlanarMultiPolygon): number {
    if (this.first[position] >= 0) return this.first[position];
    const points = southFacingPoints(polygon);
    if (this.size + points.length > this.xs.length) this.grow(this.size + points.length);
    const start = this.size;
    for (const [x, y] of points) {
      this.xs[this.size] = x;
      this.ys[this.size] = y;
      this.litCount[this.size] = -1;
      this.size++;
    }
    this.first[position] = start;
    this.count[position] = points.length;
    return start;
  }

  pointCount(position: number): number {
    return this.count[position];
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.xs.length * 2);
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, n: number): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.xs = copy(this.xs, (n) => new Float64Array(n), capacity);
    this.ys = copy(this.ys, (n) => new Float64Array(n), capacity);
    this.litCount = copy(this.litCount, (n) => new Int32Array(n), capacity);
    this.lit = copy(this.lit, (n) => new Uint8Array(n), capacity * this.sampleCount);
  }
}
