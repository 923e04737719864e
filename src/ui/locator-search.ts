/**
 * The map's locator (定位): a planner in a review meeting asked to show 橘池北苑 finds it by a
 * piece of its name or its id, among 12,000 communities at province scale, without first opening
 * the analysis panel whose table has it. Districts, communities and facilities are found; every
 * word typed must be in the name, the id, the feature's district's name or its street (街道: a
 * district's own, or that of the district a feature is in), in any case, so "清洲 北苑" finds the
 * 北苑 of 清洲片区 and "秋亭 北苑" those in 秋亭街道. Matches come best first: the whole name or id, then a name
 * that starts so, then the rest; at each rank districts, then communities, then facilities, each
 * by name as a reader orders names (朝晖一小区 … 朝晖九小区, not the file's order). A word of
 * Latin letters also matches the pinyin initials of a name, district or street (pinyin-initials.ts):
 * "jcby" finds 橘池北苑, "qz by" the 北苑 of 清洲片区.
 */
import type { FeatureCollection } from 'geojson';
import { featureId } from '../model/types';
import { queryWords } from './components/row-filter';
import { compareNames } from './components/row-order';
import { isInitialsQuery, pinyinInitials } from './pinyin-initials';
import { FACILITY_TYPE_LABELS, type FacilityType } from '../model/codes';
import type { Lang } from '../i18n/strings';

export type LocatorLayer = 'districts' | 'communities' | 'facilities';

export interface LocatorEntry {
  layer: LocatorLayer;
  id: string;
  /** The feature's name; null when it has none (the id is shown instead). */
  name: string | null;
  /** A community's or facility's district name (or id); null for a district, or a feature in none. */
  district: string | null;
  /** A facility's type code (elderly_care…); null for the others. */
  facilityType: string | null;
}

/** How many matches the list shows: more is a list no one reads; typing more narrows it. */
export const LOCATOR_SHOWN = 8;

const LAYER_ORDER: Record<LocatorLayer, number> = { districts: 0, communities: 1, facilities: 2 };

interface Indexed extends LocatorEntry {
  haystack: string[];
  street: string | null;
  /** The pinyin initials of the name (first), the district and the street, each as it may be read: computed at the first query of letters. */
  initials?: string[][];
}

// A district's or street's initials, computed once for the many features in it.
const sharedInitials = new Map<string, string[]>();
const initialsOf = (text: string | null): string[] => {
  if (!text) return [];
  let found = sharedInitials.get(text);
  if (!found) {
    if (sharedInitials.size > 10_000) sharedInitials.clear();
    sharedInitials.set(text, (found = pinyinInitials(text)));
  }
  return found;
};
const entryInitials = (entry: Indexed) => (entry.initials ??= [pinyinInitials(entry.name ?? ''), initialsOf(entry.district), initialsOf(entry.street)]);

const text = (value: unknown) => (value === undefined || value === null || value === '' ? null : String(value));
const idOf = (feature: FeatureCollection['features'][number]) => text(featureId(feature as never));

/** The districts, then the communities, then the facilities, with what a query is matched against (id, name, district, street), lower-cased once. */
export function locatorIndex(layers: { communities?: FeatureCollection; districts?: FeatureCollection; facilities?: FeatureCollection }): readonly Indexed[] {
  const entries: Indexed[] = [];
  const districtNames = new Map<string, string>();
  const districtStreets = new Map<string, string>();
  for (const feature of layers.districts?.features ?? []) {
    const id = idOf(feature);
    if (id === null) continue;
    const name = text(feature.properties?.name);
    const street = text(feature.properties?.street);
    if (name) districtNames.set(id, name);
    if (street) districtStreets.set(id, street);
    entries.push({ layer: 'districts', id, name, district: null, facilityType: null, street, haystack: [id, name ?? '', '', street ?? ''].map((s) => s.toLowerCase()) });
  }
  for (const layer of ['communities', 'facilities'] as const) {
    for (const feature of layers[layer]?.features ?? []) {
      const id = idOf(feature);
      if (id === null) continue;
      const name = text(feature.properties?.name);
      const districtId = text(feature.properties?.districtId);
      const district = districtId === null ? null : districtNames.get(districtId) ?? districtId;
      const street = districtId === null ? '' : districtStreets.get(districtId) ?? '';
      const facilityType = layer === 'facilities' ? text(feature.properties?.type) : null;
      entries.push({ layer, id, name, district, facilityType, street: street || null, haystack: [id, name ?? '', district ?? '', street].map((s) => s.toLowerCase()) });
    }
  }
  return entries;
}

/** Whether `word` is in one of the entry's texts or, for a word of letters (`spelt`), one of their initials. */
function hasWord(entry: Indexed, word: string, spelt: boolean): boolean {
  for (const field of entry.haystack) if (field.includes(word)) return true;
  if (!spelt) return false;
  for (const readings of entryInitials(entry)) for (const reading of readings) if (reading.includes(word)) return true;
  return false;
}

/**
 * The entries with every word of `query` in their name, id, district or street (or their initials): the first `limit`,
 * best first, and how many matched in all. Nothing typed: none.
 */
export function locate(index: readonly Indexed[], query: string, limit = LOCATOR_SHOWN): { matches: LocatorEntry[]; total: number } {
  const words = queryWords(query);
  if (words.length === 0) return { matches: [], total: 0 };
  const whole = words.join(' ');
  const spelt = words.map(isInitialsQuery);
  const found: { entry: Indexed; rank: number }[] = [];
  for (const entry of index) {
    if (!words.every((word, i) => hasWord(entry, word, spelt[i]))) continue;
    const [id, name] = entry.haystack;
    const nameInitials = spelt[0] ? entryInitials(entry)[0] : [];
    const rank = id === whole || name === whole || nameInitials.includes(whole) ? 0
      : name.startsWith(words[0]) || nameInitials.some((reading) => reading.startsWith(words[0])) ? 1 : 2;
    found.push({ entry, rank });
  }
  found.sort((a, b) => a.rank - b.rank || LAYER_ORDER[a.entry.layer] - LAYER_ORDER[b.entry.layer] || compareNames(a.entry.name ?? a.entry.id, b.entry.name ?? b.entry.id));
  const matches = found.slice(0, limit).map(({ entry: { layer, id, name, district, facilityType } }) => ({ layer, id, name, district, facilityType }));
  return { matches, total: found.length };
}

const LAYER_WORD = { communities: { zh: '小区', en: 'Community' }, districts: { zh: '片区', en: 'District' }, facilities: { zh: '设施', en: 'Facility' } } as const;

/** What a match is: 小区, 片区, or a facility's type (养老, 充电桩…), 设施 when the type is not one of ours. */
export function kindWord(match: Pick<LocatorEntry, 'layer' | 'facilityType'>, lang: Lang): string {
  const type = match.facilityType as FacilityType | null;
  if (match.layer === 'facilities' && type && type in FACILITY_TYPE_LABELS) return FACILITY_TYPE_LABELS[type][lang];
  return LAYER_WORD[match.layer][lang];
}
