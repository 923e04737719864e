/**
 * What each item of the standard review deck (standard-deck.ts) needs loaded, and what is
 * loaded, apart from the deck's words: the header's 汇报 button asks whether there is a deck at
 * all on the first frame, the words load when a deck is built.
 */
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import type { LayerSet } from '../model/types';
import { FIRST_YEAR, LAST_YEAR } from '../analysis/status/years';

/** What is loaded, as far as the agenda cares. */
export interface DataInventory {
  /** Features per layer; a layer not loaded counts 0. */
  counts: Record<LayerName, number>;
  /** Whether any community carries a renovation status or a plan, start or completion year. */
  hasStatus: boolean;
  /** The years the dashboard's slider spans (FIRST_YEAR…LAST_YEAR widened to the years on record). */
  years: { first: number; last: number };
}

const has = (inventory: DataInventory, layer: LayerName) => inventory.counts[layer] > 0;
const hasCommunities = (inventory: DataInventory) => has(inventory, 'communities');

/** Per agenda item (standard-deck.ts, the same keys), whether what is loaded gives that scene. */
export const AGENDA_NEEDS = {
  overview: hasCommunities,
  progress: (inventory) => hasCommunities(inventory) && inventory.hasStatus,
  parking: (inventory) => hasCommunities(inventory) && has(inventory, 'idleLand'),
  'parking-modes': (inventory) => hasCommunities(inventory) && has(inventory, 'idleLand'),
  elevators: (inventory) => has(inventory, 'buildings'),
  services: (inventory) => hasCommunities(inventory) && has(inventory, 'facilities'),
  pooling: (inventory) => hasCommunities(inventory) && has(inventory, 'districts') && (has(inventory, 'idleLand') || has(inventory, 'facilities')),
  priority: hasCommunities,
} satisfies Record<string, (inventory: DataInventory) => boolean>;

export type AgendaKey = keyof typeof AGENDA_NEEDS;

/** Whether these layers give a standard deck at all (the 汇报 button's fallback needs one). */
export function hasStandardDeck(layers: LayerSet): boolean {
  const inventory = inventoryOf(layers);
  return Object.values(AGENDA_NEEDS).some((needs) => needs(inventory));
}

/** Years outside these are typos, as the dashboard's yearSpan takes them (analysis/status). */
const EARLIEST_RECORDED = 2000;
const LATEST_RECORDED = 2040;

/** What `layers` hold, for standardDeck. */
export function inventoryOf(layers: LayerSet): DataInventory {
  const counts = Object.fromEntries(LAYER_NAMES.map((name) => [name, layers[name]?.features.length ?? 0])) as Record<LayerName, number>;
  let hasStatus = false;
  let first = FIRST_YEAR;
  let last = LAST_YEAR;
  for (const feature of layers.communities?.features ?? []) {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    if (typeof properties.renovationStatus === 'string') hasStatus = true;
    for (const value of [properties.planYear, properties.startYear, properties.completedYear]) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < EARLIEST_RECORDED || value > LATEST_RECORDED) continue;
      hasStatus = true;
      first = Math.min(first, value);
      last = Math.max(last, value);
    }
  }
  return { counts, hasStatus, years: { first, last } };
}
