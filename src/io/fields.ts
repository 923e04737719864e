/**
 * From a file's columns to the schema: propose what layer (or table) a file is, map its columns
 * to schema fields by the aliases (src/model/aliases.ts), and convert the values planners write
 * ("1990年", "6层", "是", "已完工") into what the schema expects. The caller's corrections from
 * the import dialog override every guess.
 */
import { z } from 'zod';
import { FIELD_ALIASES, normaliseColumnName, VALUE_ALIASES } from '../model/aliases';
import { FUNDING_SOURCES, RENOVATION_ITEMS } from '../model/codes';
import { LAYER_GEOMETRY, LAYER_NAMES, LAYER_PROPERTY_SCHEMAS, type LayerName } from '../model/layers';
import { baseName } from './text';
import { ROLE_LABELS } from './table-files';
import { TABLE_FIELD_ALIASES, TABLE_ROW_SCHEMAS } from './tables';
import { TABLE_NAMES, type RawFeature, type RawLayer, type Role, type TableName } from './types';

/** Columns that are not in FIELD_ALIASES but planners use: renovation items and funding. */
const EXTRA_ALIASES: Partial<Record<Role, Record<string, readonly string[]>>> = {
  communities: {
    items: ['改造内容', '改造项目', 'items'],
    'funding.central': ['中央补助', '中央补助资金'], 'funding.local': ['地方财政', '地方财政资金'],
    'funding.bonds': ['专项债'], 'funding.residents': ['居民出资'], 'funding.maintenanceFund': ['维修资金', '专项维修资金'],
    'funding.utilities': ['管线单位', '管线单位出资'], 'funding.social': ['社会资本'],
  },
};

const ITEM_ALIASES: Record<string, string> = {
  // Each item's own name first (what the app shows and the Chinese-headed files write), then synonyms.
  ...Object.fromEntries(Object.entries(RENOVATION_ITEMS).map(([code, label]) => [label.zh, code])),
  管网: 'pipes', 管线: 'pipes', 屋面: 'roof', 屋顶: 'roof', 立面: 'facade', 消防: 'fire_safety',
  电梯: 'elevator', 停车: 'parking', 停车位: 'parking', 充电桩: 'ev_charging', 充电: 'ev_charging',
  养老: 'elderly_care', 托育: 'childcare', 适老化: 'barrier_free',
};

export const FILE_NAME_ROLES: [Role, RegExp][] = [
  ['elevatorVotes', /表决|vote|加梯/i],
  ['surveys', /survey|意愿|问卷|调查|需求/i],
  ['buildings', /楼栋|楼宇|建筑|building/i],
  ['idleLand', /闲置|空地|idle|vacant/i],
  ['facilities', /设施|facilit|poi/i],
  ['roads', /道路|路网|road/i],
  ['protected', /保护|古树|历史建筑|protected|heritage/i],
  ['districts', /片区|district/i],
  ['communities', /小区|社区|community|communities|xiaoqu|residential/i],
];

export function fieldAliases(role: Role): Record<string, readonly string[]> {
  const base = (TABLE_NAMES as readonly string[]).includes(role) ? TABLE_FIELD_ALIASES[role as TableName] : FIELD_ALIASES[role as LayerName];
  return { ...base, ...(EXTRA_ALIASES[role] ?? {}) };
}

export function roleSchema(role: Role): z.ZodTypeAny {
  return (TABLE_NAMES as readonly string[]).includes(role) ? TABLE_ROW_SCHEMAS[role as TableName] : LAYER_PROPERTY_SCHEMAS[role as LayerName];
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Column → field (or null: not mapped). A column matches a field when its normalised name is
 * the field's name or an alias; a .dbf column cut to 10 bytes matches when it is the start of
 * exactly one field's name or alias. Overrides (column → field, or null to drop) win.
 */
export function mapColumns(columns: string[], role: Role, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  const aliases = fieldAliases(role);
  const mapping: Record<string, string | null> = {};
  const taken = new Set<string>();
  for (const field of Object.values(overrides)) if (field) taken.add(field);
  const tryMatch = (matches: (column: string, field: string, names: string[]) => boolean) => {
    for (const [field, fieldNames] of Object.entries(aliases)) {
      if (taken.has(field)) continue;
      const names = [field, ...fieldNames].map(normaliseColumnName);
      const column = columns.find((c) => !(c in mapping) && !(c in overrides) && matches(c, field, names));
      if (column) { mapping[column] = field; taken.add(field); }
    }
  };
  tryMatch((column, _field, names) => names[0] === normaliseColumnName(column));
  tryMatch((column, _field, names) => names.includes(normaliseColumnName(column)));
  tryMatch((column, field) => {
    const n = normaliseColumnName(column);
    const bytes = utf8Length(column);
    if (bytes < 8 || bytes > 10) return false;
    const candidates = Object.entries(aliases).filter(([f, list]) => [f, ...list].some((name) => normaliseColumnName(name).startsWith(n)));
    return candidates.length === 1 && candidates[0][0] === field;
  });
  for (const column of columns) if (!(column in mapping)) mapping[column] = null;
  // An override '' keeps the column unmapped (under its own name): null in the mapping, as for no match.
  for (const [column, field] of Object.entries(overrides)) mapping[column] = field || null;
  return mapping;
}

export { ROLE_LABELS };

export interface RoleProposal {
  role: Role | undefined;
  /** Why, for the dialog ("file name 小区", "geometry Point"). */
  reason: string;
  /** The same in Chinese (文件名“小区”, 几何为点). */
  reasonZh: string;
  /** Every role whose geometry fits, best first. */
  candidates: Role[];
}

function geometryKinds(features: RawFeature[]): Set<string> {
  const kinds = new Set<string>();
  for (const feature of features.slice(0, 500)) if (feature?.geometry?.type) kinds.add(feature.geometry.type);
  return kinds;
}

/** Proposes a role from the file name, the geometry type and the columns. */
export function proposeRole(raw: Pick<RawLayer, 'fileName' | 'features' | 'columns' | 'hasGeometry'>): RoleProposal {
  const kinds = geometryKinds(raw.features);
  const fits = (role: Role) => {
    if ((TABLE_NAMES as readonly string[]).includes(role)) return !raw.hasGeometry;
    if (!raw.hasGeometry) return false;
    return [...kinds].every((kind) => LAYER_GEOMETRY[role as LayerName].includes(kind));
  };
  const allRoles: Role[] = [...LAYER_NAMES, ...TABLE_NAMES];
  const score = (role: Role) => Object.values(mapColumns(raw.columns, role)).filter((f) => f && f !== 'id' && f !== 'name').length;
  const candidates = allRoles.filter(fits).sort((a, b) => score(b) - score(a));
  const name = baseName(raw.fileName.split('/').pop() ?? raw.fileName);
  // The file name is the planner's own word for the layer: it wins over the geometry, and a
  // geometry that does not fit is then reported (WRONG_GEOMETRY_TYPE) rather than re-guessed.
  const isTable = (role: Role) => (TABLE_NAMES as readonly string[]).includes(role);
  for (const [role, pattern] of FILE_NAME_ROLES) {
    if (pattern.test(name) && isTable(role) !== raw.hasGeometry) return { role, reason: `file name "${name}"`, reasonZh: `文件名“${name}”`, candidates };
  }
  if (candidates.length && score(candidates[0]) > 0) {
    return { role: candidates[0], reason: `columns match ${candidates[0]}`, reasonZh: `字段与${ROLE_LABELS[candidates[0]].zh}相符`, candidates };
  }
  if (kinds.size === 1 && kinds.has('Point')) return { role: 'facilities', reason: 'geometry Point', reasonZh: '几何为点', candidates };
  if ([...kinds].every((k) => k.endsWith('LineString')) && kinds.size) return { role: 'roads', reason: 'geometry LineString', reasonZh: '几何为线', candidates };
  return { role: undefined, reason: 'no file name, geometry or column matched a layer', reasonZh: '文件名、几何类型和字段都对不上任何图层', candidates };
}

type FieldKind = 'integer' | 'number' | 'boolean' | 'enum' | 'id' | 'string' | 'array' | 'other';

/** Unwraps optional/nullable and reads the kind a zod field expects. */
function kindOf(schema: z.ZodTypeAny | undefined): FieldKind {
  let current = schema as unknown as { _zod: { def: { type: string; innerType?: unknown } }; isInt?: boolean } | undefined;
  while (current && ['optional', 'nullable', 'default'].includes(current._zod.def.type)) current = current._zod.def.innerType as typeof current;
  if (!current) return 'other';
  switch (current._zod.def.type) {
    case 'number': return current.isInt ? 'integer' : 'number';
    case 'boolean': return 'boolean';
    case 'enum': return 'enum';
    case 'union': return 'id';
    case 'string': return 'string';
    case 'array': return 'array';
    default: return 'other';
  }
}

export function fieldKinds(role: Role): Record<string, FieldKind> {
  const schema = roleSchema(role) as unknown as { shape?: Record<string, z.ZodTypeAny>; _zod: { def: { schema?: { shape?: Record<string, z.ZodTypeAny> } } } };
  const shape = schema.shape ?? schema._zod.def.schema?.shape ?? {};
  const kinds: Record<string, FieldKind> = Object.fromEntries(Object.entries(shape).map(([field, s]) => [field, kindOf(s)]));
  if (role === 'communities') for (const source of FUNDING_SOURCES) kinds[`funding.${source}`] = 'number';
  return kinds;
}

const TRUE_WORDS = new Set(['是', '有', 'true', 'yes', 'y', 't', '1', '√', '✓', '已加装', '有电梯']);
const FALSE_WORDS = new Set(['否', '无', '没有', 'false', 'no', 'n', 'f', '0', '×', '未加装', '无电梯']);

/** Converts one value to the kind its field expects; returns the input when it cannot. */
export function convertValue(field: string, kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : value;
  switch (kind) {
    case 'integer': case 'number': {
      if (typeof text === 'number') return text;
      if (typeof text !== 'string') return text;
      if (/year$/i.test(field)) {
        const year = /^(19|20|21)\d\d/.exec(text);
        if (year) return Number(year[0]);
      }
      const match = /^([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*(年代?|层|户|个|人|辆|万元|元|米|m|㎡|m2|m²|平方米|平米|%|％)?$/i.exec(text);
      if (!match) return text;
      const number = Number(match[1].replace(/,/g, ''));
      return match[2] === '%' || match[2] === '％' ? number / 100 : number;
    }
    case 'boolean': {
      if (typeof text === 'boolean') return text;
      const word = String(text).toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return text;
    }
    case 'enum': {
      const word = String(text);
      return VALUE_ALIASES[field]?.[word] ?? (word.toLowerCase() === word ? word : word.toLowerCase().replace(/\s+/g, '_'));
    }
    case 'id': return typeof text === 'number' ? text : String(text);
    case 'string': return VALUE_ALIASES[field]?.[String(text).trim()] ?? String(text);
    case 'array': {
      if (Array.isArray(text)) return text;
      return String(text).split(/[、,，;；/\s]+/).filter(Boolean).map((item) => ITEM_ALIASES[item] ?? item);
    }
    default: return text;
  }
}

/** fieldKinds per role, for chineseValue (called per cell: a city's buildings are 400k cells). */
const kindsByRole = new Map<Role, Record<string, FieldKind>>();

/** A code's Chinese word: the first Chinese alias that maps to it (so it reads back as the code). */
function firstAliasOf(aliases: Record<string, string> | undefined, code: string): string | undefined {
  if (!aliases) return undefined;
  for (const [word, mapped] of Object.entries(aliases)) if (mapped === code && /[\u4e00-\u9fff]/.test(word)) return word;
  return undefined;
}

/**
 * A value as the Chinese-headed CSV and Excel show it: codes by their Chinese word (准物业, not
 * quasi), booleans as 是/否, renovation items by name. Every word is one the importer maps
 * back (VALUE_ALIASES, ITEM_ALIASES, TRUE_WORDS), so the file re-imports unchanged; a value
 * with no word stays as it is.
 */
export function chineseValue(role: Role, field: string, value: unknown): unknown {
  let kinds = kindsByRole.get(role);
  if (!kinds) kindsByRole.set(role, (kinds = fieldKinds(role)));
  const kind = kinds[field];
  if (typeof value === 'boolean' && kind === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && (kind === 'enum' || Object.hasOwn(VALUE_ALIASES, field))) return firstAliasOf(VALUE_ALIASES[field], value) ?? value;
  if (Array.isArray(value) && kind === 'array') return value.map((item) => (typeof item === 'string' ? firstAliasOf(ITEM_ALIASES, item) ?? item : item));
  return value;
}

export interface MappedLayer {
  role: Role;
  features: RawFeature[];
  mapping: Record<string, string | null>;
  /** Columns left out of the features (an override of null: the dialog's 不导入). */
  dropped: string[];
}

/** A column named as ids are (osm_id, fid, objectid, gid, …编号, …代码), once normalised. */
const ID_LIKE_COLUMN = /(id|编号|代码)$/;

/** Every feature has a value in `column`, and no two the same (as text). */
function distinctValues(features: RawLayer['features'], column: string): boolean {
  const seen = new Set<string>();
  for (const feature of features) {
    const value = feature.properties?.[column];
    if (value === null || value === undefined || value === '') return false;
    const text = String(value);
    if (seen.has(text)) return false;
    seen.add(text);
  }
  return true;
}

/**
 * An id column whose values repeat cannot be the id: a column named like an id, matched to no
 * field, whose values are all there and distinct, is taken instead and the first is kept under
 * its own name. Geofabrik's OSM Shapefiles carry `code` (one class code, 7201, on every row:
 * an id alias) beside the unique `osm_id`. A choice the planner made is left as it is.
 */
function preferUniqueId(mapping: Record<string, string | null>, raw: Pick<RawLayer, 'features' | 'columns'>, overrides: Record<string, string | null>): Record<string, string | null> {
  const idColumn = Object.keys(mapping).find((column) => mapping[column] === 'id');
  if (!idColumn || idColumn in overrides || raw.features.length < 2 || distinctValues(raw.features, idColumn)) return mapping;
  const unique = raw.columns.find((column) =>
    column !== idColumn && !mapping[column] && !(column in overrides) && ID_LIKE_COLUMN.test(normaliseColumnName(column)) && distinctValues(raw.features, column));
  return unique ? { ...mapping, [unique]: 'id', [idColumn]: null } : mapping;
}

/**
 * Renames mapped columns to their fields and converts their values. Unmapped columns are kept
 * under their own names (nothing the user brought is dropped) unless the mapping says null
 * explicitly through an override; an override of '' keeps a column that would have matched a
 * field under its own name (the dialog's 保留原列名).
 */
export function applyFieldMapping(raw: Pick<RawLayer, 'features' | 'columns'>, role: Role, overrides: Record<string, string | null> = {}): MappedLayer {
  const mapping = preferUniqueId(mapColumns(raw.columns, role, overrides), raw, overrides);
  const kinds = fieldKinds(role);
  const dropped = new Set(Object.keys(overrides).filter((column) => overrides[column] === null));
  const features = raw.features.map((feature) => {
    const properties: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(feature.properties ?? {})) {
      const field = mapping[column];
      if (!field) {
        if (!dropped.has(column) && !(column in properties)) properties[column] = value;
        continue;
      }
      const converted = convertValue(field.replace(/^funding\./, ''), kinds[field] ?? 'other', value);
      if (converted === undefined) continue;
      if (field.startsWith('funding.')) {
        const funding = (properties.funding ??= {}) as Record<string, unknown>;
        funding[field.slice('funding.'.length)] = converted;
      } else properties[field] = converted;
    }
    return { ...feature, properties };
  });
  return { role, features, mapping, dropped: [...dropped] };
}
