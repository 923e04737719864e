/**
 * Parking (停车挖潜, DESIGN §3.1, §3.6, §4): each community's deficit of spaces, the idle
 * parcels that could take them, and the exact allocation of spaces to parcels within the
 * walking limit under a pooling mode.
 */
import { POOLING_MODES, type PoolingMode } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { prepareLayers } from '../prepare';
import type { RunOptions } from '../run-options';
import { modeAllows, pairsWithin } from './pairs';
import { parcelTable, type InvalidParcel } from './parcels';
import { parcelCapacity, parkingDemand, resolveParkingParams, type ParkingParams } from './params';
import { solveTransport, type TransportArc } from './transport';

export { DEFAULT_PARKING_PARAMS, parkingDemand, parcelCapacity, type ParkingParams } from './params';

/** Tests only: false makes every solve start cold, to compare warm-started results against. */
export const warmStartEnabled = { value: true };

export interface ParkingTotals {
  demand: number;
  supply: number;
  deficit: number;
  capacity: number;
  allocated: number;
  unmet: number;
}

export interface ParkingCommunity {
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  households: number;
  demand: number;
  supply: number;
  deficit: number;
  allocated: number;
}

export interface ParkingParcel {
  id: FeatureId;
  districtId: FeatureId | null;
  kind: string;
  areaM2: number;
  usableAreaM2: number;
  capacity: number;
  retained: boolean;
  allocated: number;
}

export interface ParkingFlow {
  communityId: FeatureId;
  parcelId: FeatureId;
  spaces: number;
  distanceM: number;
  communityDistrictId: FeatureId | null;
  parcelDistrictId: FeatureId | null;
}

export interface ParkingOutput {
  params: ParkingParams;
  totals: ParkingTotals;
  communities: ParkingCommunity[];
  parcels: ParkingParcel[];
  flows: ParkingFlow[];
  /** Σ spaces × distance over the flows, m. */
  cost: number;
  /** Spaces-weighted mean walk, m; null when nothing is allocated. */
  meanWalkM: number | null;
  parcelsUsed: number;
  /** Parking-kind parcels left out for invalid geometry (ids), with the reason for each. */
  invalidParcels: FeatureId[];
  invalidParcelReasons: InvalidParcel[];
  /** Communities whose geometry could not be used (ids); they are not in `communities`. */
  invalidCommunities: FeatureId[];
  /** Missing fields that took their documented default (DESIGN §2), as counts. */
  defaultsApplied: { parkingSpaces: number; protectedBufferM: number };
  solver: { components: number; solverComponents: number };
}

/** Households must be a number ≥ 0 on every community; anything else is named, never zeroed. */
function missingHouseholds(layers: LayerSet): { ids: FeatureId[]; indices: number[] } {
  const ids: FeatureId[] = [];
  const indices: number[] = [];
  (layers.communities?.features ?? []).forEach((feature, index) => {
    const value = (feature.properties as Partial<CommunityProperties> | null)?.households;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      indices.push(index);
      ids.push(feature.properties?.id ?? (feature.id as FeatureId | undefined) ?? `#${index}`);
    }
  });
  return { ids, indices };
}

export async function runParking(layers: LayerSet, params: Partial<ParkingParams> = {}, options: RunOptions = {}): Promise<Result<ParkingOutput>> {
  try {
    return await parkingUnsafe(layers, params, options);
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `parking: ${(error as Error).message ?? String(error)}` });
  }
}

async function parkingUnsafe(layers: LayerSet, partial: Partial<ParkingParams>, options: RunOptions): Promise<Result<ParkingOutput>> {
  const resolved = resolveParkingParams(partial);
  if (!resolved.ok) return resolved;
  const params = resolved.value;
  const progress = options.onProgress ?? (() => {});

  const missing = missingHouseholds(layers);
  if (missing.ids.length > 0) {
    const shown = missing.ids.slice(0, 20).join(', ') + (missing.ids.length > 20 ? `, … (${missing.ids.length} in all)` : '');
    return err({
      code: 'MISSING_FIELD',
      message: `communities.geojson: feature(s) ${shown}: field households is missing or not a number ≥ 0 (required for parking)`,
      layer: 'communities',
      featureIds: missing.ids,
      field: 'households',
    });
  }

  const prepared = prepareLayers(layers);
  // The same parameters on the same data give the same output: pooling's cross run after the
  // parking panel's, or the suite's. One output per mode is kept (a few MB at city scale).
  const outputKey = `parking:output:${params.mode}`;
  const paramsKey = JSON.stringify(params);
  const known = prepared.memo.get(outputKey) as { paramsKey: string; output: ParkingOutput } | undefined;
  if (known?.paramsKey === paramsKey) {
    progress(1, 'done');
    return ok(known.output);
  }
  progress(0.05, 'parcels');
  const table = parcelTable(prepared);
  progress(0.3, 'pairs');
  const communityFeatures = prepared.layer<CommunityProperties>('communities').features;
  const pairs = pairsWithin(prepared, table.candidates, params.maxWalkM);
  progress(0.6, 'allocation');

  let defaultedSupply = 0;
  const communities: ParkingCommunity[] = communityFeatures.map((feature, position) => {
    const properties = feature.properties;
    const households = properties.households as number;
    const demand = parkingDemand(households, params.ratio);
    const rawSupply = properties.parkingSpaces;
    const hasSupply = typeof rawSupply === 'number' && Number.isFinite(rawSupply);
    if (!hasSupply) defaultedSupply += 1;
    const supply = hasSupply ? rawSupply : FIELD_DEFAULTS.parkingSpaces;
    return {
      id: feature.id,
      name: typeof properties.name === 'string' ? properties.name : null,
      districtId: prepared.districtOf('communities', position),
      households,
      demand,
      supply,
      deficit: Math.max(0, demand - supply),
      allocated: 0,
    };
  });

  const parcels: ParkingParcel[] = table.candidates.map((candidate) => {
    const capacity = parcelCapacity(candidate.usableAreaM2, params);
    return {
      id: candidate.id,
      districtId: prepared.districtOf('idleLand', candidate.position),
      kind: candidate.kind,
      areaM2: candidate.areaM2,
      usableAreaM2: candidate.usableAreaM2,
      capacity,
      retained: capacity >= params.minSpaces,
      allocated: 0,
    };
  });

  // Eligible arcs: walking limit (pairsWithin), pooling mode, and a retained parcel.
  const arcs: TransportArc[] = [];
  // Index loops: run once per call over every pair (an unoptimised for…of allocates per element).
  for (let c = 0; c < pairs.length; c++) {
    const communityPairs = pairs[c];
    for (let k = 0; k < communityPairs.length; k++) {
      const pair = communityPairs[k];
      const parcel = parcels[pair.candidate];
      if (!parcel.retained || communities[pair.community].deficit === 0) continue;
      const position = table.candidates[pair.candidate].position;
      if (!modeAllows(params.mode, prepared, pair, position, communities[pair.community].districtId, parcel.districtId)) continue;
      arcs.push({ source: pair.community, sink: pair.candidate, cost: pair.distanceM });
    }
  }

  // The previous allocation of this mode on the same data warm-starts the solver: a changed
  // walk or ratio usually leaves most of it optimal. The optimum reached is just as exact.
  const warmKey = `parking:warm-start:${params.mode}`;
  const previous = warmStartEnabled.value ? (prepared.memo.get(warmKey) as Map<number, number> | undefined) : undefined;
  const solution = await solveTransport(
    { supplies: communities.map((c) => c.deficit), capacities: parcels.map((p) => (p.retained ? p.capacity : 0)), arcs },
    (fraction) => progress(0.6 + 0.35 * fraction, 'allocation'),
    'network-simplex',
    previous,
  );
  const amounts = new Map<number, number>();
  for (let a = 0; a < arcs.length; a++) {
    if (solution.amounts[a] > 0) amounts.set(arcs[a].source * parcels.length + arcs[a].sink, solution.amounts[a]);
  }
  prepared.memo.set(warmKey, amounts);

  const flows: ParkingFlow[] = [];
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a];
    const spaces = solution.amounts[a];
    if (spaces <= 0) continue;
    const community = communities[arc.source];
    const parcel = parcels[arc.sink];
    community.allocated += spaces;
    parcel.allocated += spaces;
    flows.push({
      communityId: community.id,
      parcelId: parcel.id,
      spaces,
      distanceM: arc.cost,
      communityDistrictId: community.districtId,
      parcelDistrictId: parcel.districtId,
    });
  }

  const sum = <T>(items: T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);
  const deficit = sum(communities, (c) => c.deficit);
  const totals: ParkingTotals = {
    demand: sum(communities, (c) => c.demand),
    supply: sum(communities, (c) => c.supply),
    deficit,
    capacity: sum(parcels, (p) => (p.retained ? p.capacity : 0)),
    allocated: solution.total,
    unmet: deficit - solution.total,
  };
  progress(1, 'done');
  const output: ParkingOutput = {
    params,
    totals,
    communities,
    parcels,
    flows,
    cost: solution.cost,
    meanWalkM: solution.total > 0 ? solution.cost / solution.total : null,
    parcelsUsed: parcels.filter((p) => p.allocated > 0).length,
    invalidParcels: table.invalid.map((p) => p.id),
    invalidParcelReasons: table.invalid,
    invalidCommunities: prepared.layer('communities').invalid.map((c) => c.id ?? `#${c.index}`),
    defaultsApplied: { parkingSpaces: defaultedSupply, protectedBufferM: table.protectedDefaultedBuffers },
    solver: { components: solution.components, solverComponents: solution.solverComponents },
  };
  prepared.memo.set(outputKey, { paramsKey, output });
  return ok(output);
}

export interface ParkingModeSummary {
  mode: PoolingMode;
  allocated: number;
  unmet: number;
  meanWalkM: number | null;
  parcelsUsed: number;
}

/** The three pooling modes side by side (self, district, cross) with the same other parameters. */
export async function runParkingModes(layers: LayerSet, params: Partial<ParkingParams> = {}, options: RunOptions = {}): Promise<Result<ParkingModeSummary[]>> {
  const summaries: ParkingModeSummary[] = [];
  for (const [i, mode] of POOLING_MODES.entries()) {
    const result = await runParking(layers, { ...params, mode }, {
      onProgress: (fraction, note) => options.onProgress?.((i + fraction) / POOLING_MODES.length, note),
    });
    if (!result.ok) return result;
    const { totals, meanWalkM, parcelsUsed } = result.value;
    summaries.push({ mode, allocated: totals.allocated, unmet: totals.unmet, meanWalkM, parcelsUsed });
  }
  return ok(summaries);
}
