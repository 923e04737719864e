/**
 * What a `sheet=` target names: one community by id (`C0001`), or every community of a
 * district (`district:D001`), in id order so the batch prints in a stable order.
 */
import type { CommunityFeature } from '../../model/types';

export const idOf = (feature: { id?: string | number; properties?: { id?: string | number } | null }) => String(feature.properties?.id ?? feature.id ?? '');

export function sheetCommunities(communities: readonly CommunityFeature[], target: string): CommunityFeature[] {
  if (target.startsWith('district:')) {
    const districtId = target.slice('district:'.length);
    return communities
      .filter((c) => String(c.properties?.districtId ?? '') === districtId)
      .sort((a, b) => idOf(a).localeCompare(idOf(b), 'en', { numeric: true }));
  }
  return communities.filter((c) => idOf(c) === target);
}
