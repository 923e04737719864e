/**
 * One community (小区) in its block: rows of east–west walk-up slabs (楼梯 on the north side),
 * interior fire lanes (消防通道), and what old compounds really hold besides housing: a
 * leftover corner, a vacant lot, an idle building, now and then a heritage house or an old tree.
 * Some layouts are made tight on purpose so that added elevators meet every verdict:
 * a fire lane just north of a row, a neighbour within 6 m, the boundary within 3.9 m.
 */
import type { FacilityType } from '../../model/codes';
import type { Point } from '../../analysis/geometry/planar';
import { shuffle } from './layout';
import { type NameBook, OWNERS } from './names';
import { type CellPlan, type PlannedBuilding, type PlannedCommunity, type Rect, rectRing } from './plan-types';
import type { Random } from './random';
import type { DemoSink } from './sink';

interface Row {
  south: number;
  north: number;
}

interface Notch {
  /** The corner cut out of the block, handed to idle land or a facility. */
  corner: Rect;
  /** Where no building may stand (the corner plus a clearance). */
  keepOut: Rect;
}

/** Chance that a community holds a facility of each type inside it. */
const INSIDE_FACILITY_CHANCE: [FacilityType, number][] = [
  ['community_service', 0.08], ['elderly_care', 0.1], ['canteen', 0.1], ['childcare', 0.05],
  ['clinic', 0.04], ['ev_charging', 0.45], ['parking', 0.15], ['market', 0.02],
];

/** Chance, at each place along a row, of a spare plot (vacant, leftover, idle) instead of a slab. */
const SPARE_PLOT_CHANCE = 0.14;

function floorsFor(builtYear: number, random: Random): number {
  const roll = random.next();
  if (roll < 0.05) return random.int(2, 3);
  if (roll < 0.2) return 4;
  return builtYear < 1990 ? random.weighted([[5, 0.35], [6, 0.45], [7, 0.2]]) : random.weighted([[5, 0.2], [6, 0.5], [7, 0.3]]);
}

function planRows(bottom: number, top: number, dense: boolean, random: Random): Row[] {
  const rows: Row[] = [];
  let y = bottom;
  for (;;) {
    const depth = random.range(10, 11.5);
    if (y + depth > top) break;
    rows.push({ south: y, north: y + depth });
    // Sunlight spacing of the 1980s–90s was about 1 : 1; dense compounds squeezed to 8–10 m.
    const gap = dense && random.chance(0.6) ? random.range(8.2, 9.6) : random.range(11.5, 19);
    y += depth + gap;
  }
  // Push the rows north so the north margin is exactly as chosen (it decides OUTSIDE_SITE).
  const slack = rows.length ? top - rows[rows.length - 1].north : 0;
  return rows.map((row) => ({ south: row.south + slack, north: row.north + slack }));
}

/** Free x-intervals of [from, to] once `cuts` are removed. */
function freeIntervals(from: number, to: number, cuts: [number, number][]): [number, number][] {
  let intervals: [number, number][] = [[from, to]];
  for (const [a, b] of cuts) {
    intervals = intervals.flatMap(([s, e]): [number, number][] => (b <= s || a >= e ? [[s, e]] : [[s, Math.min(a, e)], [Math.max(b, s), e]]));
  }
  return intervals.filter(([s, e]) => e - s > 1);
}

const inside = (p: Point, r: Rect) => p[0] >= r.minX && p[0] <= r.maxX && p[1] >= r.minY && p[1] <= r.maxY;

export function planCommunity(cell: CellPlan, id: string, name: string, districtId: string, random: Random, sink: DemoSink, names: NameBook): PlannedCommunity {
  const block = cell.block;
  const width = block.maxX - block.minX;
  const builtYear = random.int(1980, 2000);

  // A corner cut off the block (a 边角地 or a small public plot between communities).
  let notch: Notch | undefined;
  let ring = rectRing(block);
  if (random.chance(0.4)) {
    const notchWidth = Math.min(random.range(25, 45), 0.28 * width);
    const notchHeight = random.range(22, 32);
    const west = random.chance(0.5);
    const cornerMinX = west ? block.minX : block.maxX - notchWidth;
    const corner: Rect = { minX: cornerMinX, minY: block.minY, maxX: cornerMinX + notchWidth, maxY: block.minY + notchHeight };
    notch = { corner, keepOut: { minX: corner.minX - 3, minY: corner.minY - 3, maxX: corner.maxX + 3, maxY: corner.maxY + 3 } };
    ring = west
      ? [[corner.maxX, block.minY], [block.maxX, block.minY], [block.maxX, block.maxY], [block.minX, block.maxY], [block.minX, corner.maxY], [corner.maxX, corner.maxY], [corner.maxX, block.minY]]
      : [[block.minX, block.minY], [corner.minX, block.minY], [corner.minX, corner.maxY], [block.maxX, corner.maxY], [block.maxX, block.maxY], [block.minX, block.maxY], [block.minX, block.minY]];
    const parcel: Rect = west
      ? { minX: corner.minX, minY: corner.minY, maxX: corner.maxX - 2, maxY: corner.maxY - 2 }
      : { minX: corner.minX + 2, minY: corner.minY, maxX: corner.maxX, maxY: corner.maxY - 2 };
    if (cell.parkingLand && random.chance(0.75)) sink.addIdle(random.chance(0.6) ? 'leftover' : 'idle_land', rectRing(parcel), random.pick(OWNERS));
    else {
      const type = random.pick(['parking', 'ev_charging', 'market'] as const);
      sink.addFacility(type, [(parcel.minX + parcel.maxX) / 2, (parcel.minY + parcel.maxY) / 2], names.facility(name, type));
    }
  }

  // Margins to the community boundary; a quarter of compounds sit tight against the north edge.
  const x0 = block.minX + random.range(4, 9);
  const x1 = block.maxX - random.range(4, 9);
  const y0 = block.minY + random.range(4, 10);
  const y1 = block.maxY - (random.chance(0.25) ? random.range(1.2, 3.2) : random.range(5, 10));
  const rows = planRows(y0, y1, random.chance(0.25), random);

  // A north–south fire lane through an aisle left free in every row.
  let aisle: [number, number] | undefined;
  let laneX: number | undefined;
  if (random.chance(0.8)) {
    const aisleWidth = random.range(10, 13);
    laneX = x0 + (x1 - x0) * random.range(0.42, 0.58);
    aisle = [laneX - aisleWidth / 2, laneX + aisleWidth / 2];
  }

  // East–west fire lanes in one or two row gaps, clear of the cut corner. Some compounds run
  // the lane hard by the north façades (blocking elevator shafts), most keep it by the next row.
  const laneYs: number[] = [];
  const gaps = rows.slice(0, -1).map((row, i) => [row.north, rows[i + 1].south] as const)
    .filter(([bottom]) => !notch || bottom > notch.keepOut.maxY);
  const nearNorthFacade = random.chance(0.35);
  const laneCount = Math.min(gaps.length, random.weighted([[1, 0.1], [2, 0.45], [3, 0.45]]));
  const chosen = shuffle([...gaps], random).slice(0, laneCount);
  for (const [bottom, top] of chosen) laneYs.push(nearNorthFacade ? bottom + random.range(2.4, 4.2) : top - random.range(2.4, 3.2));
  sink.lanes.push({ col: cell.col, row: cell.row, eastWest: laneYs, northSouth: laneX });

  const buildings: PlannedBuilding[] = [];
  let historicPlaced = false;
  for (const row of rows) {
    const cuts: [number, number][] = aisle ? [aisle] : [];
    if (notch && row.south < notch.keepOut.maxY) cuts.push([notch.keepOut.minX, notch.keepOut.maxX]);
    for (const [start, end] of freeIntervals(x0, x1, cuts)) {
      let cursor = start;
      while (end - cursor >= 10) {
        const remaining = end - cursor;
        const roll = random.next();
        // Land-poor blocks keep no spare plot at all: the roll goes to a slab.
        if (roll < SPARE_PLOT_CHANCE && remaining >= 20 && cell.parkingLand) {
          const w = Math.min(remaining, random.range(18, 34));
          sink.addIdle(random.weighted([['vacant', 0.35], ['leftover', 0.35], ['idle_land', 0.3]] as const), rectRing({ minX: cursor, minY: row.south, maxX: cursor + w, maxY: row.north }), random.pick(OWNERS));
          cursor += w + random.range(5, 9);
          continue;
        }
        if (roll >= SPARE_PLOT_CHANCE && roll < SPARE_PLOT_CHANCE + 0.015 && remaining >= 16) {
          const w = random.range(14, Math.min(22, remaining));
          const footprint: Rect = { minX: cursor, minY: row.south + 0.5, maxX: cursor + w, maxY: row.north - 0.5 };
          const floors = random.int(1, 3);
          sink.addIdle('idle_building', rectRing(footprint), random.pick(OWNERS), w * (footprint.maxY - footprint.minY) * floors);
          cursor += w + random.range(6, 9);
          continue;
        }
        if (roll >= SPARE_PLOT_CHANCE + 0.015 && roll < SPARE_PLOT_CHANCE + 0.025 && !historicPlaced && remaining >= 16) {
          const w = random.range(12, Math.min(18, remaining));
          sink.addProtected('historic_building', { ring: rectRing({ minX: cursor, minY: row.south + 1, maxX: cursor + w, maxY: row.north - 1 }) }, random.pick([15, 20]), `${name}历史建筑`);
          historicPlaced = true;
          cursor += w + random.range(6, 9);
          continue;
        }
        const floors = floorsFor(builtYear, random);
        const perFloor = random.chance(0.85) ? 2 : 3;
        // Unit width × depth / households per floor stays within 60–80 m² per household.
        const unitWidth = perFloor === 2 ? random.range(12, 13.5) : random.range(18, 20.5);
        let units = floors <= 3 ? random.int(1, 3) : random.weighted([[2, 0.33], [3, 0.4], [4, 0.22], [5, 0.05]]);
        while (units > 1 && units * unitWidth > remaining) units--;
        if (units * unitWidth > remaining) {
          if (remaining >= 12 && cell.parkingLand && random.chance(0.35)) sink.addIdle('leftover', rectRing({ minX: cursor, minY: row.south, maxX: end - 1, maxY: row.north }), random.pick(OWNERS));
          break;
        }
        const length = units * unitWidth;
        buildings.push({
          id: `${id}-B${String(buildings.length + 1).padStart(2, '0')}`,
          communityId: id,
          ring: rectRing({ minX: cursor, minY: row.south, maxX: cursor + length, maxY: row.north }),
          floors,
          units,
          hasElevator: floors >= 6 && random.chance(0.02),
          heightM: Math.round((floors * 2.9 + 0.9) * 10) / 10,
          householdsPerFloorUnit: perFloor,
          households: floors * units * perFloor,
        });
        cursor += length + random.range(6, 9);
      }
    }
  }

  // A leftover strip along the south edge (边角地), where the margin is deep enough.
  const southBand: [number, number] = [block.minY + 1, (rows[0]?.south ?? y1) - 2];
  if (cell.parkingLand && southBand[1] - southBand[0] >= 5 && random.chance(0.6)) {
    const w = random.range(20, 40);
    const minX = random.range(x0, x1 - w);
    const clear = (!aisle || minX + w < aisle[0] - 3 || minX > aisle[1] + 3) && (!notch || minX > notch.keepOut.maxX || minX + w < notch.keepOut.minX);
    if (clear) sink.addIdle('leftover', rectRing({ minX, minY: southBand[0], maxX: minX + w, maxY: southBand[1] }), random.pick(OWNERS));
  }

  // An old tree (古树) a few metres north of a slab: its buffer meets that slab's shafts.
  if (random.chance(0.25) && buildings.length > 0) {
    const slab = random.pick(buildings);
    const at: Point = [random.range(slab.ring[0][0] + 3, slab.ring[1][0] - 3), slab.ring[2][1] + random.range(3, 6)];
    if (at[1] < y1 && laneYs.every((y) => Math.abs(y - at[1]) > 3)) sink.addProtected('ancient_tree', { at }, random.pick([8, 10, 12]), `${name}古樟`);
  }

  // Facilities inside: a point in a row gap or the south margin, never in the cut corner.
  const bands: [number, number][] = [[block.minY + 1, rows[0]?.south ?? y1], ...rows.slice(0, -1).map((row, i): [number, number] => [row.north, rows[i + 1].south])];
  for (const [type, chance] of INSIDE_FACILITY_CHANCE) {
    if (!random.chance(chance)) continue;
    const [bottom, top] = random.pick(bands);
    const at: Point = [random.range(x0, x1), bottom + (top - bottom) * random.range(0.2, 0.8)];
    if (notch && inside(at, notch.keepOut)) continue;
    sink.addFacility(type, at, names.facility(name, type));
  }

  const community: PlannedCommunity = { id, name, districtId, cell, ring, buildings, builtYear };
  sink.buildings.push(...buildings);
  sink.communities.push(community);
  return community;
}
