/**
 * What the elevator result rests on that the data did not say (DESIGN §2: "a missing optional
 * field takes a documented default and the result says so"), and the buildings left out for
 * their `use`: a Chinese table's 用途 "办公" or an unmapped "商住" silently removed candidates.
 */
import type { BuildingProperties, CommunityProperties, ProtectedProperties, RoadProperties } from '../../model/layers';
import type { FeatureId } from '../../model/types';
import type { PreparedLayers } from '../prepare';
import { hypot } from '../geometry/hypot';
import type { FrameSide } from './frame';
import type { ElevatorParams } from './params';

export interface ElevatorDefaults {
  /** Candidate buildings without `hasElevator`, taken as having none. */
  hasElevator: number;
  /** Candidate buildings without `use`, taken as residential. */
  use: number;
  /** Roads without `widthM` (4 m) and protected objects without `bufferM` (10 m). */
  roadWidthM: number;
  protectedBufferM: number;
  /** Communities holding candidates but without `households`: their buildings get 0 households for consent. */
  communityHouseholds: number;
}

const MAX_LISTED = 5;

/**
 * The defaults counted over what the analysis read; `candidatePositions` are the buildings
 * that became candidates, `communityOf` each building's community.
 */
export function elevatorDefaults(prepared: PreparedLayers, candidatePositions: readonly number[], communityOf: readonly (FeatureId | null)[]): ElevatorDefaults {
  const buildings = prepared.layer<BuildingProperties>('buildings').features;
  const households = new Map<FeatureId, boolean>();
  for (const community of prepared.layer<CommunityProperties>('communities').features) households.set(community.id, typeof community.properties.households === 'number');
  const withoutHouseholds = new Set<FeatureId>();
  let hasElevator = 0;
  let use = 0;
  for (const position of candidatePositions) {
    const properties = buildings[position].properties;
    if (properties.hasElevator === undefined || properties.hasElevator === null) hasElevator++;
    if (properties.use === undefined || properties.use === null) use++;
    const community = communityOf[position];
    if (community !== null && households.get(community) === false) withoutHouseholds.add(community);
  }
  const missing = (value: unknown) => typeof value !== 'number';
  return {
    hasElevator,
    use,
    roadWidthM: prepared.layer<RoadProperties>('roads').features.filter((road) => missing(road.properties.widthM)).length,
    protectedBufferM: prepared.layer<ProtectedProperties>('protected').features.filter((object) => missing(object.properties.bufferM)).length,
    communityHouseholds: withoutHouseholds.size,
  };
}

/** Buildings of `minFloors`+ floors left out as not residential, by `use` value, most first (ties by value). */
export function nonResidentialUses(prepared: PreparedLayers, minFloors: number): { use: string; buildings: number }[] {
  const counts = new Map<string, number>();
  for (const building of prepared.layer<BuildingProperties>('buildings').features) {
    const { use, floors } = building.properties;
    if (typeof use !== 'string' || use === 'residential' || typeof floors !== 'number' || floors < minFloors) continue;
    counts.set(use, (counts.get(use) ?? 0) + 1);
  }
  return [...counts].map(([use, buildings]) => ({ use, buildings })).sort((a, b) => b.buildings - a.buildings || (a.use < b.use ? -1 : a.use > b.use ? 1 : 0));
}

/** The CLI's line for them (stderr), so a `use` value the importer did not map shows. */
export function nonResidentialWarning(uses: readonly { use: string; buildings: number }[], minFloors: number): string | null {
  if (uses.length === 0) return null;
  const total = uses.reduce((sum, entry) => sum + entry.buildings, 0);
  const listed = uses.slice(0, MAX_LISTED).map((entry) => `"${entry.use}" ${entry.buildings}`);
  const more = uses.length > MAX_LISTED ? `, and ${uses.length - MAX_LISTED} more values` : '';
  return `buildings.geojson: ${total} building(s) of ${minFloors}+ floors are not candidates because their use is not residential (${listed.join(', ')}${more})`;
}

/** Length of a frame side (the stair façade). */
export const facadeLength = (side: FrameSide) => hypot(side.end[0] - side.start[0], side.end[1] - side.start[1]);

/**
 * The unit count comes from the frame's length (§3.2) and the façade is the side facing
 * stairSide most (§3.6): on a slab running north–south with stairSide north, or any slab with
 * stairSide east, that is a short gable, and the shafts overlap each other and pass its ends.
 * The verdicts follow the rules as written (other shafts do not count); the result says so.
 */
export function crowdedWarning(ids: readonly FeatureId[], params: ElevatorParams): string {
  const listed = ids.slice(0, MAX_LISTED).join(', ') + (ids.length > MAX_LISTED ? `, and ${ids.length - MAX_LISTED} more` : '');
  return `buildings.geojson: ${ids.length} building(s) have more units than their stair façade (the frame side facing ${params.stairSide}) holds at ${params.shaftWidthM} m a shaft, so their shafts overlap: check stairSide or the units field (${listed})`;
}
