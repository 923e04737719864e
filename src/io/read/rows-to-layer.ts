/**
 * From a header and rows of text to a RawLayer: the one path the CSV and Excel readers share
 * for the geometry columns (longitude/latitude or WKT), the CRS and the reader's messages.
 * Points come from longitude/latitude columns, any geometry from a WKT column, or there is no
 * geometry at all (the surveys and elevator-votes tables). Values stay text; fields.ts
 * converts them, so a workbook and the same table saved as CSV read alike.
 */
import { ok, type Result } from '../../model/types';
import { normaliseColumnName } from '../../model/aliases';
import { issue, type ImportError, type ImportIssue, type RawFeature, type RawLayer, type ReadOptions, type SheetInfo } from '../types';
import { crsFromOption, toWgs84 } from './coordinates';
import { parseWkt } from './wkt';

const LON_NAMES = ['经度', 'lon', 'lng', 'long', 'longitude', 'x', 'x坐标', '东经'];
const LAT_NAMES = ['纬度', 'lat', 'latitude', 'y', 'y坐标', '北纬'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'thegeom', 'shape', '几何', '空间信息'];

function findColumn(columns: string[], names: string[]): string | undefined {
  return columns.find((column) => names.includes(normaliseColumnName(column)));
}

/** Parses "120.15", "120,15" (decimal comma) or "120°9'0\"" into a number; NaN if not. */
export function parseCoordinate(text: unknown): number {
  const value = String(text ?? '').trim();
  if (!value) return NaN;
  const dms = /^(-?\d+(?:\.\d+)?)[°度]\s*(?:(\d+(?:\.\d+)?)['′分]\s*)?(?:(\d+(?:\.\d+)?)["″秒]?)?\s*[NEne]?$/.exec(value);
  if (dms && /[°度]/.test(value)) return Number(dms[1]) + Number(dms[2] ?? 0) / 60 + Number(dms[3] ?? 0) / 3600;
  return Number(/^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value);
}

export interface RowsInput {
  fileName: string;
  format: RawLayer['format'];
  encoding: string;
  /** Column names in file order; '' columns are left out. */
  columns: string[];
  /** One record of text per data row, under the column names. */
  rows: Record<string, string | undefined>[];
  /** The workbook sheet the rows came from (Excel only): names the row in messages. */
  sheet?: SheetInfo;
  /** Issues the reader found before (a malformed CSV line, the sheets left out). */
  issues?: ImportIssue[];
}

/** "row 5" / "第 5 行" for CSV (line of the file), "sheet 意愿, row 5" / "工作表“意愿”第 5 行" for Excel. */
export function rowPlace(index: number, sheet: SheetInfo | undefined): { en: string; zh: string } {
  if (!sheet) return { en: `row ${index + 2}`, zh: `第 ${index + 2} 行` };
  const row = sheet.rowNumbers[index] ?? index + 2;
  return { en: `sheet "${sheet.name}", row ${row}`, zh: `工作表“${sheet.name}”第 ${row} 行` };
}

export function layerFromRows(input: RowsInput, options: ReadOptions = {}): Result<RawLayer, ImportError[]> {
  const { fileName, rows, sheet } = input;
  const columns = input.columns.filter((c) => c !== '');
  const warnings: ImportIssue[] = [...(input.issues ?? [])];
  const lonColumn = findColumn(columns, LON_NAMES);
  const latColumn = findColumn(columns, LAT_NAMES);
  const wktColumn = findColumn(columns, WKT_NAMES);
  const geometryColumns = new Set([lonColumn, latColumn, wktColumn].filter(Boolean));
  const features: RawFeature[] = [];
  let srid: number | undefined;
  rows.forEach((row, index) => {
    const properties: Record<string, unknown> = {};
    for (const column of columns) if (!geometryColumns.has(column)) properties[column] = row[column];
    let geometry: RawFeature['geometry'] = null;
    const wkt = wktColumn ? String(row[wktColumn] ?? '') : '';
    if (wktColumn && wkt.trim()) {
      const read = parseWkt(wkt);
      if (read) { geometry = read.geometry; srid ??= read.srid; } else {
        const place = rowPlace(index, sheet);
        warnings.push(issue('error', 'BAD_WKT', fileName, `${fileName}: ${place.en}, field ${wktColumn}: "${wkt.slice(0, 40)}" is not WKT`,
          `${fileName}：${place.zh}字段 ${wktColumn}：“${wkt.slice(0, 40)}” 不是有效的 WKT`, { featureIndex: index, field: wktColumn }));
      }
    } else if (lonColumn && latColumn && (String(row[lonColumn] ?? '').trim() || String(row[latColumn] ?? '').trim())) {
      geometry = { type: 'Point', coordinates: [parseCoordinate(row[lonColumn]), parseCoordinate(row[latColumn])] };
    }
    features.push({ type: 'Feature', geometry, properties });
  });
  const hasGeometry = Boolean(wktColumn || (lonColumn && latColumn));
  // An EWKT SRID is the file's own CRS: it wins over --crs, as a .prj does.
  const fromSrid = srid ? crsFromOption(fileName, `EPSG:${srid}`) : undefined;
  if (fromSrid && !fromSrid.ok) return fromSrid;
  const projected = toWgs84(fileName, features, fromSrid?.value, options);
  if (!projected.ok) return projected;
  return ok({
    fileName, format: input.format, features: projected.value.features,
    columns: columns.filter((c) => !geometryColumns.has(c)), hasGeometry, crs: hasGeometry ? projected.value.crs : { source: 'none', from: 'none', reprojected: false },
    encoding: input.encoding, issues: [...warnings, ...projected.value.issues], ...(sheet ? { sheet } : {}),
  });
}
