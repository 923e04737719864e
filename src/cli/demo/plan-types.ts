/**
 * The demo district as planned in local metres (x east, y north, origin at the centre),
 * before conversion to lon/lat. Every generator module writes into these shapes.
 */
import type { FacilityType, IdleLandKind, ProtectedKind } from '../../model/codes';
import type { Point } from '../../analysis/geometry/planar';

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type CellKind = 'community' | 'public';

export interface CellPlan {
  col: number;
  row: number;
  districtIndex: number;
  kind: CellKind;
  /** False in a district's land-poor corner: no parcel there could take parking. */
  parkingLand: boolean;
  /** A public block of a land-rich district's former works yard (旧厂区): large idle parcels. */
  worksYard: boolean;
  /** Bounds between road centrelines. */
  bounds: Rect;
  /** The block: bounds less half of each road's width and a pavement. */
  block: Rect;
}

export interface DistrictPlan {
  index: number;
  id: string;
  name: string;
  street: string;
  bounds: Rect;
  cells: CellPlan[];
}

export interface GridPlan {
  /** x of each north–south road centreline, west to east. */
  xs: number[];
  /** y of each east–west road centreline, south to north. */
  ys: number[];
  xWidths: number[];
  yWidths: number[];
  xArterial: boolean[];
  yArterial: boolean[];
  xNames: string[];
  yNames: string[];
  /** cells[col][row], undefined where no district reaches. */
  cells: (CellPlan | undefined)[][];
  districts: DistrictPlan[];
}

export interface PlannedBuilding {
  id: string;
  communityId: string;
  ring: Point[];
  floors: number;
  units: number;
  hasElevator: boolean;
  heightM: number;
  /** Households per unit per floor (一梯两户 mostly). */
  householdsPerFloorUnit: number;
  households: number;
}

export interface PlannedIdle {
  id: string;
  kind: IdleLandKind;
  ring: Point[];
  floorAreaM2?: number;
  owner: string;
  districtId: string;
}

export interface PlannedFacility {
  id: string;
  type: FacilityType;
  at: Point;
  capacity: number;
  name: string;
  districtId: string;
}

export interface PlannedProtected {
  id: string;
  kind: ProtectedKind;
  ring?: Point[];
  at?: Point;
  bufferM: number;
  name: string;
}

export interface PlannedRoad {
  id: string;
  roadClass: 'arterial' | 'local' | 'fire_lane';
  widthM: number;
  fireLane: boolean;
  name?: string;
  line: Point[];
}

/** Fire lanes a community cell adds to the network (DESIGN §3.6: they end on the block's roads). */
export interface CellLanes {
  col: number;
  row: number;
  /** y of each east–west lane running from the west centreline to the east one. */
  eastWest: number[];
  /** x of the north–south lane from the south centreline to the north one, if any. */
  northSouth?: number;
}

export interface PlannedCommunity {
  id: string;
  name: string;
  districtId: string;
  cell: CellPlan;
  ring: Point[];
  buildings: PlannedBuilding[];
  builtYear: number;
}

export function rectRing(rect: Rect): Point[] {
  return [
    [rect.minX, rect.minY],
    [rect.maxX, rect.minY],
    [rect.maxX, rect.maxY],
    [rect.minX, rect.maxY],
    [rect.minX, rect.minY],
  ];
}

export function rectArea(rect: Rect): number {
  return (rect.maxX - rect.minX) * (rect.maxY - rect.minY);
}
