/**
 * The road network as straight segments between junctions: every place where two roads meet
 * is a vertex of both (DESIGN §3.6), so the walking network is one connected graph. Grid roads
 * are split wherever a community's fire lane joins them; fire lanes are split where they cross.
 */
import type { Point } from '../../analysis/geometry/planar';
import type { CellLanes, GridPlan } from './plan-types';
import type { DemoSink } from './sink';

const FIRE_LANE_WIDTH_M = 4;

/** Sorted distinct stops along a line, each consecutive pair one segment. */
function stops(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

export function planRoads(grid: GridPlan, lanes: readonly CellLanes[], sink: DemoSink): void {
  const { xs, ys, cells } = grid;
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const laneAt = new Map<string, CellLanes>();
  for (const lane of lanes) laneAt.set(`${lane.col},${lane.row}`, lane);
  const cellExists = (col: number, row: number) => col >= 0 && col < cols && row >= 0 && row < rows && cells[col][row] !== undefined;

  const emit = (points: Point[], kind: 'x' | 'y' | 'fire', index: number) => {
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 0.01) continue;
      if (kind === 'fire') {
        sink.addRoad({ roadClass: 'fire_lane', widthM: FIRE_LANE_WIDTH_M, fireLane: true, line: [a, b] });
      } else {
        const arterial = kind === 'x' ? grid.xArterial[index] : grid.yArterial[index];
        sink.addRoad({
          roadClass: arterial ? 'arterial' : 'local',
          widthM: kind === 'x' ? grid.xWidths[index] : grid.yWidths[index],
          fireLane: false,
          name: kind === 'x' ? grid.xNames[index] : grid.yNames[index],
          line: [a, b],
        });
      }
    }
  };

  // North–south roads, block by block, split where east–west fire lanes end on them.
  for (let i = 0; i <= cols; i++) {
    for (let j = 0; j < rows; j++) {
      if (!cellExists(i - 1, j) && !cellExists(i, j)) continue;
      const joins = [...(laneAt.get(`${i - 1},${j}`)?.eastWest ?? []), ...(laneAt.get(`${i},${j}`)?.eastWest ?? [])];
      emit(stops([ys[j], ys[j + 1], ...joins]).map((y): Point => [xs[i], y]), 'x', i);
    }
  }
  // East–west roads, split where north–south fire lanes end on them.
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i < cols; i++) {
      if (!cellExists(i, j - 1) && !cellExists(i, j)) continue;
      const joins = [laneAt.get(`${i},${j - 1}`)?.northSouth, laneAt.get(`${i},${j}`)?.northSouth].filter((x): x is number => x !== undefined);
      emit(stops([xs[i], xs[i + 1], ...joins]).map((x): Point => [x, ys[j]]), 'y', j);
    }
  }
  // Fire lanes inside each community, crossing each other at shared vertices.
  for (const lane of lanes) {
    const { col, row } = lane;
    for (const y of lane.eastWest) {
      const xsOnLane = lane.northSouth === undefined ? [xs[col], xs[col + 1]] : [xs[col], lane.northSouth, xs[col + 1]];
      emit(xsOnLane.map((x): Point => [x, y]), 'fire', 0);
    }
    if (lane.northSouth !== undefined) {
      const x = lane.northSouth;
      emit(stops([ys[row], ys[row + 1], ...lane.eastWest]).map((y): Point => [x, y]), 'fire', 0);
    }
  }
}
