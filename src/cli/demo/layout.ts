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

/**
 * Every other district has a land-poor corner: 3 × 3 blocks (everything within 300 m of the
 * corner block) with no parcel fit for parking, at a corner facing another district. Its
 * communities can only be helped across the district boundary (跨片区组合).
 * Returns block numbers k (k % 4 = column from the west, floor(k / 4) = row from the north).
 */
function landPoorCorner(
  districtCol: number, districtRow: number, districtCols: number, districtRows: number,
  index: number, districtCount: number, communitiesHere: number, random: Random,
): Set<number> {
  const side = BLOCKS_PER_DISTRICT_SIDE;
  if (index % 2 === 1 || communitiesHere < 9) return new Set();
  const exists = (col: number, row: number) => {
    if (col < 0 || col >= districtCols || row < 0 || row >= districtRows) return false;
    return (districtRows - 1 - row) * districtCols + col < districtCount;
  };
  const corners = ([[0, 0], [1, 0], [0, 1], [1, 1]] as const).filter(([east, north]) =>
    exists(districtCol + (east ? 1 : -1), districtRow) || exists(districtCol, districtRow + (north ? 1 : -1)));
  if (corners.length === 0) return new Set();
  const [east, north] = random.pick(corners);
  const blocks = new Set<number>();
  for (let dx = 0; dx < 3; dx++) {
    for (let dy = 0; dy < 3; dy++) blocks.add((north ? dy : side - 1 - dy) * side + (east ? side - 1 - dx : dx));
  }
  return blocks;
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
  const base = Math.floor(communityCount / districtCount);
  const extra = communityCount % districtCount;
  let street = names.street();

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
    const communitiesHere = base + (d < extra ? 1 : 0);
    const landPoor = landPoorCorner(districtCol, districtRow, districtCols, districtRows, d, districtCount, communitiesHere, random);
    const order = shuffle(Array.from({ length: side * side }, (_, i) => i).filter((k) => !landPoor.has(k)), random);
    const publicSlots = new Set(order.slice(0, side * side - communitiesHere));
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
      const cell: CellPlan = { col, row, districtIndex: d, kind: publicSlots.has(k) ? 'public' : 'community', parkingLand: !landPoor.has(k), bounds: cellBounds, block };
      cells[col][row] = cell;
      district.cells.push(cell);
    }
    districts.push(district);
  }
  return { xs, ys, xWidths, yWidths, xArterial, yArterial, xNames, yNames, cells, districts };
}
