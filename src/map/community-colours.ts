/**
 * What the communities are coloured by (issue 6): renovation status (as of the year),
 * category (基础类/完善类/提升类), one content item (has it or not), or property management
 * (物业覆盖). One MapLibre expression and one legend per choice, from the same palette.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import {
  CATEGORIES, CATEGORY_LABELS, PROPERTY_MANAGEMENT, PROPERTY_MANAGEMENT_LABELS, RENOVATION_ITEMS, RENOVATION_STATUSES,
  RENOVATION_STATUS_LABELS, type CodeLabel,
} from '../model/codes';
import { type MapTheme, STATUS_COLOURS_OF } from './palette';

export type ColourBy = 'status' | 'category' | 'propertyManagement' | `item:${string}`;

export const CATEGORY_COLOURS: Record<string, string> = { basic: '#90a4ae', improve: '#42a5f5', enhance: '#7e57c2' };
export const MANAGEMENT_COLOURS: Record<string, string> = { professional: '#2e7d32', quasi: '#9ccc65', self: '#ffb74d', none: '#e53935' };

/**
 * Each colouring's colours by theme. Under 深色 those too dark to read at the fill's 0.4 over the
 * dark ground take a lighter shade of the same hue (deep purple 200, green 500, red A100, teal
 * 300); style-theme.test.ts checks every one against the ground.
 */
export const COMMUNITY_COLOURS: Record<MapTheme, { category: Record<string, string>; management: Record<string, string>; none: string; hasItem: string }> = {
  light: { category: CATEGORY_COLOURS, management: MANAGEMENT_COLOURS, none: '#e0e0e0', hasItem: '#00897b' },
  dark: {
    category: { ...CATEGORY_COLOURS, enhance: '#b39ddb' },
    management: { ...MANAGEMENT_COLOURS, professional: '#4caf50', none: '#ff8a80' },
    none: '#e0e0e0',
    hasItem: '#4db6ac',
  },
};

export interface LegendEntry {
  colour: string;
  label: CodeLabel;
}

const match = (field: string, codes: readonly string[], colours: Record<string, string>, fallback: string) =>
  ['match', ['coalesce', ['get', field], ''], ...codes.flatMap((code) => [code, colours[code]]), fallback] as unknown as ExpressionSpecification;

/** The communities' fill colour in a theme (the light one is the style's: exports are drawn light). */
export function communityFillColour(colourBy: ColourBy, theme: MapTheme = 'light'): ExpressionSpecification {
  const { category, management, none, hasItem } = COMMUNITY_COLOURS[theme];
  const status = STATUS_COLOURS_OF[theme];
  if (colourBy === 'category') return match('category', CATEGORIES, category, none);
  if (colourBy === 'propertyManagement') return match('propertyManagement', PROPERTY_MANAGEMENT, management, none);
  if (colourBy.startsWith('item:')) {
    const item = colourBy.slice(5);
    // `items` is an array in GeoJSON; MapLibre's `in` tests membership.
    return ['case', ['in', item, ['coalesce', ['get', 'items'], ['literal', []]]], hasItem, none] as unknown as ExpressionSpecification;
  }
  return ['match', ['coalesce', ['get', 'displayStatus'], ['get', 'renovationStatus'], 'candidate'],
    ...RENOVATION_STATUSES.flatMap((code) => [code, status[code]]), status.candidate] as unknown as ExpressionSpecification;
}

/** The key of communityFillColour in the same theme. */
export function communityLegend(colourBy: ColourBy, theme: MapTheme = 'light'): LegendEntry[] {
  const { category, management, none, hasItem } = COMMUNITY_COLOURS[theme];
  const status = STATUS_COLOURS_OF[theme];
  if (colourBy === 'category') return [...CATEGORIES.map((code) => ({ colour: category[code], label: CATEGORY_LABELS[code] })), { colour: none, label: { zh: '未分类', en: 'none' } }];
  if (colourBy === 'propertyManagement') return [...PROPERTY_MANAGEMENT.map((code) => ({ colour: management[code], label: PROPERTY_MANAGEMENT_LABELS[code] })), { colour: none, label: { zh: '未填报', en: 'unknown' } }];
  if (colourBy.startsWith('item:')) {
    const item = RENOVATION_ITEMS[colourBy.slice(5) as keyof typeof RENOVATION_ITEMS] ?? { zh: colourBy.slice(5), en: colourBy.slice(5) };
    return [{ colour: hasItem, label: { zh: `含${item.zh}`, en: `with ${item.en}` } }, { colour: none, label: { zh: `不含${item.zh}`, en: `without ${item.en}` } }];
  }
  return RENOVATION_STATUSES.map((code) => ({ colour: status[code], label: RENOVATION_STATUS_LABELS[code] }));
}

export function parseColourBy(raw: string | null | undefined): ColourBy {
  if (raw === 'category' || raw === 'propertyManagement') return raw;
  if (raw?.startsWith('item:') && raw.slice(5) in RENOVATION_ITEMS) return raw as ColourBy;
  return 'status';
}
