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
import { STATUS_COLOURS } from './palette';

export type ColourBy = 'status' | 'category' | 'propertyManagement' | `item:${string}`;

export const CATEGORY_COLOURS: Record<string, string> = { basic: '#90a4ae', improve: '#42a5f5', enhance: '#7e57c2' };
export const MANAGEMENT_COLOURS: Record<string, string> = { professional: '#2e7d32', quasi: '#9ccc65', self: '#ffb74d', none: '#e53935' };
const NONE = '#e0e0e0';
const HAS_ITEM = '#00897b';

export interface LegendEntry {
  colour: string;
  label: CodeLabel;
}

const match = (field: string, codes: readonly string[], colours: Record<string, string>, fallback: string) =>
  ['match', ['coalesce', ['get', field], ''], ...codes.flatMap((code) => [code, colours[code]]), fallback] as unknown as ExpressionSpecification;

export function communityFillColour(colourBy: ColourBy): ExpressionSpecification {
  if (colourBy === 'category') return match('category', CATEGORIES, CATEGORY_COLOURS, NONE);
  if (colourBy === 'propertyManagement') return match('propertyManagement', PROPERTY_MANAGEMENT, MANAGEMENT_COLOURS, NONE);
  if (colourBy.startsWith('item:')) {
    const item = colourBy.slice(5);
    // `items` is an array in GeoJSON; MapLibre's `in` tests membership.
    return ['case', ['in', item, ['coalesce', ['get', 'items'], ['literal', []]]], HAS_ITEM, NONE] as unknown as ExpressionSpecification;
  }
  return ['match', ['coalesce', ['get', 'displayStatus'], ['get', 'renovationStatus'], 'candidate'],
    ...RENOVATION_STATUSES.flatMap((status) => [status, STATUS_COLOURS[status]]), STATUS_COLOURS.candidate] as unknown as ExpressionSpecification;
}

export function communityLegend(colourBy: ColourBy): LegendEntry[] {
  if (colourBy === 'category') return [...CATEGORIES.map((code) => ({ colour: CATEGORY_COLOURS[code], label: CATEGORY_LABELS[code] })), { colour: NONE, label: { zh: '未分类', en: 'none' } }];
  if (colourBy === 'propertyManagement') return [...PROPERTY_MANAGEMENT.map((code) => ({ colour: MANAGEMENT_COLOURS[code], label: PROPERTY_MANAGEMENT_LABELS[code] })), { colour: NONE, label: { zh: '未填报', en: 'unknown' } }];
  if (colourBy.startsWith('item:')) {
    const item = RENOVATION_ITEMS[colourBy.slice(5) as keyof typeof RENOVATION_ITEMS] ?? { zh: colourBy.slice(5), en: colourBy.slice(5) };
    return [{ colour: HAS_ITEM, label: { zh: `含${item.zh}`, en: `with ${item.en}` } }, { colour: NONE, label: { zh: `不含${item.zh}`, en: `without ${item.en}` } }];
  }
  return RENOVATION_STATUSES.map((status) => ({ colour: STATUS_COLOURS[status], label: RENOVATION_STATUS_LABELS[status] }));
}

export function parseColourBy(raw: string | null | undefined): ColourBy {
  if (raw === 'category' || raw === 'propertyManagement') return raw;
  if (raw?.startsWith('item:') && raw.slice(5) in RENOVATION_ITEMS) return raw as ColourBy;
  return 'status';
}
