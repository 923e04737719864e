/**
 * The SUNLIGHT check of DESIGN §3.6. Test points are the midpoints of every outer-ring edge
 * whose outward normal has a southward component, moved 0.01 m out of the façade, at sill
 * height. "Before" (every building prism, the receiving building's own included) is
 * computed once per building and kept in prepared.memo; "after" only adds the unit's shaft,
 * so it is the before-lit samples minus those the shaft darkens.
 */
import type { BuildingProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { BBox, PlanarMultiPolygon, Ring } from '../geometry/planar';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import { type Prism, type SampleTable, buildSampleTable, countLit, litSamples, makePrism, shadeByPrism } from '../sunlight/rays';
import { sunSamples } from '../sunlight/sun-position';
import type { ElevatorParams, SunlightLoss } from './params';

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

function bboxGap(a: BBox, b: BBox): number {
  return Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));
}

export class SunlightChecker {
  readonly table: SampleTable;
  readonly prisms: (Prism | null)[];
  private readonly buildings: PreparedFeature<BuildingProperties>[];
  private readonly pointCache: Map<number, TestPoint[]>;
  private readonly reachM: number;

  constructor(
    private readonly prepared: PreparedLayers,
    private readonly params: ElevatorParams,
  ) {
    const [lon, lat] = prepared.projection.centre;
    const { date, startHour, endHour, stepMin, floorHeightM, sillHeightM } = params;
    const key = `elevators:sunlight:${date}:${startHour}:${endHour}:${stepMin}:${floorHeightM}:${sillHeightM}`;
    let memo = prepared.memo.get(key) as { table: SampleTable; prisms: (Prism | null)[]; points: Map<number, TestPoint[]> } | undefined;
    this.buildings = prepared.layer<BuildingProperties>('buildings').features;
    if (!memo) {
      const table = buildSampleTable(sunSamples({ date, startHour, endHour, stepMin }, lon, lat));
      const prisms = this.buildings.map((b) =>
        b.shape.type === 'polygon' ? makePrism(b.shape.coordinates, buildingHeight(b.properties, floorHeightM)) : null,
      );
      memo = { table, prisms, points: new Map() };
      prepared.memo.set(key, memo);
    }
    this.table = memo.table;
    this.prisms = memo.prisms;
    this.pointCache = memo.points;
    let tallest = 0;
    for (const prism of this.prisms) if (prism && prism.heightM > tallest) tallest = prism.heightM;
    // No prism farther than this from a point can reach its rays while the sun is up.
    this.reachM = Number.isFinite(this.table.minimumTan) ? Math.max(0, tallest - sillHeightM) / this.table.minimumTan : 0;
  }

  /** Test points of a building with their "before" sunlight (cached). */
  pointsOf(position: number): TestPoint[] {
    const cached = this.pointCache.get(position);
    if (cached) return cached;
    const prism = this.prisms[position];
    let points: TestPoint[] = [];
    if (prism) {
      const sill = this.params.sillHeightM;
      const minimumTan = this.table.minimumTan;
      const southmostSun = this.table.samples.every((s) => !s.up || s.directionY < 0);
      const nearby: Prism[] = [];
      for (const i of this.prepared.layer('buildings').index.within(prism.bbox, this.reachM)) {
        const other = this.prisms[i];
        if (!other || other.heightM < sill) continue;
        // Too low to reach this building's points, or (sun always in the south) wholly north of them.
        if (bboxGap(other.bbox, prism.bbox) * minimumTan > other.heightM - sill) continue;
        if (southmostSun && other.bbox[1] > prism.bbox[3] + 0.02) continue;
        nearby.push(other);
      }
      points = southFacingPoints(prism.polygon).map(([x, y]) => {
        const lit = litSamples(x, y, this.params.sillHeightM, nearby, this.table);
        return { x, y, lit, litCount: countLit(lit) };
      });
    }
    this.pointCache.set(position, points);
    return points;
  }

  hours(samples: number): number {
    return (samples * this.params.stepMin) / 60;
  }

  /**
   * Per neighbouring building (file order), the test point with the largest loss among
   * those that fall under the rule (after < before and after < requiredHours).
   */
  losses(shaftRing: Ring, shaftHeightM: number, neighbourPositions: number[]): SunlightLoss[] {
    const shaft = makePrism([[shaftRing]], shaftHeightM);
    const requiredMinutes = this.params.requiredHours * 60;
    const losses: SunlightLoss[] = [];
    for (const position of [...neighbourPositions].sort((a, b) => a - b)) {
      let worst: { before: number; after: number } | null = null;
      for (const point of this.pointsOf(position)) {
        if (point.litCount === 0) continue;
        const darkened = shadeByPrism(point.x, point.y, this.params.sillHeightM, shaft, this.table, point.lit, true);
        const after = point.litCount - darkened;
        if (darkened > 0 && after * this.params.stepMin < requiredMinutes && (!worst || darkened > worst.before - worst.after)) {
          worst = { before: point.litCount, after };
        }
      }
      if (worst) {
        losses.push({ buildingId: this.buildings[position].id as FeatureId, hoursBefore: this.hours(worst.before), hoursAfter: this.hours(worst.after) });
      }
    }
    return losses;
  }
}
