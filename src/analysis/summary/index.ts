/**
 * Dataset summary per district (issue 2): communities, buildings, households, population,
 * idle land area by kind and renovation status counts. Features in no district form the
 * row with id null.
 */
import { IDLE_LAND_KINDS, RENOVATION_STATUSES, type IdleLandKind, type RenovationStatus } from '../../model/codes';
import type { BuildingProperties, CommunityProperties, DistrictProperties, IdleLandProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import { ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { prepareLayers } from '../prepare';

export interface SummaryRow {
  id: FeatureId | null;
  name: string | null;
  communities: number;
  buildings: number;
  households: number;
  population: number;
  idleAreaM2: number;
  idleAreaByKind: Record<IdleLandKind, number>;
  statusCounts: Record<RenovationStatus, number>;
  /** Communities without a renovationStatus: the year rule (§3.5) treats them as candidate, the counts above do not hold them. */
  statusMissing: number;
}

export interface SummaryOutput {
  districts: SummaryRow[];
  totals: Omit<SummaryRow, 'id' | 'name'>;
  layerCounts: Record<string, number>;
}

function emptyRow(id: FeatureId | null, name: string | null): SummaryRow {
  return {
    id, name, communities: 0, buildings: 0, households: 0, population: 0, idleAreaM2: 0,
    idleAreaByKind: Object.fromEntries(IDLE_LAND_KINDS.map((k) => [k, 0])) as Record<IdleLandKind, number>,
    statusCounts: Object.fromEntries(RENOVATION_STATUSES.map((s) => [s, 0])) as Record<RenovationStatus, number>,
    statusMissing: 0,
  };
}

export function runSummary(layers: LayerSet): Result<SummaryOutput> {
  const prepared = prepareLayers(layers);
  const rows = new Map<FeatureId | null, SummaryRow>();
  for (const district of prepared.layer<DistrictProperties>('districts').features) {
    rows.set(district.id, emptyRow(district.id, district.properties.name ?? null));
  }
  const rowFor = (id: FeatureId | null) => {
    let row = rows.get(id);
    if (!row) {
      row = emptyRow(id, null);
      rows.set(id, row);
    }
    return row;
  };

  const communities = prepared.layer<CommunityProperties>('communities').features;
  const communityDistrict = new Map<FeatureId, FeatureId | null>();
  communities.forEach((community, position) => {
    const districtId = prepared.districtOf('communities', position);
    communityDistrict.set(community.id, districtId);
    const row = rowFor(districtId);
    const households = community.properties.households ?? 0;
    row.communities += 1;
    row.households += households;
    row.population += community.properties.population ?? households * FIELD_DEFAULTS.populationPerHousehold;
    const status = community.properties.renovationStatus;
    if (status) row.statusCounts[status] += 1;
    else row.statusMissing += 1;
  });

  prepared.layer<BuildingProperties>('buildings').features.forEach((building, position) => {
    const own = building.properties.communityId;
    const viaCommunity = own != null ? communityDistrict.get(prepared.canonicalId('communities', own)) : undefined;
    rowFor(viaCommunity !== undefined ? viaCommunity : prepared.districtOf('buildings', position)).buildings += 1;
  });

  prepared.layer<IdleLandProperties>('idleLand').features.forEach((parcel, position) => {
    const row = rowFor(prepared.districtOf('idleLand', position));
    const kind = parcel.properties.kind;
    row.idleAreaM2 += parcel.areaM2;
    if (kind in row.idleAreaByKind) row.idleAreaByKind[kind] += parcel.areaM2;
  });

  const districts = [...rows.values()].map((row) => ({
    ...row,
    population: Math.round(row.population),
    idleAreaM2: Math.round(row.idleAreaM2),
    idleAreaByKind: Object.fromEntries(Object.entries(row.idleAreaByKind).map(([k, v]) => [k, Math.round(v)])) as Record<IdleLandKind, number>,
  }));
  const totals = districts.reduce((sum, row) => {
    sum.communities += row.communities;
    sum.buildings += row.buildings;
    sum.households += row.households;
    sum.population += row.population;
    sum.idleAreaM2 += row.idleAreaM2;
    for (const kind of IDLE_LAND_KINDS) sum.idleAreaByKind[kind] += row.idleAreaByKind[kind];
    for (const status of RENOVATION_STATUSES) sum.statusCounts[status] += row.statusCounts[status];
    sum.statusMissing += row.statusMissing;
    return sum;
  }, emptyRow(null, null));
  const { id: _id, name: _name, ...totalFields } = totals;
  const layerCounts = Object.fromEntries(Object.entries(layers).map(([name, fc]) => [name, fc?.features.length ?? 0]));
  return ok({ districts, totals: totalFields, layerCounts });
}
