/**
 * The street grid: districts (片区) of 4 × 4 blocks bounded by arterials, blocks bounded by
 * local roads, one community per block and a few public blocks per district (idle land,
 * facilities, heritage). A grid keeps everything non-overlapping by construction.
 */
import type { NameBook } from './names';
import type { CellPlan, DistrictPlan, GridPlan, Rect } from './plan-types';
import type { Random } from './random';

export const BLOCKS_PER_DISTRICT_SIDE = 4;
/** At most this many of a district's 16 blocks are communities: the rest are public blocks. */
export const MAX_COMMUNITIES_PER_DISTRICT = 14;

export function districtCountFor(communityCount: number): number {
  return Math.max(1, Math.ceil(communityCount / MAX_COMMUNITIES_PER_DISTRICT), Math.round(communityCount / 13.3));
}

export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Centreline positions from random spacings, centred on 0 so the projection centre is the middle. */
function centrelines(count: number, min: number, max: number, random: Random): number[] {
  const positions = [0];
  for (let i = 0; i < count; i++) positions.push(positions[i] + Math.round(random.range(min, max)));
  const half = positions[count] / 2;
  return positions.map((p) => p - half);
}

function lineWidths(count: number, arterial: boolean[], random: Random): number[] {
  return Array.from({ length: count }, (_, i) => (arterial[i] ? random.pick([20, 24, 26, 30]) : random.int(7, 10)));
}

/** A land-poor corner: which side of the district it sits on. */
export interface PoorCorner {
  east: boolean;
  north: boolean;
}

/**
 * Every other district has a land-poor corner: 3 × 3 blocks (everything within 300 m of the
 * corner block) with no parcel fit for parking, at a corner facing another district. Its
 * communities can only be helped across the district boundary (跨片区组合). When the district
 * to the east is there, the corner faces it: that neighbour holds a former works yard (below).
 */
function landPoorCorner(
  districtCol: number, districtRow: number, districtCols: number, districtRows: number,
  index: number, districtCount: number, communitiesHere: number, random: Random,
): PoorCorner | null {
  if (index % 2 === 1 || communitiesHere < 9) return null;
  const exists = (col: number, row: number) => {
    if (col < 0 || col >= districtCols || row < 0 || row >= districtRows) return false;
    return (districtRows - 1 - row) * districtCols + col < districtCount;
  };
  const facing = ([[0, 0], [1, 0], [0, 1], [1, 1]] as const).filter(([east, north]) =>
    exists(districtCol + (east ? 1 : -1), districtRow) || exists(districtCol, districtRow + (north ? 1 : -1)));
  const towardEast = facing.filter(([east]) => east && exists(districtCol + 1, districtRow));
  const corners = towardEast.length > 0 ? towardEast : facing;
  if (corners.length === 0) return null;
  const [east, north] = random.pick(corners);
  return { east: east === 1, north: north === 1 };
}

/** Block numbers k (k % 4 = column from the west, floor(k / 4) = row from the north) of a corner. */
function cornerBlocks(corner: PoorCorner | null): Set<number> {
  const side = BLOCKS_PER_DISTRICT_SIDE;
  const blocks = new Set<number>();
  if (!corner) return blocks;
  for (let dx = 0; dx < 3; dx++) {
    for (let dy = 0; dy < 3; dy++) blocks.add((corner.north ? dy : side - 1 - dy) * side + (corner.east ? side - 1 - dx : dx));
  }
  return blocks;
}

/**
 * A district east of a land-poor corner is land-rich: its public blocks line its west edge,
 * facing that corner, and hold a former works yard (旧厂区) — large vacant and idle parcels,
 * more than its own nearby communities need. Only pooling across districts puts the surplus
 * to use for the neighbour's border communities (self < district < cross).
 * Returns the preferred public block numbers, nearest the neighbour's corner first.
 */
function worksYardBlocks(westCorner: PoorCorner | null): number[] {
  if (!westCorner?.east) return [];
  const side = BLOCKS_PER_DISTRICT_SIDE;
  const rows = westCorner.north ? [0, 1, 2, 3] : [3, 2, 1, 0];
  return rows.map((row) => row * side);
}

/** Communities a land-rich district keeps: its whole west column can then be works yard. */
const LAND_RICH_COMMUNITIES = 12;

/**
 * Communities per district: an even share, except that a land-rich district (odd, with a
 * land-poor district to its west) keeps at most LAND_RICH_COMMUNITIES and hands the rest to
 * the nearest other district with room. A land-poor corner needs 9 communities (see above).
 */
function communityCounts(communityCount: number, districtCount: number, districtCols: number): { counts: number[]; landRich: boolean[] } {
  const base = Math.floor(communityCount / districtCount);
  const extra = communityCount % districtCount;
  const counts = Array.from({ length: districtCount }, (_, d) => base + (d < extra ? 1 : 0));
  const landRich = counts.map((_, d) => d % 2 === 1 && d % districtCols > 0 && counts[d - 1] >= 9);
  for (let d = 0; d < districtCount; d++) {
    while (landRich[d] && counts[d] > LAND_RICH_COMMUNITIES) {
      let receiver = -1;
      for (let step = 1; step < districtCount && receiver < 0; step++) {
        for (const r of [d - step, d + step]) {
          if (receiver < 0 && r >= 0 && r < districtCount && !landRich[r] && counts[r] < MAX_COMMUNITIES_PER_DISTRICT) receiver = r;
        }
      }
      if (receiver < 0) break;
      counts[d]--;
      counts[receiver]++;
    }
  }
  return { counts, landRich };
}

export function planGrid(communityCount: number, random: Random, names: NameBook): GridPlan {
  const side = BLOCKS_PER_DISTRICT_SIDE;
  const districtCount = districtCountFor(communityCount);
  const districtCols = Math.ceil(Math.sqrt(districtCount));
  const districtRows = Math.ceil(districtCount / districtCols);
  const cols = districtCols * side;
  const rows = districtRows * side;

  // Blocks of old Hangzhou compounds: roughly 170–230 m east–west, 150–200 m north–south.
  const xs = centrelines(cols, 170, 230, random);
  const ys = centrelines(rows, 150, 200, random);
  const xArterial = xs.map((_, i) => i % side === 0);
  const yArterial = ys.map((_, i) => i % side === 0);
  const xWidths = lineWidths(xs.length, xArterial, random);
  const yWidths = lineWidths(ys.length, yArterial, random);
  const xNames = xs.map((_, i) => names.road(xArterial[i]));
  const yNames = ys.map((_, i) => names.road(yArterial[i]));

  const cells: (CellPlan | undefined)[][] = Array.from({ length: cols }, () => new Array<CellPlan | undefined>(rows));
  const districts: DistrictPlan[] = [];
  const { counts, landRich } = communityCounts(communityCount, districtCount, districtCols);
  let street = names.street();
  const corners: (PoorCorner | null)[] = [];

  for (let d = 0; d < districtCount; d++) {
    if (d % 2 === 0 && d > 0) street = names.street(); // two 片区 per 街道
    const districtCol = d % districtCols;
    const districtRow = districtRows - 1 - Math.floor(d / districtCols); // numbered from the north-west
    const col0 = districtCol * side;
    const row0 = districtRow * side;
    const bounds: Rect = { minX: xs[col0], minY: ys[row0], maxX: xs[col0 + side], maxY: ys[row0 + side] };
    const district: DistrictPlan = {
      index: d,
      id: `D${String(d + 1).padStart(3, '0')}`,
      name: names.district(),
      street,
      bounds,
      cells: [],
    };
    const communitiesHere = counts[d];
    const corner = landPoorCorner(districtCol, districtRow, districtCols, districtRows, d, districtCount, communitiesHere, random);
    corners.push(corner);
    const landPoor = cornerBlocks(corner);
    const works = landRich[d] ? worksYardBlocks(corners[d - 1]) : [];
    const order = shuffle(Array.from({ length: side * side }, (_, i) => i).filter((k) => !landPoor.has(k) && !works.includes(k)), random);
    const publicSlots = new Set([...works, ...order].slice(0, side * side - communitiesHere));
    const worksSlots = new Set(works.filter((k) => publicSlots.has(k)));
    for (let k = 0; k < side * side; k++) {
      const col = col0 + (k % side);
      const row = row0 + side - 1 - Math.floor(k / side);
      const cellBounds: Rect = { minX: xs[col], minY: ys[row], maxX: xs[col + 1], maxY: ys[row + 1] };
      // The block stops short of each road by half its width plus a pavement of 2–4 m.
      const block: Rect = {
        minX: cellBounds.minX + xWidths[col] / 2 + random.range(2, 4),
        maxX: cellBounds.maxX - xWidths[col + 1] / 2 - random.range(2, 4),
        minY: cellBounds.minY + yWidths[row] / 2 + random.range(2, 4),
        maxY: cellBounds.maxY - yWidths[row + 1] / 2 - random.range(2, 4),
      };
      const cell: CellPlan = {
        col, row, districtIndex: d, kind: publicSlots.has(k) ? 'public' : 'community', parkingLand: !landPoor.has(k), worksYard: worksSlots.has(k), bounds: cellBounds, block,
      };
      cells[col][row] = cell;
      district.cells.push(cell);
    }
    districts.push(district);
  }
  return { xs, ys, xWidths, yWidths, xArterial, yArterial, xNames, yNames, cells, districts };
}
