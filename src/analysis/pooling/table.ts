/**
 * The district pooling table (片区联动, DESIGN §3.4, §3.6 "Pooling") built from a cross-mode
 * parking result and one existing-coverage services result per type. Pure bookkeeping: every
 * figure here is a sum of figures the parking and services results already hold, so the
 * table's totals equal theirs.
 */
import { IDLE_LAND_KINDS, SERVICE_TYPES, type IdleLandKind, type ServiceType } from '../../model/codes';
import type { DistrictProperties, IdleLandProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { ParkingOutput } from '../parking';
import type { PreparedLayers } from '../prepare';
import type { ServicesOutput } from '../services';

/** Share of demand covered by existing facilities; null where the row has no demand. */
export type CoverageShares = Record<ServiceType, number | null>;

export interface PoolingRow {
  /** District id; null for the row of features in no district. */
  id: FeatureId | null;
  name: string | null;
  communities: number;
  households: number;
  /** Gross area of every idle-land kind, idle buildings by footprint, m². */
  idleAreaM2: number;
  idleAreaByKind: Record<IdleLandKind, number>;
  /** Capacity of the row's retained parking parcels. */
  parkingCapacity: number;
  parkingDeficit: number;
  /** Spaces from the row's parcels to the row's communities. */
  parkingMetInside: number;
  /** Spaces flowing into the row's communities from other rows' parcels. */
  parkingImported: number;
  /** Spaces flowing from the row's parcels to other rows' communities. */
  parkingExported: number;
  /** deficit − metInside − imported. */
  parkingUnmet: number;
  coverage: CoverageShares;
}

export interface PoolingFlow {
  /** District of the parcels (where the land is). */
  fromDistrictId: FeatureId | null;
  /** District of the communities (where the cars are). */
  toDistrictId: FeatureId | null;
  spaces: number;
}

export type PoolingTotals = Omit<PoolingRow, 'id' | 'name'> & { parkingAllocated: number };

const round2 = (x: number) => Math.round(x * 100) / 100;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Same district: both ends carry the same district id. `null` is no district, so a flow from
 * land in no district to a community in no district is between "districts" too (§3.6: null
 * never matches), and such spaces count as imported and exported by the null row.
 */
export const sameDistrict = (a: FeatureId | null, b: FeatureId | null) => a !== null && a === b;

interface Accumulator {
  row: PoolingRow;
  coveredDemand: Record<ServiceType, number>;
  totalDemand: Record<ServiceType, number>;
}

function emptyAccumulator(id: FeatureId | null, name: string | null): Accumulator {
  const zeroByKind = Object.fromEntries(IDLE_LAND_KINDS.map((k) => [k, 0])) as Record<IdleLandKind, number>;
  const zeroByType = () => Object.fromEntries(SERVICE_TYPES.map((t) => [t, 0])) as Record<ServiceType, number>;
  const row: PoolingRow = {
    id, name, communities: 0, households: 0, idleAreaM2: 0, idleAreaByKind: zeroByKind,
    parkingCapacity: 0, parkingDeficit: 0, parkingMetInside: 0, parkingImported: 0, parkingExported: 0, parkingUnmet: 0,
    coverage: Object.fromEntries(SERVICE_TYPES.map((t) => [t, null])) as CoverageShares,
  };
  return { row, coveredDemand: zeroByType(), totalDemand: zeroByType() };
}

const shareOf = (covered: number, total: number) => (total > 0 ? round6(covered / total) : null);

export function poolingTable(
  prepared: PreparedLayers,
  parking: ParkingOutput,
  services: Record<ServiceType, ServicesOutput>,
): { districts: PoolingRow[]; flows: PoolingFlow[]; totals: PoolingTotals } {
  // Districts in file order; ids met elsewhere (a districtId naming no polygon) after them; null last.
  const rows = new Map<FeatureId | null, Accumulator>();
  for (const district of prepared.layer<DistrictProperties>('districts').features) {
    if (!rows.has(district.id)) rows.set(district.id, emptyAccumulator(district.id, district.properties.name ?? null));
  }
  const rowFor = (id: FeatureId | null) => {
    let found = rows.get(id);
    if (!found) {
      found = emptyAccumulator(id, null);
      rows.set(id, found);
    }
    return found;
  };

  for (const community of parking.communities) {
    const { row } = rowFor(community.districtId);
    row.communities += 1;
    row.households += community.households;
    row.parkingDeficit += community.deficit;
  }
  prepared.layer<IdleLandProperties>('idleLand').features.forEach((parcel, position) => {
    const { row } = rowFor(prepared.districtOf('idleLand', position));
    row.idleAreaM2 += parcel.areaM2;
    const kind = parcel.properties.kind;
    if ((IDLE_LAND_KINDS as readonly string[]).includes(kind)) row.idleAreaByKind[kind] += parcel.areaM2;
  });
  for (const parcel of parking.parcels) if (parcel.retained) rowFor(parcel.districtId).row.parkingCapacity += parcel.capacity;

  const between = new Map<string, PoolingFlow>();
  for (const flow of parking.flows) {
    const to = rowFor(flow.communityDistrictId).row;
    const from = rowFor(flow.parcelDistrictId).row;
    if (sameDistrict(flow.communityDistrictId, flow.parcelDistrictId)) {
      to.parkingMetInside += flow.spaces;
      continue;
    }
    to.parkingImported += flow.spaces;
    from.parkingExported += flow.spaces;
    const key = JSON.stringify([flow.parcelDistrictId, flow.communityDistrictId]);
    const known = between.get(key);
    if (known) known.spaces += flow.spaces;
    else between.set(key, { fromDistrictId: flow.parcelDistrictId, toDistrictId: flow.communityDistrictId, spaces: flow.spaces });
  }

  for (const type of SERVICE_TYPES) {
    for (const community of services[type].communities) {
      const accumulator = rowFor(community.districtId);
      accumulator.totalDemand[type] += community.demand;
      if (community.covered) accumulator.coveredDemand[type] += community.demand;
    }
  }

  // The null row only when some feature is in no district; order: listed, then null.
  const ordered = [...rows.values()].filter((a) => a.row.id !== null);
  const nullRow = rows.get(null);
  if (nullRow) ordered.push(nullRow);
  const position = new Map(ordered.map((a, i) => [a.row.id, i]));

  const districts = ordered.map(({ row, coveredDemand, totalDemand }): PoolingRow => ({
    ...row,
    idleAreaM2: round2(row.idleAreaM2),
    idleAreaByKind: Object.fromEntries(IDLE_LAND_KINDS.map((k) => [k, round2(row.idleAreaByKind[k])])) as Record<IdleLandKind, number>,
    parkingUnmet: row.parkingDeficit - row.parkingMetInside - row.parkingImported,
    coverage: Object.fromEntries(SERVICE_TYPES.map((t) => [t, shareOf(coveredDemand[t], totalDemand[t])])) as CoverageShares,
  }));
  const flows = [...between.values()].sort(
    (a, b) => position.get(a.fromDistrictId)! - position.get(b.fromDistrictId)! || position.get(a.toDistrictId)! - position.get(b.toDistrictId)!,
  );

  const sum = (pick: (row: PoolingRow) => number) => districts.reduce((total, row) => total + pick(row), 0);
  const totals: PoolingTotals = {
    communities: sum((r) => r.communities),
    households: sum((r) => r.households),
    idleAreaM2: round2(sum((r) => r.idleAreaM2)),
    idleAreaByKind: Object.fromEntries(IDLE_LAND_KINDS.map((k) => [k, round2(sum((r) => r.idleAreaByKind[k]))])) as Record<IdleLandKind, number>,
    parkingCapacity: sum((r) => r.parkingCapacity),
    parkingDeficit: sum((r) => r.parkingDeficit),
    parkingMetInside: sum((r) => r.parkingMetInside),
    parkingImported: sum((r) => r.parkingImported),
    parkingExported: sum((r) => r.parkingExported),
    parkingUnmet: sum((r) => r.parkingUnmet),
    parkingAllocated: sum((r) => r.parkingMetInside + r.parkingImported),
    // Overall shares come straight from each services run's own totals.
    coverage: Object.fromEntries(SERVICE_TYPES.map((t) => [t, shareOf(services[t].totals.coveredDemand, services[t].totals.totalDemand)])) as CoverageShares,
  };
  return { districts, flows, totals };
}
