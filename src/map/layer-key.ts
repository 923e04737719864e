/**
 * The map key of the base layers drawn by code: idle land by kind, facilities by type (UX.md:
 * "facilities by type with icons and a legend"). Only the layers on the map, and only the
 * kinds and types the data has, in the code list's order, as the side panel's legend lists
 * them (Legend.tsx); the PNG export draws these sections (png-legend-sections.ts).
 *
 * Pure data built from the colours the layers are drawn with (palette.ts; the facilities' circle in style.ts).
 */
import { FACILITY_TYPE_LABELS, FACILITY_TYPES, IDLE_LAND_KIND_LABELS, IDLE_LAND_KINDS } from '../model/codes';
import type { LayerName } from '../model/layer-names';
import type { LayerSet } from '../model/types';
import { en, zh, type StringKey } from '../i18n/strings';
import type { KeySection, Rgba } from './map-key';
import { FACILITY_COLOURS, FACILITY_FILL_ALPHA, hexToRgb, IDLE_LAND_COLOURS } from './palette';
import type { FeatureCollection } from 'geojson';
import { pointsMinZoom } from './detail-zoom';

type Collection = { features: readonly { properties: unknown }[] } | undefined;

/** The codes of `list` that some feature's `field` holds, in the list's order. */
export function presentCodes<T extends string>(list: readonly T[], collection: Collection, field: string): T[] {
  const seen = new Set<unknown>();
  for (const feature of collection?.features ?? []) seen.add((feature.properties as Record<string, unknown> | null)?.[field]);
  return list.filter((code) => seen.has(code));
}

const title = (key: StringKey) => ({ zh: zh[key], en: en[key] });
const rgba = (hex: string, alpha = 255): Rgba => [...hexToRgb(hex), alpha];

/** Idle land by kind (a filled square in its earthy hue), or null when none is present. */
export function idleLandKey(collection: Collection): KeySection | null {
  const kinds = presentCodes(IDLE_LAND_KINDS, collection, 'kind');
  if (kinds.length === 0) return null;
  return {
    id: 'layer-idle-land', title: title('legend.idleLand'),
    entries: kinds.map((kind) => ({ swatch: { kind: 'fill', colour: rgba(IDLE_LAND_COLOURS[kind]) }, label: IDLE_LAND_KIND_LABELS[kind] })),
  };
}

/** Facilities by type: the dot the map draws (its colour and alpha), from the zoom they are drawn at (pointsMinZoom), or null when none is present. */
export function facilitiesKey(collection: Collection): KeySection | null {
  const types = presentCodes(FACILITY_TYPES, collection, 'type');
  if (types.length === 0) return null;
  const minZoom = pointsMinZoom(collection as FeatureCollection | undefined);
  return {
    id: 'layer-facilities', title: title('legend.facilities'), ...(minZoom > 0 ? { minZoom } : {}),
    entries: types.map((type) => ({ swatch: { kind: 'dot', colour: rgba(FACILITY_COLOURS[type], FACILITY_FILL_ALPHA) }, label: FACILITY_TYPE_LABELS[type] })),
  };
}

/** The keys of the visible base layers drawn by code, idle land then facilities (the side panel's order). */
export function baseLayerKeys(visible: readonly LayerName[], layers: LayerSet): KeySection[] {
  const shown = new Set(visible);
  const keys = [shown.has('idleLand') ? idleLandKey(layers.idleLand) : null, shown.has('facilities') ? facilitiesKey(layers.facilities) : null];
  return keys.filter((key): key is KeySection => key !== null);
}
