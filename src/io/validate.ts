/**
 * The validation report shown before anything replaces loaded data (DESIGN §6): per file,
 * every feature with a problem, named by file, feature and field, in English and Chinese.
 * Pure: the same function runs in the import dialog's worker and in `atlas validate`.
 */
import type { Geometry, Position } from 'geojson';
import { LAYER_GEOMETRY, type LayerName } from '../model/layers';
import { featureId } from '../model/types';
import { fieldLabelZh, fieldValueMessage } from './field-messages';
import { roleSchema } from './fields';
import {
  closeRing, findSelfIntersection, hasDuplicateVertices, isClosed, removeDuplicateVertices, signedArea2, type Ring,
} from './geometry-checks';
import { TABLE_NAMES, type ImportIssue, type RawFeature, type Role, type Severity, type SheetInfo } from './types';

export type FixName = 'closeRings' | 'removeDuplicateVertices' | 'rewind' | 'selfIntersections';

export interface ValidationReport {
  fileName: string;
  /** Undefined when the file could not be read or its layer could not be told. */
  role?: Role;
  featureCount: number;
  issues: ImportIssue[];
  errors: number;
  warnings: number;
  /** How many features each offered repair would change (never applied silently). */
  fixable: Record<FixName, number>;
}

/** At most this many issues of one code per file; the rest are counted in one summary line. */
const MAX_PER_CODE = 100;

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

interface GeometryProblem { severity: Severity; code: string; en: string; zh: string; fix?: FixName }

/** Checks a position list; a bad one is reported once per feature. */
function checkPositions(positions: unknown[], problems: GeometryProblem[]): boolean {
  let extraSaid = problems.some((problem) => problem.code === 'BAD_HEIGHT');
  for (const p of positions) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
      problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: `a position is ${JSON.stringify(p)?.slice(0, 40)}, not [longitude, latitude]`, zh: `坐标 ${JSON.stringify(p)?.slice(0, 40)} 不是 [经度，纬度]` });
      return false;
    }
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      problems.push({ severity: 'error', code: 'NAN_COORDINATE', en: `coordinate [${p[0]}, ${p[1]}] is not a number`, zh: `坐标 [${p[0]}, ${p[1]}] 不是有效数字` });
      return false;
    }
    // RFC 7946 allows a third value, a height in metres; anything else is said once (it is ignored).
    if (!extraSaid && p.slice(2).some((value) => typeof value !== 'number' || !Number.isFinite(value))) {
      const extra = JSON.stringify(p.slice(2))?.slice(0, 40);
      problems.push({ severity: 'warning', code: 'BAD_HEIGHT', en: `a position carries ${extra} after longitude and latitude, not a height in metres; it is ignored`, zh: `坐标在经纬度之后带有 ${extra}，不是以米计的高程，已忽略` });
      extraSaid = true;
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
      problems.push({ severity: 'error', code: 'OUT_OF_RANGE', en: `coordinate [${p[0]}, ${p[1]}] is outside longitude −180…180 / latitude −90…90`, zh: `坐标 [${p[0]}, ${p[1]}] 超出经纬度范围` });
      return false;
    }
  }
  return true;
}

function checkRings(rings: unknown, problems: GeometryProblem[]): void {
  if (!Array.isArray(rings) || rings.length === 0) {
    problems.push({ severity: 'error', code: 'EMPTY_GEOMETRY', en: 'the polygon has no rings', zh: '多边形没有环' });
    return;
  }
  const clean: Ring[] = [];
  for (const [r, ring] of (rings as unknown[]).entries()) {
    if (!Array.isArray(ring)) { problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: `ring ${r + 1} is ${JSON.stringify(ring)?.slice(0, 40)}, not a list of positions`, zh: `第 ${r + 1} 个环为 ${JSON.stringify(ring)?.slice(0, 40)}，不是坐标列表` }); return; }
    if (!checkPositions(ring, problems)) return;
    const positions = ring as Position[];
    const label = r === 0 ? 'outer ring' : `hole ${r}`;
    const labelZh = r === 0 ? '外环' : `第 ${r} 个内环`;
    if (!isClosed(positions)) problems.push({ severity: 'error', code: 'UNCLOSED_RING', en: `the ${label} is not closed (first and last positions differ)`, zh: `${labelZh}未闭合（首尾坐标不同）`, fix: 'closeRings' });
    if (hasDuplicateVertices(positions)) problems.push({ severity: 'warning', code: 'DUPLICATE_VERTICES', en: `the ${label} repeats a vertex`, zh: `${labelZh}有重复的连续顶点`, fix: 'removeDuplicateVertices' });
    const fixed = closeRing(removeDuplicateVertices(positions));
    if (fixed.length < 4) {
      problems.push({ severity: 'error', code: 'RING_TOO_SHORT', en: `the ${label} has ${new Set(fixed.map(String)).size} distinct positions; a ring needs at least 3`, zh: `${labelZh}顶点不足（至少需要 3 个不同顶点）` });
      return;
    }
    const area = signedArea2(fixed);
    if ((r === 0 && area < 0) || (r > 0 && area > 0)) problems.push({ severity: 'warning', code: 'WINDING', en: `the ${label} winds ${r === 0 ? 'clockwise' : 'counter-clockwise'} (RFC 7946 wants outer rings counter-clockwise, holes clockwise)`, zh: `${labelZh}方向不符合 RFC 7946（外环应逆时针、内环应顺时针）`, fix: 'rewind' });
    clean.push(fixed);
  }
  const crossing = findSelfIntersection(clean);
  if (crossing) problems.push({ severity: 'error', code: 'SELF_INTERSECTION', en: `the polygon intersects itself near [${crossing[0].toFixed(6)}, ${crossing[1].toFixed(6)}]`, zh: `多边形自相交，位置约 [${crossing[0].toFixed(6)}, ${crossing[1].toFixed(6)}]`, fix: 'selfIntersections' });
}

/** All problems of one geometry. */
export function checkGeometry(geometry: unknown): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  if (geometry === null || geometry === undefined) {
    problems.push({ severity: 'error', code: 'EMPTY_GEOMETRY', en: 'the feature has no geometry', zh: '要素没有几何图形' });
    return problems;
  }
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) {
    problems.push(g.type === undefined || g.type === null
      ? { severity: 'error', code: 'BAD_GEOMETRY_TYPE', en: 'the geometry has no "type"', zh: '几何图形缺少类型（type）' }
      : { severity: 'error', code: 'BAD_GEOMETRY_TYPE', en: `geometry type ${JSON.stringify(g.type)} is not a GeoJSON geometry`, zh: `几何类型 ${JSON.stringify(g.type)} 无效` });
    return problems;
  }
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries)) problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: 'GeometryCollection without "geometries"', zh: 'GeometryCollection 缺少 geometries' });
    else for (const child of g.geometries) problems.push(...checkGeometry(child));
    return problems;
  }
  const c = g.coordinates;
  if (!Array.isArray(c)) {
    problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: `"coordinates" is ${c === undefined ? 'missing' : JSON.stringify(c)?.slice(0, 30)}`, zh: '坐标 coordinates 缺失或无效' });
    return problems;
  }
  if (c.length === 0) {
    problems.push({ severity: 'error', code: 'EMPTY_GEOMETRY', en: `the ${g.type} has no coordinates`, zh: `${g.type} 没有坐标` });
    return problems;
  }
  const allArrays = (list: unknown[]) => list.every(Array.isArray);
  switch (g.type) {
    case 'Point': checkPositions([c], problems); break;
    case 'MultiPoint': checkPositions(c, problems); break;
    case 'LineString':
      if (checkPositions(c, problems) && removeDuplicateVertices(c as Position[]).length < 2) problems.push({ severity: 'error', code: 'LINE_TOO_SHORT', en: 'the line has fewer than 2 distinct positions', zh: '线少于 2 个不同顶点' });
      break;
    case 'MultiLineString':
      if (!allArrays(c)) { problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: 'a line of the MultiLineString is not an array', zh: 'MultiLineString 的坐标无效' }); break; }
      for (const line of c as unknown[][]) if (checkPositions(line, problems) && removeDuplicateVertices(line as Position[]).length < 2) problems.push({ severity: 'error', code: 'LINE_TOO_SHORT', en: 'a line has fewer than 2 distinct positions', zh: '线少于 2 个不同顶点' });
      break;
    case 'Polygon': checkRings(c, problems); break;
    case 'MultiPolygon':
      // A polygon that is a number (a Polygon's or a Point's coordinates labelled MultiPolygon) is said once, with its value.
      for (const [p, polygon] of c.entries()) {
        if (!Array.isArray(polygon)) {
          problems.push({ severity: 'error', code: 'BAD_COORDINATES', en: `polygon ${p + 1} of the MultiPolygon is ${JSON.stringify(polygon)?.slice(0, 40)}, not a list of rings (coordinates nested too shallow?)`, zh: `MultiPolygon 的第 ${p + 1} 个多边形为 ${JSON.stringify(polygon)?.slice(0, 40)}，不是环的列表（坐标嵌套层数不足？）` });
          break;
        }
        checkRings(polygon, problems);
      }
      break;
  }
  return problems;
}

function formatValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export interface ValidateInput {
  fileName: string;
  role: Role;
  features: RawFeature[];
  /** Problems the reader already found (bad WKT rows, encoding notes). */
  readerIssues?: ImportIssue[];
  /** Excel only: the sheet read; a problem then names the sheet and the row as Excel numbers it. */
  sheet?: SheetInfo;
  /**
   * The file is CSV text: a row is named by its line in the file (the header is line 1), as the
   * CSV reader and the residents' tables name it, and as a spreadsheet shows it.
   */
  csv?: boolean;
}

export function validateLayer({ fileName, role, features, readerIssues = [], sheet, csv = false }: ValidateInput): ValidationReport {
  const issues: ImportIssue[] = [...readerIssues];
  const perCode = new Map<string, number>();
  const fixable: Record<FixName, number> = { closeRings: 0, removeDuplicateVertices: 0, rewind: 0, selfIntersections: 0 };
  const isTable = (TABLE_NAMES as readonly string[]).includes(role);
  const kind = isTable ? 'row' : 'feature';
  const kindZh = isTable ? '行' : '个要素';
  const add = (severity: Severity, code: string, index: number | undefined, id: unknown, field: string | undefined, en: string, zh: string) => {
    const n = (perCode.get(code) ?? 0) + 1;
    perCode.set(code, n);
    if (n > MAX_PER_CODE) return;
    const idText = id === undefined ? '' : ` (id ${formatValue(id)})`;
    const row = index === undefined ? undefined : sheet?.rowNumbers[index];
    const where = index === undefined ? '' : row !== undefined ? ` sheet "${sheet!.name}", row ${row}${idText}` : csv ? ` row ${index + 2}${idText}` : ` ${kind} #${index + 1}${idText}`;
    const idZh = id === undefined ? '' : `（编号 ${formatValue(id)}）`;
    const whereZh = index === undefined ? '' : row !== undefined ? `工作表“${sheet!.name}”第 ${row} 行${idZh}` : csv ? `第 ${index + 2} 行${idZh}` : `第 ${index + 1} ${kindZh}${idZh}`;
    const fieldText = field ? `, field ${field}` : '';
    // The field by its Chinese name, with the schema's name for the mapping dialog: 字段 户数（households）.
    const labelZh = field ? fieldLabelZh(role, field) : '';
    const fieldZh = field ? `，字段 ${labelZh === field ? field : `${labelZh}（${field}）`}` : '';
    issues.push({
      severity, code, fileName, ...(index === undefined ? {} : { featureIndex: index }),
      ...(typeof id === 'string' || typeof id === 'number' ? { featureId: id } : {}), ...(field ? { field } : {}),
      // A file-wide problem (an empty layer) has no feature or field to name: no empty "::" slot.
      message: where || fieldText ? `${fileName}:${where}${fieldText}: ${en}` : `${fileName}: ${en}`,
      messageZh: whereZh || fieldZh ? `${fileName}：${`${whereZh}${fieldZh}`.replace(/^，/, '')}：${zh}` : `${fileName}：${zh}`,
    });
  };
  if (features.length === 0) add('error', 'EMPTY_LAYER', undefined, undefined, undefined, `the file holds no ${isTable ? 'rows' : 'features'}`, '文件中没有任何要素或记录');
  const schema = roleSchema(role);
  const seen = new Map<string, number>();
  features.forEach((feature, index) => {
    const properties = feature?.properties ?? {};
    const id = featureId(feature as { id?: string | number; properties?: Record<string, unknown> });
    const invalid = (feature as { invalid?: string }).invalid;
    if (invalid) { add('error', 'BAD_FEATURE', index, id, undefined, `not a GeoJSON Feature: ${invalid}`, `不是有效的 GeoJSON 要素：${(feature as { invalidZh?: string }).invalidZh ?? invalid}`); return; }
    if (!isTable) {
      const geometry = feature.geometry as Geometry | null;
      const allowed = LAYER_GEOMETRY[role as LayerName];
      if (geometry && typeof geometry.type === 'string' && GEOMETRY_TYPES.has(geometry.type) && !allowed.includes(geometry.type)) {
        add('error', 'WRONG_GEOMETRY_TYPE', index, id, undefined, `geometry is ${geometry.type}; the ${role} layer takes ${allowed.join(' or ')}`, `几何类型为 ${geometry.type}，该图层需要 ${allowed.join(' 或 ')}`);
      }
      const counted = new Set<FixName>();
      for (const problem of checkGeometry(geometry)) {
        add(problem.severity, problem.code, index, id, undefined, problem.en, problem.zh);
        if (problem.fix && !counted.has(problem.fix)) { fixable[problem.fix]++; counted.add(problem.fix); }
      }
    }
    const idField = role === 'surveys' ? 'communityId' : role === 'elevatorVotes' ? 'buildingId' : 'id';
    const idValue = properties[idField];
    if (idValue === undefined || idValue === null || idValue === '') {
      add('error', 'MISSING_ID', index, undefined, idField, `no ${idField}; every ${kind} needs one (map a column to ${idField} in the import dialog)`, `缺少 ${idField}（编号），请在导入对话框中指定编号列`);
    } else if (!isTable) {
      const key = `${typeof idValue}:${String(idValue)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        // The first use named as this row is named: a sheet's row, a CSV line, else the feature's place.
        const line = sheet ? sheet.rowNumbers[first] ?? first + 2 : csv ? first + 2 : undefined;
        const firstEn = line === undefined ? `feature #${first + 1}` : `row ${line}`;
        const firstZh = line === undefined ? `第 ${first + 1} 个要素` : `第 ${line} 行`;
        add('error', 'DUPLICATE_ID', index, idValue, 'id', `id ${formatValue(idValue)} is already used by ${firstEn}`, `编号 ${formatValue(idValue)} 与${firstZh}重复`);
      } else seen.set(key, index);
    }
    if (role === 'communities' && (properties.households === undefined || properties.households === null)) {
      add('warning', 'MISSING_HOUSEHOLDS', index, id, 'households', 'no households (户数); the parking analysis cannot run for this community', '缺少户数，停车分析无法计算该小区');
    }
    const parsed = schema.safeParse(properties);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        const field = problem.path.map(String).join('.') || undefined;
        if (field === idField && (idValue === undefined || idValue === null || idValue === '')) continue;
        const value = problem.path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key as string], properties);
        const text = fieldValueMessage(role, field ?? '', problem, value, formatValue(value));
        add('error', 'FIELD_INVALID', index, id, field, text.en, text.zh);
      }
    }
  });
  for (const [code, n] of perCode) {
    if (n > MAX_PER_CODE) {
      const severity = issues.find((i) => i.code === code)?.severity ?? 'error';
      issues.push({ severity, code, fileName, message: `${fileName}: ${n - MAX_PER_CODE} more ${code} problems not listed`, messageZh: `${fileName}：另有 ${n - MAX_PER_CODE} 个 ${code} 问题未列出` });
    }
  }
  const countOf = (severity: Severity) => issues.filter((i) => i.severity === severity).length + [...perCode].reduce((n, [code, count]) => n + (count > MAX_PER_CODE && issues.find((i) => i.code === code)?.severity === severity ? count - MAX_PER_CODE - 1 : 0), 0);
  return { fileName, role, featureCount: features.length, issues, errors: countOf('error'), warnings: countOf('warning'), fixable };
}

/** The first error as one line (the CLI's stderr reason), or undefined when there is none. */
export function firstError(report: Pick<ValidationReport, 'issues'>): ImportIssue | undefined {
  return report.issues.find((i) => i.severity === 'error');
}
