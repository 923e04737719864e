/**
 * Engine parking output against the reference, on what §3.6 says is compared: totals and the
 * cost, per-community demand/supply/deficit and district, per-parcel usable area, capacity
 * and `retained`. Flows are not unique (§3.6), so the engine's flows are checked as a
 * certificate instead: every one on an eligible pair at its distance, within every bound,
 * adding up to the reference's maximum at the reference's least cost.
 * Returns the discrepancies found, one line each (empty when they agree).
 */
import type { LayerSet } from '../../src/model/types';
import { PARKING_DEFAULTS, referenceParking, type RefParcel, type RefParking, type RefParkingParams } from './parking';

/** Usable areas: the engine must lie within [low, high] of the reference's two drawings, ± this relative slack (of the parcel's area, at least 1 m²). */
export const AREA_REL = 1e-6;
/** Distances and costs: absolute slack per metre walked (float noise of the projection). */
export const DISTANCE_ABS = 1e-6;

export interface EngineParking {
  totals: { demand: number; supply: number; deficit: number; capacity: number; allocated: number; unmet: number };
  communities: { id: string | number; districtId: string | number | null; demand: number; supply: number; deficit: number; allocated: number }[];
  parcels: { id: string | number; districtId: string | number | null; usableAreaM2: number; capacity: number; retained: boolean; allocated: number }[];
  flows: { communityId: string | number; parcelId: string | number; spaces: number; distanceM: number }[];
  cost?: number;
}

/**
 * Capacities floor(u / areaPerSpace) × levels for every usable area u the comparison accepts:
 * [usableLow, usableHigh] ± AREA_REL. A parcel drawn at an exact multiple of areaPerSpace (a
 * 5 × 5 m square at 25 m² a space) reads 24.99999999 or 25.00000001 m² after the lon/lat round
 * trip, so the floor of a literal reading is float noise there: either value is taken.
 */
function admissible(p: RefParcel, params: { areaPerSpaceM2: number; levels: number }): number[] {
  const slack = AREA_REL * Math.max(1, p.area);
  const out: number[] = [];
  for (let k = Math.floor(Math.max(0, p.usableLow - slack) / params.areaPerSpaceM2); k <= Math.floor((p.usableHigh + slack) / params.areaPerSpaceM2); k++) out.push(k * params.levels);
  return out;
}

export interface ParkingComparison {
  problems: string[];
  ref: RefParking;
  /** Parcels whose capacity the drawing tolerance leaves open (two admissible values). */
  openCapacities: number;
}

export async function compareParking(layers: LayerSet, params: Partial<RefParkingParams>, engine: EngineParking): Promise<ParkingComparison> {
  const problems: string[] = [];
  const say = (line: string) => problems.push(line);
  const engineParcel = new Map(engine.parcels.map((p) => [p.id, p]));
  const full = { ...PARKING_DEFAULTS, ...params };
  const ref = await referenceParking(layers, params, (parcel) => {
    const mine = engineParcel.get(parcel.id)?.capacity;
    return mine !== undefined && admissible(parcel, full).includes(mine) ? mine : parcel.capacities[parcel.capacities.length - 1];
  });
  const aps = ref.params.areaPerSpaceM2;

  // Communities.
  if (engine.communities.length !== ref.communities.length) say(`communities: ${engine.communities.length} listed, reference ${ref.communities.length}`);
  ref.communities.forEach((c, i) => {
    const e = engine.communities[i];
    if (!e || e.id !== c.id) return say(`community #${i}: id ${e?.id} vs ${c.id}`);
    for (const field of ['demand', 'supply', 'deficit'] as const) if (e[field] !== c[field]) say(`community ${c.id}: ${field} ${e[field]} vs ${c[field]}`);
    if (e.districtId !== c.district) say(`community ${c.id}: districtId ${e.districtId} vs ${c.district}`);
  });

  // Parcels: every parcel of a parking kind, in file order.
  if (engine.parcels.map((p) => p.id).join('|') !== ref.parcels.map((p) => p.id).join('|')) {
    say(`parcels: [${engine.parcels.map((p) => p.id)}] vs [${ref.parcels.map((p) => p.id)}]`);
  }
  let openCapacities = 0;
  ref.parcels.forEach((p, i) => {
    const e = engineParcel.get(p.id);
    if (!e) return;
    const slack = AREA_REL * Math.max(1, p.area);
    if (!(e.usableAreaM2 >= p.usableLow - slack && e.usableAreaM2 <= p.usableHigh + slack)) {
      say(`parcel ${p.id}: usableAreaM2 ${e.usableAreaM2} outside the reference's [${p.usableLow}, ${p.usableHigh}]`);
    }
    const allowed = admissible(p, ref.params);
    if (allowed.length > 1) openCapacities++;
    if (!allowed.includes(e.capacity)) say(`parcel ${p.id}: capacity ${e.capacity} vs ${allowed.join(' or ')}`);
    // The quotient rounded to 6 decimals first, as the engine does (a parcel drawn at 300 ㎡ reads 299.99999998).
    if (e.capacity !== Math.floor(Math.round((e.usableAreaM2 / aps) * 1e6) / 1e6) * ref.params.levels) say(`parcel ${p.id}: capacity ${e.capacity} is not floor(${e.usableAreaM2} / ${aps}) × ${ref.params.levels}`);
    if (e.retained !== ref.retained[i]) say(`parcel ${p.id}: retained ${e.retained} vs ${ref.retained[i]}`);
    if (e.districtId !== p.district) say(`parcel ${p.id}: districtId ${e.districtId} vs ${p.district}`);
  });

  // Totals.
  for (const field of ['demand', 'supply', 'deficit', 'capacity', 'allocated', 'unmet'] as const) {
    if (engine.totals[field] !== ref.totals[field]) say(`totals.${field}: ${engine.totals[field]} vs ${ref.totals[field]}`);
  }
  const costSlack = 1e-9 * Math.max(1, ref.cost) + DISTANCE_ABS * ref.totals.allocated;
  if (engine.cost !== undefined && Math.abs(engine.cost - ref.cost) > costSlack) say(`cost: ${engine.cost} vs ${ref.cost}`);

  // The engine's flows as a certificate of an optimal allocation.
  const communityIndex = new Map(ref.communities.map((c, i) => [c.id, i]));
  const parcelIndex = new Map(ref.parcels.map((p, i) => [p.id, i]));
  const eligible = new Set(ref.pairs.map((pair) => `${pair.c}:${pair.p}`));
  const byCommunity = new Map<number, number>();
  const byParcel = new Map<number, number>();
  let spaces = 0;
  let cost = 0;
  for (const flow of engine.flows) {
    const c = communityIndex.get(flow.communityId);
    const p = parcelIndex.get(flow.parcelId);
    if (c === undefined || p === undefined) {
      say(`flow ${flow.communityId}→${flow.parcelId}: unknown id`);
      continue;
    }
    if (!eligible.has(`${c}:${p}`)) say(`flow ${flow.communityId}→${flow.parcelId}: not an eligible pair (distance ${ref.distances[c][p]})`);
    if (Math.abs(flow.distanceM - ref.distances[c][p]) > DISTANCE_ABS) say(`flow ${flow.communityId}→${flow.parcelId}: distanceM ${flow.distanceM} vs ${ref.distances[c][p]}`);
    if (!(Number.isInteger(flow.spaces) && flow.spaces > 0)) say(`flow ${flow.communityId}→${flow.parcelId}: spaces ${flow.spaces}`);
    byCommunity.set(c, (byCommunity.get(c) ?? 0) + flow.spaces);
    byParcel.set(p, (byParcel.get(p) ?? 0) + flow.spaces);
    spaces += flow.spaces;
    cost += flow.spaces * ref.distances[c][p];
  }
  ref.communities.forEach((c, i) => {
    const got = byCommunity.get(i) ?? 0;
    if (got > c.deficit) say(`community ${c.id}: ${got} spaces allocated over a deficit of ${c.deficit}`);
    const e = engine.communities[i];
    if (e && e.id === c.id && e.allocated !== got) say(`community ${c.id}: allocated ${e.allocated}, its flows add up to ${got}`);
  });
  ref.parcels.forEach((p, i) => {
    const got = byParcel.get(i) ?? 0;
    if (got > ref.capacity[i]) say(`parcel ${p.id}: ${got} spaces over a capacity of ${ref.capacity[i]}`);
    const e = engineParcel.get(p.id);
    if (e && e.allocated !== got) say(`parcel ${p.id}: allocated ${e.allocated}, its flows add up to ${got}`);
  });
  if (spaces !== ref.totals.allocated) say(`flows: ${spaces} spaces vs the reference maximum ${ref.totals.allocated}`);
  if (Math.abs(cost - ref.cost) > costSlack) say(`flows: cost ${cost} at reference distances vs the reference minimum ${ref.cost}`);
  return { problems, ref, openCapacities };
}
