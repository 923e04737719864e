/**
 * The SUNLIGHT check of DESIGN §3.6. Test points are the midpoints of every outer-ring edge
 * whose outward normal has a southward component, moved 0.01 m out of the façade, at sill
 * height. "Before" (every building prism, the receiving building's own included) is
 * computed once per building and kept in prepared.memo; "after" only adds the unit's shaft,
 * so it is the before-lit samples minus those the shaft darkens.
 *
 * Speed: each prism's shadow box over the whole day (shadow-reach.ts) goes in a flatbush, so
 * a test point only meets the prisms whose shadow can reach it; a shaft only looks at the
 * neighbours its own shadow box touches. The shaft's darkening is returned as raw counts
 * (ShaftDarkening) so that `requiredHours` is applied afterwards without casting a ray.
 */
import type { BuildingProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { BBox, PlanarMultiPolygon, Ring } from '../geometry/planar';
import { type BoxIndex, buildBoxIndex } from '../geometry/spatial-index';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import { type Prism, type SampleTable, buildSampleTable, countLit, litSamples, makePrism, shadeByPrism } from '../sunlight/rays';
import { boxesMeet, boxHolds, shadowBox, shadowReach, type ShadowReach } from '../sunlight/shadow-reach';
import { sunSamples } from '../sunlight/sun-position';
import type { ElevatorParams, SunlightLoss } from './params';
import { stageCacheSwitch } from './stage-cache';

export interface TestPoint {
  x: number;
  y: number;
  lit: Uint8Array;
  litCount: number;
}

const FACADE_OFFSET_M = 0.01;
const SOUTHWARD = 1e-9;

/** Building height: heightM when given, else floors × floorHeightM, else 0 (blocks nothing). */
export function buildingHeight(properties: BuildingProperties, floorHeightM: number): number {
  if (typeof properties.heightM === 'number' && properties.heightM > 0) return properties.heightM;
  if (typeof properties.floors === 'number') return properties.floors * floorHeightM;
  return 0;
}

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
      const length = Math.hypot(ex, ey);
      if (length === 0) continue;
      // Outward normal: the edge turned clockwise on a counter-clockwise ring, and vice versa.
      const nx = (clockwise ? -ey : ey) / length;
      const ny = (clockwise ? ex : -ex) / length;
      if (ny < -SOUTHWARD) points.push([(a[0] + b[0]) / 2 + nx * FACADE_OFFSET_M, (a[1] + b[1]) / 2 + ny * FACADE_OFFSET_M]);
    }
  }
  return points;
}

/**
 * What one shaft takes from its neighbours, before `requiredHours` is applied: for every test
 * point it darkens, in neighbour order (ascending position) then point order, the triple
 * (building position, lit samples before, samples darkened). Flat for memory: ~140k units.
 */
export type ShaftDarkening = Int32Array;

const EMPTY_DARKENING: ShaftDarkening = new Int32Array(0);

interface SunMemo {
  table: SampleTable;
  prisms: (Prism | null)[];
  reach: ShadowReach;
  /** Flatbush over the shadow boxes of the prisms that have one; `shadowOwners[i]` is its building position. */
  shadowIndex: BoxIndex;
  shadowOwners: Int32Array;
  points: Map<number, TestPoint[]>;
}

export class SunlightChecker {
  readonly table: SampleTable;
  readonly prisms: (Prism | null)[];
  private readonly buildings: PreparedFeature<BuildingProperties>[];
  private readonly memo: SunMemo;

  constructor(
    prepared: PreparedLayers,
    private readonly params: ElevatorParams,
  ) {
    const [lon, lat] = prepared.projection.centre;
    const key = sunlightKey(params);
    this.buildings = prepared.layer<BuildingProperties>('buildings').features;
    // With the stage caches off (tests), the "before" table is rebuilt too, as on cold data.
    let memo = stageCacheSwitch.enabled ? (prepared.memo.get(key) as SunMemo | undefined) : undefined;
    if (!memo) {
      const { date, startHour, endHour, stepMin, floorHeightM, sillHeightM } = params;
      const table = buildSampleTable(sunSamples({ date, startHour, endHour, stepMin }, lon, lat));
      const prisms = this.buildings.map((b) =>
        b.shape.type === 'polygon' ? makePrism(b.shape.coordinates, buildingHeight(b.properties, floorHeightM)) : null,
      );
      const reach = shadowReach(table);
      const boxes: BBox[] = [];
      const owners: number[] = [];
      prisms.forEach((prism, position) => {
        const box = prism && shadowBox(prism, sillHeightM, reach);
        if (box) {
          boxes.push(box);
          owners.push(position);
        }
      });
      memo = { table, prisms, reach, shadowIndex: buildBoxIndex(boxes), shadowOwners: Int32Array.from(owners), points: new Map() };
      prepared.memo.set(key, memo);
    }
    this.memo = memo;
    this.table = memo.table;
    this.prisms = memo.prisms;
  }

  /** Test points of a building with their "before" sunlight (cached per sun key). */
  pointsOf(position: number): TestPoint[] {
    const cached = this.memo.points.get(position);
    if (cached) return cached;
    const prism = this.prisms[position];
    let points: TestPoint[] = [];
    if (prism) {
      const sill = this.params.sillHeightM;
      points = southFacingPoints(prism.polygon).map(([x, y]) => {
        // Only prisms whose shadow box holds the point can block it. The order does not change
        // the result (lit = no prism blocks), so the nearest go first: they darken the widest
        // wedges, leaving fewer samples to cast for the rest, and a fully dark point stops early.
        const blockers: { prism: Prism; gap: number }[] = [];
        for (const i of this.memo.shadowIndex.search([x, y, x, y])) {
          const blocker = this.prisms[this.memo.shadowOwners[i]]!;
          const [minX, minY, maxX, maxY] = blocker.bbox;
          const dx = Math.max(0, minX - x, x - maxX);
          const dy = Math.max(0, minY - y, y - maxY);
          blockers.push({ prism: blocker, gap: dx * dx + dy * dy });
        }
        blockers.sort((a, b) => a.gap - b.gap);
        const lit = litSamples(x, y, sill, [], this.table);
        let litCount = countLit(lit);
        for (let b = 0; b < blockers.length && litCount > 0; b++) litCount -= shadeByPrism(x, y, sill, blockers[b].prism, this.table, lit);
        return { x, y, lit, litCount };
      });
    }
    this.memo.points.set(position, points);
    return points;
  }

  hours(samples: number): number {
    return (samples * this.params.stepMin) / 60;
  }

  /** The shaft's darkening of every test point of the given neighbours (see ShaftDarkening). */
  darkening(shaftRing: Ring, shaftHeightM: number, neighbourPositions: ArrayLike<number>): ShaftDarkening {
    const shaft = makePrism([[shaftRing]], shaftHeightM);
    const box = shadowBox(shaft, this.params.sillHeightM, this.memo.reach);
    if (!box) return EMPTY_DARKENING;
    const found: number[] = [];
    for (let n = 0; n < neighbourPositions.length; n++) {
      const position = neighbourPositions[n];
      const prism = this.prisms[position];
      // Test points sit 0.01 m outside their footprint: a neighbour whose (slightly grown) box
      // misses the shaft's shadow box has no point the shaft can darken.
      if (!prism || !boxesMeet(box, grown(prism.bbox))) continue;
      for (const point of this.pointsOf(position)) {
        if (point.litCount === 0 || !boxHolds(box, point.x, point.y)) continue;
        const darkened = shadeByPrism(point.x, point.y, this.params.sillHeightM, shaft, this.table, point.lit, true);
        if (darkened > 0) found.push(position, point.litCount, darkened);
      }
    }
    return found.length === 0 ? EMPTY_DARKENING : Int32Array.from(found);
  }

  /**
   * Per neighbouring building (in the darkening's order), the test point with the largest
   * loss among those that fall under the rule (after < before and after < requiredHours);
   * on equal losses the first point wins.
   */
  losses(darkening: ShaftDarkening, requiredHours: number): SunlightLoss[] {
    const requiredMinutes = requiredHours * 60;
    const stepMin = this.params.stepMin;
    const losses: SunlightLoss[] = [];
    let i = 0;
    while (i < darkening.length) {
      const position = darkening[i];
      let worstBefore = -1;
      let worstLoss = 0;
      for (; i < darkening.length && darkening[i] === position; i += 3) {
        const before = darkening[i + 1];
        const darkened = darkening[i + 2];
        if ((before - darkened) * stepMin < requiredMinutes && (worstBefore < 0 || darkened > worstLoss)) {
          worstBefore = before;
          worstLoss = darkened;
        }
      }
      if (worstBefore >= 0) {
        losses.push({ buildingId: this.buildings[position].id as FeatureId, hoursBefore: this.hours(worstBefore), hoursAfter: this.hours(worstBefore - worstLoss) });
      }
    }
    return losses;
  }
}

/** Memo key of everything the "before" sunlight depends on besides the data. */
export function sunlightKey(params: ElevatorParams): string {
  const { date, startHour, endHour, stepMin, floorHeightM, sillHeightM } = params;
  return `elevators:sunlight:${date}:${startHour}:${endHour}:${stepMin}:${floorHeightM}:${sillHeightM}`;
}

function grown(box: BBox): BBox {
  return [box[0] - 0.02, box[1] - 0.02, box[2] + 0.02, box[3] + 0.02];
}
