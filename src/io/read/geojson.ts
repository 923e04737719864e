/**
 * GeoJSON reader: FeatureCollection, a single Feature or a bare geometry. Malformed JSON is
 * reported with line and column; structure that is not GeoJSON is refused with what was found.
 * Per-feature geometry problems are left to validate.ts so they are reported feature by feature.
 */
import { err, ok, type Result } from '../../model/types';
import { decodeText } from '../text';
import { importError, type ImportError, type InputFile, type RawFeature, type RawLayer, type ReadOptions } from '../types';
import { crsDefinition } from '../crs';
import { toWgs84, type KnownCrs } from './coordinates';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with an error that says where, whatever engine wrote the message. */
export function parseJson(fileName: string, text: string): Result<unknown, ImportError[]> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const raw = (error as Error).message;
    let where: { line: number; column: number } | undefined;
    const lineCol = /line (\d+) column (\d+)/i.exec(raw);
    const position = /position (\d+)/i.exec(raw);
    if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    else if (position) where = lineAndColumn(text, Number(position[1]));
    else if (/end of (JSON )?input|Unterminated/i.test(raw)) where = lineAndColumn(text, text.length);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    const atZh = where ? `第 ${where.line} 行第 ${where.column} 列` : '';
    const reason = raw.replace(/^JSON\.parse: /, '').split('\n')[0].slice(0, 120);
    return err([importError('MALFORMED_JSON', fileName, `${fileName}: malformed JSON${at} (${reason})`, `${fileName}：JSON 格式错误${atZh ? '，位于' + atZh : ''}`)]);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was found instead of GeoJSON, in English and Chinese. */
function describe(value: unknown): { en: string; zh: string } {
  if (Array.isArray(value)) return { en: 'an array', zh: '数组' };
  if (value === null) return { en: 'null', zh: '空值 null' };
  if (isObject(value)) {
    return typeof value.type === 'string'
      ? { en: `an object of type "${value.type}"`, zh: `类型为 “${value.type}” 的对象` }
      : { en: 'an object without "type"', zh: '没有 “type” 成员的对象' };
  }
  const zh: Record<string, string> = { string: '字符串', number: '数字', boolean: '布尔值', undefined: '空' };
  return { en: `a ${typeof value}`, zh: zh[typeof value] ?? typeof value };
}

/** Turns parsed JSON into features, or says why it is not GeoJSON. */
export function featuresFromJson(fileName: string, json: unknown): Result<RawFeature[], ImportError[]> {
  const notGeoJson = (found: { en: string; zh: string }) => err([importError('NOT_GEOJSON', fileName,
    `${fileName}: not GeoJSON (expected a FeatureCollection, Feature or geometry; found ${found.en})`,
    `${fileName}：不是 GeoJSON（应为 FeatureCollection、Feature 或几何对象，实际为${found.zh}）`)]);
  if (!isObject(json)) return notGeoJson(describe(json));
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return notGeoJson({ en: 'a FeatureCollection whose "features" is not an array', zh: '“features” 不是数组的 FeatureCollection' });
    return ok(json.features.map((feature) => normaliseFeature(feature)));
  }
  if (json.type === 'Feature') return ok([normaliseFeature(json)]);
  if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) {
    return ok([{ type: 'Feature', geometry: json as unknown as RawFeature['geometry'], properties: {} }]);
  }
  return notGeoJson(describe(json));
}

/**
 * Keeps the feature as found (validate.ts checks it) but gives it a properties object and
 * copies a top-level id into properties.id, which is where the schema looks.
 */
function normaliseFeature(value: unknown): RawFeature {
  if (!isObject(value)) {
    const found = describe(value);
    return { type: 'Feature', geometry: null, properties: {}, ...{ invalid: found.en, invalidZh: found.zh } } as RawFeature;
  }
  const properties = isObject(value.properties) ? { ...value.properties } : {};
  if (properties.id === undefined && (typeof value.id === 'string' || typeof value.id === 'number')) properties.id = value.id;
  // Why it is not a Feature, in both languages (validate.ts reports it as BAD_FEATURE).
  const feature = { ...value, properties } as unknown as RawFeature & { invalid?: string; invalidZh?: string };
  if (value.type !== 'Feature') {
    feature.invalid = `"type" is ${JSON.stringify(value.type)}, not "Feature"`;
    feature.invalidZh = `“type” 为 ${JSON.stringify(value.type)}，应为 “Feature”`;
  } else if (value.properties !== undefined && value.properties !== null && !isObject(value.properties)) {
    feature.invalid = `"properties" is ${describe(value.properties).en}`;
    feature.invalidZh = `“properties” 是${describe(value.properties).zh}，应为对象`;
  } else if (value.geometry === undefined) {
    feature.invalid = 'no "geometry" member';
    feature.invalidZh = '缺少 “geometry” 成员';
  }
  return feature;
}

/** The pre-RFC 7946 "crs" member ("urn:ogc:def:crs:EPSG::4549") that QGIS and ArcGIS still write. */
function declaredCrs(json: unknown): KnownCrs | undefined {
  if (!isObject(json) || !isObject(json.crs) || !isObject(json.crs.properties)) return undefined;
  const name = String(json.crs.properties.name ?? '');
  if (/CRS84$/i.test(name)) return undefined;
  const match = /EPSG:{1,2}(\d+)$/i.exec(name);
  const definition = match ? crsDefinition(match[1]) : undefined;
  return definition ? { code: definition.code, proj4: definition.proj4, geographic: definition.geographic } : undefined;
}

export function columnsOf(features: RawFeature[]): string[] {
  const seen = new Set<string>();
  for (const feature of features) for (const key of Object.keys(feature.properties ?? {})) seen.add(key);
  return [...seen];
}

export async function readGeoJson(file: InputFile, options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>> {
  const { text, encoding } = decodeText(file.bytes);
  return readGeoJsonText(file.name, text, encoding, options);
}

/**
 * The reader after decoding: the CLI's data-folder reader decodes a file itself (to say "too
 * large" of a file V8 cannot hold as one string) and then reads it here, as the importer does.
 */
export function readGeoJsonText(fileName: string, text: string, encoding: string, options: ReadOptions = {}): Result<RawLayer, ImportError[]> {
  const parsed = parseJson(fileName, text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const found = featuresFromJson(fileName, parsed.value);
  if (!found.ok) return found;
  const projected = toWgs84(fileName, found.value, declaredCrs(parsed.value), options);
  if (!projected.ok) return projected;
  const features = projected.value.features;
  return ok({
    fileName, format: 'geojson', features, columns: columnsOf(features),
    hasGeometry: true, crs: projected.value.crs, encoding, issues: projected.value.issues,
  });
}
