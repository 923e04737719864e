/**
 * Where a prism's shadow can fall over a whole sample table: a conservative box used to cull
 * prisms before any ray is cast (DESIGN §3.6 stays exact: culling only drops prisms that
 * provably block nothing).
 *
 * Why it is safe: a ray from p at sill height h toward sample k is blocked by a prism of
 * height H only if it meets the footprint at horizontal distance s ≤ (H − h) / tan(a_k), so
 * p = q − s·d_k for some q in the footprint, i.e. p lies in footprint + t·u_k with
 * u_k = −d_k / tan(a_k) and t = s·tan(a_k) ∈ [0, H − h]. Over all samples that lies in the
 * footprint's box stretched by (H − h) times the extreme components of u_k (and 0, for t = 0).
 */
import type { BBox } from '../geometry/planar';
import type { Prism, SampleTable } from './rays';

/** Extreme components of u_k = −direction / tan(altitude) over the samples with the sun up, 0 included. */
export interface ShadowReach {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Margin (m) for the float noise of the ray cast: far above it, far below any real distance. */
const MARGIN_M = 0.01;

export function shadowReach(table: SampleTable): ShadowReach {
  const reach: ShadowReach = { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  for (const sample of table.samples) {
    if (!sample.up) continue;
    const ux = -sample.directionX / sample.tanAltitude;
    const uy = -sample.directionY / sample.tanAltitude;
    if (ux < reach.minX) reach.minX = ux;
    if (ux > reach.maxX) reach.maxX = ux;
    if (uy < reach.minY) reach.minY = uy;
    if (uy > reach.maxY) reach.maxY = uy;
  }
  return reach;
}

/**
 * Box holding every point (at sill height) whose rays the prism can block on some sample;
 * null when the prism is lower than the sill (it blocks nothing).
 */
export function shadowBox(prism: Prism, sillHeightM: number, reach: ShadowReach): BBox | null {
  const box: BBox = [0, 0, 0, 0];
  return shadowBoxInto(prism, sillHeightM, reach, box) ? box : null;
}

/** shadowBox into `box` (a unit's shaft: ~140k per run, no array each); false when it is null. */
export function shadowBoxInto(prism: Prism, sillHeightM: number, reach: ShadowReach, box: BBox): boolean {
  if (!(prism.heightM >= sillHeightM)) return false;
  const lift = prism.heightM - sillHeightM;
  const bbox = prism.bbox;
  box[0] = bbox[0] + lift * reach.minX - MARGIN_M;
  box[1] = bbox[1] + lift * reach.minY - MARGIN_M;
  box[2] = bbox[2] + lift * reach.maxX + MARGIN_M;
  box[3] = bbox[3] + lift * reach.maxY + MARGIN_M;
  return true;
}

export function boxesMeet(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function boxHolds(box: BBox, x: number, y: number): boolean {
  return box[0] <= x && x <= box[2] && box[1] <= y && y <= box[3];
}
