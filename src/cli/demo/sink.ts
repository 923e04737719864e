/**
 * Collects every planned feature and hands out ids in the order features are made, so ids
 * are stable for a seed. Capacities are plausible figures for old Hangzhou compounds.
 */
import type { FacilityType, IdleLandKind, ProtectedKind } from '../../model/codes';
import type { Point } from '../../analysis/geometry/planar';
import type {
  CellLanes, PlannedBuilding, PlannedCommunity, PlannedFacility, PlannedIdle, PlannedProtected, PlannedRoad,
} from './plan-types';
import type { Random } from './random';

/** Typical capacity range per facility type (beds, places, seats, stalls, spaces, chargers). */
const CAPACITY: Record<FacilityType, [number, number]> = {
  elderly_care: [15, 60],
  childcare: [30, 90],
  canteen: [40, 150],
  market: [30, 120],
  clinic: [1, 4],
  community_service: [1, 3],
  parking: [30, 180],
  ev_charging: [4, 24],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export class DemoSink {
  readonly communities: PlannedCommunity[] = [];
  readonly buildings: PlannedBuilding[] = [];
  readonly idle: PlannedIdle[] = [];
  readonly facilities: PlannedFacility[] = [];
  readonly protectedObjects: PlannedProtected[] = [];
  readonly roads: PlannedRoad[] = [];
  readonly lanes: CellLanes[] = [];

  /** District of the block being planned: idle land and facilities carry it (DESIGN §3). */
  districtId = '';

  constructor(private readonly random: Random) {}

  addIdle(kind: IdleLandKind, ring: Point[], owner: string, floorAreaM2?: number): PlannedIdle {
    const parcel: PlannedIdle = { id: `I${pad(this.idle.length + 1, 5)}`, kind, ring, owner, districtId: this.districtId };
    if (floorAreaM2 !== undefined) parcel.floorAreaM2 = Math.round(floorAreaM2);
    this.idle.push(parcel);
    return parcel;
  }

  addFacility(type: FacilityType, at: Point, name: string): PlannedFacility {
    const [min, max] = CAPACITY[type];
    const facility: PlannedFacility = { id: `F${pad(this.facilities.length + 1, 5)}`, type, at, capacity: this.random.int(min, max), name, districtId: this.districtId };
    this.facilities.push(facility);
    return facility;
  }

  addProtected(kind: ProtectedKind, shape: { ring?: Point[]; at?: Point }, bufferM: number, name: string): PlannedProtected {
    const object: PlannedProtected = { id: `P${pad(this.protectedObjects.length + 1, 4)}`, kind, bufferM, name, ...shape };
    this.protectedObjects.push(object);
    return object;
  }

  addRoad(road: Omit<PlannedRoad, 'id'>): void {
    this.roads.push({ id: `R${pad(this.roads.length + 1, 6)}`, ...road });
  }
}
