/**
 * CSV reader (UTF-8 with or without BOM, or GBK as Chinese Excel saves it): points from
 * longitude/latitude columns, any geometry from a WKT column, or no geometry at all (the
 * surveys and elevator-votes tables). Values stay text; fields.ts converts them.
 */
import Papa from 'papaparse';
import { err, ok, type Result } from '../../model/types';
import { normaliseColumnName } from '../../model/aliases';
import { decodeText } from '../text';
import { importError, issue, type ImportError, type ImportIssue, type InputFile, type RawFeature, type RawLayer, type ReadOptions } from '../types';
import { crsFromOption, toWgs84 } from './coordinates';
import { parseWkt } from './wkt';

const LON_NAMES = ['经度', 'lon', 'lng', 'long', 'longitude', 'x', 'x坐标', '东经'];
const LAT_NAMES = ['纬度', 'lat', 'latitude', 'y', 'y坐标', '北纬'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'thegeom', 'shape', '几何', '空间信息'];

function findColumn(columns: string[], names: string[]): string | undefined {
  return columns.find((column) => names.includes(normaliseColumnName(column)));
}

/** Parses "120.15", "120,15" (decimal comma) or "120°9'0\"" into a number; NaN if not. */
function parseCoordinate(text: unknown): number {
  const value = String(text ?? '').trim();
  if (!value) return NaN;
  const dms = /^(-?\d+(?:\.\d+)?)[°度]\s*(?:(\d+(?:\.\d+)?)['′分]\s*)?(?:(\d+(?:\.\d+)?)["″秒]?)?\s*[NEne]?$/.exec(value);
  if (dms && /[°度]/.test(value)) return Number(dms[1]) + Number(dms[2] ?? 0) / 60 + Number(dms[3] ?? 0) / 3600;
  return Number(/^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value);
}

export async function readCsv(file: InputFile, options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>> {
  const { text, encoding } = decodeText(file.bytes);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '');
  if (!columns.length) {
    return err([importError('EMPTY_CSV', file.name, `${file.name}: no header row; the first line must name the columns`, `${file.name}：缺少表头，第一行应为列名`)]);
  }
  const warnings: ImportIssue[] = parsed.errors.slice(0, 20).map((e) => issue('warning', 'CSV_ROW', file.name,
    `${file.name}: row ${(e.row ?? 0) + 2}: ${e.message}`, `${file.name}：第 ${(e.row ?? 0) + 2} 行：${e.message}`, { featureIndex: e.row }));
  const lonColumn = findColumn(columns, LON_NAMES);
  const latColumn = findColumn(columns, LAT_NAMES);
  const wktColumn = findColumn(columns, WKT_NAMES);
  const geometryColumns = new Set([lonColumn, latColumn, wktColumn].filter(Boolean));
  const features: RawFeature[] = [];
  let srid: number | undefined;
  parsed.data.forEach((row, index) => {
    const properties: Record<string, unknown> = {};
    for (const column of columns) if (!geometryColumns.has(column)) properties[column] = row[column];
    let geometry: RawFeature['geometry'] = null;
    if (wktColumn && row[wktColumn]?.trim()) {
      const read = parseWkt(row[wktColumn]);
      if (read) { geometry = read.geometry; srid ??= read.srid; } else {
        warnings.push(issue('error', 'BAD_WKT', file.name, `${file.name}: row ${index + 2}, field ${wktColumn}: "${row[wktColumn].slice(0, 40)}" is not WKT`,
          `${file.name}：第 ${index + 2} 行字段 ${wktColumn}：“${row[wktColumn].slice(0, 40)}” 不是有效的 WKT`, { featureIndex: index, field: wktColumn }));
      }
    } else if (lonColumn && latColumn && (String(row[lonColumn] ?? '').trim() || String(row[latColumn] ?? '').trim())) {
      geometry = { type: 'Point', coordinates: [parseCoordinate(row[lonColumn]), parseCoordinate(row[latColumn])] };
    }
    features.push({ type: 'Feature', geometry, properties });
  });
  const hasGeometry = Boolean(wktColumn || (lonColumn && latColumn));
  // An EWKT SRID is the file's own CRS: it wins over --crs, as a .prj does.
  const fromSrid = srid ? crsFromOption(file.name, `EPSG:${srid}`) : undefined;
  if (fromSrid && !fromSrid.ok) return fromSrid;
  const projected = toWgs84(file.name, features, fromSrid?.value, options);
  if (!projected.ok) return projected;
  return ok({
    fileName: file.name, format: 'csv', features: projected.value.features,
    columns: columns.filter((c) => !geometryColumns.has(c)), hasGeometry, crs: hasGeometry ? projected.value.crs : { source: 'none', from: 'none', reprojected: false },
    encoding, issues: [...warnings, ...projected.value.issues],
  });
}
