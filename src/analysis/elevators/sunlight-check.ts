/**
 * The SUNLIGHT check of DESIGN §3.6. Test points are the midpoints of every outer-ring edge
 * whose outward normal has a southward component, moved 0.01 m out of the façade, at sill
 * height (test-points.ts). "Before" (every building prism, the receiving building's own
 * included) is computed once per point, only for points inside some shaft's shadow fan, and
 * kept in prepared.memo; "after" only adds the unit's shaft, so it is the before-lit samples
 * minus those the shaft darkens.
 *
 * Speed: each prism's shadow box over the whole day (shadow-reach.ts) goes in a flatbush, so
 * a test point only meets the prisms whose shadow can reach it; a shaft only looks at the
 * neighbours its own shadow box touches, and only casts for their points inside the tighter fan
 * of its day's shadows (shadow-fan.ts). The shaft's darkening is returned as raw counts
 * (ShaftDarkening) so that `requiredHours` is applied afterwards without casting a ray.
 */
import type { BuildingProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { BBox, Ring } from '../geometry/planar';
import { type BoxIndex, buildBoxIndex } from '../geometry/spatial-index';
import { TypedPool } from '../geometry/typed-pool';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import { type Prism, type SampleTable, buildSampleTable, countLit, makePrism, refillPrism, shadeByPrism } from '../sunlight/rays';
import { fanBounds, fanHolds, shadowFan, type ShadowFan } from '../sunlight/shadow-fan';
import { shadowBox, shadowBoxInto, shadowReach, type ShadowReach } from '../sunlight/shadow-reach';
import { sunSamples } from '../sunlight/sun-position';
import type { ElevatorParams, SunlightLoss } from './params';
import { stageCacheSwitch } from './stage-cache';
import { TestPointStore } from './test-points';

export { southFacingPoints } from './test-points';

/** Building height: heightM when given, else floors × floorHeightM, else 0 (blocks nothing). */
export function buildingHeight(properties: BuildingProperties, floorHeightM: number): number {
  if (typeof properties.heightM === 'number' && properties.heightM > 0) return properties.heightM;
  if (typeof properties.floors === 'number') return properties.floors * floorHeightM;
  return 0;
}

/**
 * What one shaft takes from its neighbours, before `requiredHours` is applied: for every test
 * point it darkens, in neighbour order (ascending position) then point order, the triple
 * (building position, lit samples before, samples darkened). Flat for memory: ~140k units.
 */
export type ShaftDarkening = Int32Array;

const EMPTY_DARKENING: ShaftDarkening = new Int32Array(0);
/** Darkenings are views on shared chunks (see typed-pool.ts): ~140k small arrays per parameter set. */
const darkeningPool = new TypedPool(Int32Array);
/** Shared by every unit without a loss (frozen: results are read, never edited). */
const NO_LOSSES = Object.freeze([]) as unknown as SunlightLoss[];

interface SunMemo {
  table: SampleTable;
  prisms: (Prism | null)[];
  reach: ShadowReach;
  /** The shaft's cull past its shadow box (shadow-fan.ts). */
  fan: ShadowFan;
  /** Flatbush over the shadow boxes of the prisms that have one; `shadowOwners[i]` is its building position. */
  shadowIndex: BoxIndex;
  shadowOwners: Int32Array;
  points: TestPointStore;
  /** 1 for the samples with the sun up: the lit flags of a point no prism blocks; upCount of them. */
  upFlags: Uint8Array;
  upCount: number;
}

export class SunlightChecker {
  readonly table: SampleTable;
  readonly prisms: (Prism | null)[];
  private readonly buildings: PreparedFeature<BuildingProperties>[];
  private readonly memo: SunMemo;
  /** Scratch: the blockers of one point (no allocation per point). */
  private blockerOwners = new Int32Array(64);
  private blockerGaps = new Float64Array(64);
  /** The unit shaft's prism, refilled per call (refillPrism): only read within darkening(). */
  private shaft: Prism | null = null;
  private readonly shaftPolygon: Ring[][] = [[[]]];
  /** The shaft's shadow box and fan bounds (fanBounds), refilled per darkening() call. */
  private readonly shaftBox: BBox = [0, 0, 0, 0];
  private readonly shaftFanBounds: Float64Array;

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
      const fan = shadowFan(table);
      const boxes: BBox[] = [];
      const owners: number[] = [];
      prisms.forEach((prism, position) => {
        const box = prism && shadowBox(prism, sillHeightM, reach);
        if (box) {
          boxes.push(box);
          owners.push(position);
        }
      });
      const upFlags = Uint8Array.from(table.samples, (s) => (s.up ? 1 : 0));
      const points = new TestPointStore(prisms.length, table.samples.length);
      memo = { table, prisms, reach, fan, shadowIndex: buildBoxIndex(boxes), shadowOwners: Int32Array.from(owners), points, upFlags, upCount: countLit(upFlags) };
      forgetOtherSunKeys(prepared, key);
      if (stageCacheSwitch.enabled) prepared.memo.set(key, memo);
    }
    this.memo = memo;
    this.table = memo.table;
    this.prisms = memo.prisms;
    this.shaftFanBounds = new Float64Array(memo.fan.normalsX.length);
  }

  /**
   * Samples test point `point` sees before any shaft (every building prism, its own included),
   * computed on first use into the point store. Only prisms whose shadow box holds the point
   * can block it. The order does not change the result (lit = no prism blocks), so the nearest
   * go first: they darken the widest wedges, leaving fewer samples to cast for the rest, and a
   * fully dark point stops early.
   */
  private litBefore(point: number): number {
    const store = this.memo.points;
    if (store.litCount[point] >= 0) return store.litCount[point];
    const x = store.xs[point];
    const y = store.ys[point];
    let owners = this.blockerOwners;
    let gaps = this.blockerGaps;
    let count = 0;
    for (const i of this.memo.shadowIndex.search([x, y, x, y])) {
      const owner = this.memo.shadowOwners[i];
      const box = this.prisms[owner]!.bbox;
      const dx = Math.max(0, box[0] - x, x - box[2]);
      const dy = Math.max(0, box[1] - y, y - box[3]);
      const gap = dx * dx + dy * dy;
      if (count === owners.length) {
        this.blockerOwners = owners = grownCopy(owners, new Int32Array(owners.length * 2));
        this.blockerGaps = gaps = grownCopy(gaps, new Float64Array(gaps.length * 2));
      }
      // Insertion sort by gap as they come: a point has a handful of blockers.
      let j = count++;
      while (j > 0 && gaps[j - 1] > gap) {
        gaps[j] = gaps[j - 1];
        owners[j] = owners[j - 1];
        j--;
      }
      gaps[j] = gap;
      owners[j] = owner;
    }
    const sampleCount = this.table.samples.length;
    const offset = point * sampleCount;
    const lit = store.lit;
    lit.set(this.memo.upFlags, offset);
    let litCount = this.memo.upCount;
    const sill = this.params.sillHeightM;
    for (let b = 0; b < count && litCount > 0; b++) {
      litCount -= shadeByPrism(x, y, sill, this.prisms[owners[b]]!, this.table, lit, false, offset);
    }
    store.litCount[point] = litCount;
    return litCount;
  }

  hours(samples: number): number {
    return (samples * this.params.stepMin) / 60;
  }

  /** The shaft's darkening of every test point of neighbourPositions[start … end) (see ShaftDarkening). */
  darkening(shaftRing: Ring, shaftHeightM: number, neighbourPositions: ArrayLike<number>, start = 0, end = neighbourPositions.length): ShaftDarkening {
    const polygon = this.shaftPolygon;
    polygon[0][0] = shaftRing;
    const shaft = (this.shaft = this.shaft === null ? makePrism(polygon, shaftHeightM) : refillPrism(this.shaft, polygon, shaftHeightM));
    const box = this.shaftBox;
    if (!shadowBoxInto(shaft, this.params.sillHeightM, this.memo.reach, box)) return EMPTY_DARKENING;
    const fan = this.memo.fan;
    const fanBound = this.shaftFanBounds;
    fanBounds(fan, shaft, this.params.sillHeightM, fanBound);
    const store = this.memo.points;
    const sampleCount = this.table.samples.length;
    let found: number[] | null = null;
    for (let n = start; n < end; n++) {
      const position = neighbourPositions[n];
      const prism = this.prisms[position];
      // Test points sit 0.01 m outside their footprint: a neighbour whose box, grown by 0.02 m,
      // misses the shaft's shadow box has no point the shaft can darken.
      if (!prism) continue;
      const b = prism.bbox;
      if (!(box[0] <= b[2] + 0.02 && b[0] - 0.02 <= box[2] && box[1] <= b[3] + 0.02 && b[1] - 0.02 <= box[3])) continue;
      const first = store.firstPoint(position, prism.polygon);
      const end = first + store.pointCount(position);
      for (let point = first; point < end; point++) {
        const x = store.xs[point];
        const y = store.ys[point];
        // boxHolds(box, x, y), inline: ~1M points per cold run.
        if (!(box[0] <= x && x <= box[2] && box[1] <= y && y <= box[3])) continue;
        // Known dark before any shaft: nothing to take (what `before === 0` below decides anyway).
        if (store.litCount[point] === 0) continue;
        // Outside the fan the shaft's shadow sweeps over the day (most of the box): shadeByPrism would find nothing.
        if (!fanHolds(fan, fanBound, x, y)) continue;
        // Before first (computed once per point, kept): then the shaft is cast only on the
        // samples still lit, and what it blocks among them is what it darkens. Inside the fan
        // most points are in the shaft's real shadow and need "before" anyway.
        const before = this.litBefore(point);
        if (before === 0) continue;
        const darkened = shadeByPrism(x, y, this.params.sillHeightM, shaft, this.table, store.lit, true, point * sampleCount);
        if (darkened > 0) (found ??= []).push(position, before, darkened);
      }
    }
    return found === null ? EMPTY_DARKENING : darkeningPool.from(found);
  }

  /**
   * Per neighbouring building (in the darkening's order), the test point with the largest
   * loss among those that fall under the rule (after < before and after < requiredHours);
   * on equal losses the first point wins.
   */
  losses(darkening: ShaftDarkening, requiredHours: number): SunlightLoss[] {
    const requiredMinutes = requiredHours * 60;
    const stepMin = this.params.stepMin;
    let losses: SunlightLoss[] | null = null;
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
        (losses ??= []).push({ buildingId: this.buildings[position].id as FeatureId, hoursBefore: this.hours(worstBefore), hoursAfter: this.hours(worstBefore - worstLoss) });
      }
    }
    return losses ?? NO_LOSSES;
  }
}

const SUN_MEMO_PREFIX = 'elevators:sunlight:';

/** Memo key of everything the "before" sunlight depends on besides the data. */
export function sunlightKey(params: ElevatorParams): string {
  const { date, startHour, endHour, stepMin, floorHeightM, sillHeightM } = params;
  return `${SUN_MEMO_PREFIX}${date}:${startHour}:${endHour}:${stepMin}:${floorHeightM}:${sillHeightM}`;
}

function grownCopy<T extends Int32Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** One sun key at a time: a new date or floor height makes the previous "before" tables dead weight. */
function forgetOtherSunKeys(prepared: PreparedLayers, key: string): void {
  for (const memoKey of [...prepared.memo.keys()]) if (memoKey.startsWith(SUN_MEMO_PREFIX) && memoKey !== key) prepared.memo.delete(memoKey);
}
