/**
 * Reference district pooling (DESIGN §3.4, §3.6 "Pooling") and its comparison with the
 * engine. Rows: the districts in file order, any other district id features name, and a row
 * `null` when a community or an idle-land feature lies in no district. Per row: households,
 * gross idle-land area (every kind, idle buildings by footprint) and by kind, the parking
 * deficit, and the shares of demand existing facilities cover per type (straight line,
 * default radii). The flow figures (met inside, imported, exported) depend on which of the
 * equally good allocations was chosen (§3.6), so they are recomputed from the engine's own
 * cross-mode flows, which compareParking checks as an optimal allocation.
 */
import type { LayerSet } from '../../src/model/types';
import { refData, type Id } from './features';
import { PARKING_DEFAULTS, refCommunities, type RefParkingParams } from './parking';
import { referenceServices, SERVICE_TYPES, type ServiceType } from './services';

export const IDLE_KINDS = ['vacant', 'wasteland', 'idle_land', 'leftover', 'idle_building'];

export interface RefPoolingRow {
  id: Id | null;
  households: number;
  idleAreaM2: number;
  idleAreaByKind: Record<string, number>;
  parkingDeficit: number;
  parkingMetInside: number;
  parkingImported: number;
  parkingExported: number;
  coverage: Record<ServiceType, number | null>;
}

export interface PoolingFlowIn { communityId: Id; parcelId: Id; spaces: number }

export async function referencePooling(layers: LayerSet, params: Partial<RefParkingParams>, flows: PoolingFlowIn[]): Promise<RefPoolingRow[]> {
  const data = refData(layers);
  const rows = new Map<Id | null, RefPoolingRow & { covered: Record<string, number>; demand: Record<string, number> }>();
  const row = (id: Id | null) => {
    let r = rows.get(id);
    if (!r) {
      r = {
        id, households: 0, idleAreaM2: 0, idleAreaByKind: Object.fromEntries(IDLE_KINDS.map((k) => [k, 0])),
        parkingDeficit: 0, parkingMetInside: 0, parkingImported: 0, parkingExported: 0,
        coverage: Object.fromEntries(SERVICE_TYPES.map((t) => [t, null])) as Record<ServiceType, number | null>,
        covered: Object.fromEntries(SERVICE_TYPES.map((t) => [t, 0])), demand: Object.fromEntries(SERVICE_TYPES.map((t) => [t, 0])),
      };
      rows.set(id, r);
    }
    return r;
  };
  for (const id of data.districtIds) row(id);
  const communities = refCommunities(data, params.ratio ?? PARKING_DEFAULTS.ratio);
  for (const c of communities) {
    const r = row(c.district);
    r.households += c.households;
    r.parkingDeficit += c.deficit;
  }
  const parcelDistrict = new Map<Id, Id | null>();
  for (const f of data.layer('idleLand')) {
    const district = data.districtOf('idleLand', f);
    parcelDistrict.set(f.id, district);
    const r = row(district);
    r.idleAreaM2 += f.area;
    if (IDLE_KINDS.includes(f.props.kind as string)) r.idleAreaByKind[f.props.kind as string] += f.area;
  }
  const communityDistrict = new Map(communities.map((c) => [c.id, c.district]));
  for (const flow of flows) {
    const to = communityDistrict.get(flow.communityId) ?? null;
    const from = parcelDistrict.get(flow.parcelId) ?? null;
    // Within one district: both ends in the same district; null is no district, so never "within".
    if (to !== null && to === from) row(to).parkingMetInside += flow.spaces;
    else {
      row(to).parkingImported += flow.spaces;
      row(from).parkingExported += flow.spaces;
    }
  }
  for (const type of SERVICE_TYPES) {
    const services = await referenceServices(layers, { type, sites: 0 }, data);
    services.communities.forEach((c) => {
      const r = row(c.district);
      r.demand[type] += c.demand;
      if (c.covered) r.covered[type] += c.demand;
    });
  }
  return [...rows.values()].map(({ covered, demand, ...r }) => ({
    ...r,
    coverage: Object.fromEntries(SERVICE_TYPES.map((t) => [t, demand[t] > 0 ? covered[t] / demand[t] : null])) as Record<ServiceType, number | null>,
  }));
}

export interface EnginePoolingRow extends Omit<RefPoolingRow, 'idleAreaByKind'> { idleAreaByKind?: Record<string, number> }

/** Areas: the engine rounds them to 0.01 m². Shares: to 6 decimals. */
export const AREA_ABS = 0.005 + 1e-6;
export const SHARE_ABS = 1e-6 + 1e-12;

export function comparePoolingRows(engine: EnginePoolingRow[], ref: RefPoolingRow[]): string[] {
  const problems: string[] = [];
  const key = (id: Id | null) => JSON.stringify(id);
  const mine = new Map(engine.map((r) => [key(r.id), r]));
  const theirs = new Set(ref.map((r) => key(r.id)));
  for (const r of engine) if (!theirs.has(key(r.id))) problems.push(`row ${key(r.id)}: not in the reference`);
  for (const r of ref) {
    const e = mine.get(key(r.id));
    if (!e) {
      problems.push(`row ${key(r.id)}: missing`);
      continue;
    }
    for (const field of ['households', 'parkingDeficit', 'parkingMetInside', 'parkingImported', 'parkingExported'] as const) {
      if (e[field] !== r[field]) problems.push(`row ${key(r.id)}: ${field} ${e[field]} vs ${r[field]}`);
    }
    if (Math.abs(e.idleAreaM2 - r.idleAreaM2) > AREA_ABS + 1e-9 * r.idleAreaM2) problems.push(`row ${key(r.id)}: idleAreaM2 ${e.idleAreaM2} vs ${r.idleAreaM2}`);
    for (const kind of IDLE_KINDS) {
      const got = e.idleAreaByKind?.[kind];
      if (got === undefined || Math.abs(got - r.idleAreaByKind[kind]) > AREA_ABS + 1e-9 * r.idleAreaByKind[kind]) problems.push(`row ${key(r.id)}: idleAreaByKind.${kind} ${got} vs ${r.idleAreaByKind[kind]}`);
    }
    for (const type of SERVICE_TYPES) {
      const a = e.coverage[type], b = r.coverage[type];
      if ((a === null) !== (b === null) || (a !== null && b !== null && Math.abs(a - b) > SHARE_ABS)) problems.push(`row ${key(r.id)}: coverage.${type} ${a} vs ${b}`);
    }
  }
  return problems;
}
