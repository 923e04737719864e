/**
 * Per-stage caches of the elevator analysis in prepared.memo (so they live exactly as long
 * as the data: a new LayerSet is a new memo). Each stage is keyed by the parameters that
 * affect it and nothing else, so a re-run recomputes only the stages whose inputs moved:
 *
 *   frames     stairSide, unitWidthM                          → frame, stair façade, unit count
 *   sites      frames + shaftWidthM, depth, minSpacingM,      → footprints, site reasons,
 *              neighbourRadiusM                                  sunlight neighbours
 *   darkening  sites + sun key + shaftExtraHeightM            → raw after-sunlight counts
 *   (classification by requiredHours and minFloors is redone on every run: it casts no ray)
 *
 * Entries fill lazily per building position, so a lower minFloors only computes the new
 * candidates. Each stage keeps only its latest parameter set: at city scale one set of unit
 * sites is ~150 MB, and a second one pushed the bench past 2 GB. Flipping back to the
 * previous scenario recomputes the stages whose key moved (a requiredHours flip moves none).
 */
import type { PreparedLayers } from '../prepare';

const KEPT_PER_STAGE = 1;

interface Slot<T> {
  key: string;
  value: T;
}

/** Set to false (tests only) to run every stage from scratch, as a cold run would. */
export const stageCacheSwitch = { enabled: true };

/** The stage's table for `key`: the cached one, or a new one made by `create` (and kept). */
export function stageTable<T>(prepared: PreparedLayers, stage: string, key: string, create: () => T): T {
  if (!stageCacheSwitch.enabled) return create();
  const memoKey = `elevators:stage:${stage}`;
  let slots = prepared.memo.get(memoKey) as Slot<T>[] | undefined;
  if (!slots) prepared.memo.set(memoKey, (slots = []));
  const found = slots.findIndex((slot) => slot.key === key);
  if (found >= 0) {
    const [slot] = slots.splice(found, 1);
    slots.unshift(slot);
    return slot.value;
  }
  const value = create();
  slots.unshift({ key, value });
  slots.length = Math.min(slots.length, KEPT_PER_STAGE);
  return value;
}
