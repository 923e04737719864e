/**
 * What a `sheet=` target names: one community by id (`C0001`), or every community of a
 * district (`district:D001`), in id order so the batch prints in a stable order. A
 * community's district is DESIGN §3's: its districtId, else the district holding the largest
 * share of its area — the engine's answer (`districts`, community id → district id), which
 * real data without a districtId column needs; the property alone while that is not known.
 */
import type { CommunityFeature } from '../../model/types';

export const idOf = (feature: { id?: string | number; properties?: { id?: string | number } | null }) => String(feature.properties?.id ?? feature.id ?? '');

/** Community id → district id (null: in no district), both as text. */
export type CommunityDistricts = ReadonlyMap<string, string | null>;

/** The map from the engine's rows (the dashboard's communities: id and districtId). */
export function communityDistrictsFrom(rows: readonly { id: string | number; districtId: string | number | null }[]): CommunityDistricts {
  return new Map(rows.map((row) => [String(row.id), row.districtId === null ? null : String(row.districtId)]));
}

export const DISTRICT_PREFIX = 'district:';

export function districtOfCommunity(community: CommunityFeature, districts?: CommunityDistricts): string | null {
  const id = idOf(community);
  if (districts?.has(id)) return districts.get(id) ?? null;
  const own = community.properties?.districtId;
  return own === undefined || own === null || own === '' ? null : String(own);
}

export function sheetCommunities(communities: readonly CommunityFeature[], target: string, districts?: CommunityDistricts): CommunityFeature[] {
  if (target.startsWith(DISTRICT_PREFIX)) {
    const districtId = target.slice(DISTRICT_PREFIX.length);
    return communities
      .filter((c) => districtOfCommunity(c, districts) === districtId)
      .sort((a, b) => idOf(a).localeCompare(idOf(b), 'en', { numeric: true }));
  }
  return communities.filter((c) => idOf(c) === target);
}

/** How many communities each district holds (district id → count). */
export function communityCounts(communities: readonly CommunityFeature[], districts?: CommunityDistricts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const community of communities) {
    const district = districtOfCommunity(community, districts);
    if (district !== null) counts.set(district, (counts.get(district) ?? 0) + 1);
  }
  return counts;
}

/**
 * The districts a batch is offered for: those holding a community. Until the counts are known
 * every district is listed (with 计算中…); then a district nobody lives in is left out, as its
 * batch would be 0 pages (hangzhou-osm's 萧山区).
 */
export function batchDistricts<T extends Parameters<typeof idOf>[0]>(districts: readonly T[], counts: ReadonlyMap<string, number> | null): { offered: T[]; empty: T[] } {
  if (!counts) return { offered: [...districts], empty: [] };
  const offered: T[] = [];
  const empty: T[] = [];
  for (const district of districts) ((counts.get(idOf(district)) ?? 0) > 0 ? offered : empty).push(district);
  return { offered, empty };
}
