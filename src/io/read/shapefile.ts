/**
 * Shapefile reader: a .zip holding .shp/.dbf/.prj/.cpg/.shx, or the loose parts. Geometry is
 * parsed by shpjs (raw coordinates, no reprojection); attributes by our own .dbf reader so the
 * encoding (.cpg, else UTF-8 vs GBK detection) is under our control; the .prj by crs.ts.
 * A Shapefile without .prj is refused unless the caller gives the CRS (DESIGN §6).
 */
import { unzipSync } from 'fflate';
import { parseShp } from 'shpjs';
import type { Geometry, Position } from 'geojson';
import { signedArea2 } from '../geometry-checks';
import { err, ok, type Result } from '../../model/types';
import { guessProjectedCrs, identifyPrj, looksProjected } from '../crs';
import { baseName, decodeText, extensionOf, fixZipEntryName } from '../text';
import { importError, issue, type ImportError, type InputFile, type RawFeature, type RawLayer, type ReadOptions } from '../types';
import { samplePositions, toWgs84 } from './coordinates';
import { readDbf } from './dbf';

/** The parts of one Shapefile, by extension. */
export interface ShapefileParts {
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
  shx?: Uint8Array;
  /** The parts came out of a zip (a missing part is added to the zip, not given beside it). */
  inZip?: boolean;
}

/** Groups files (loose or from a zip) into Shapefiles by their base name. */
export function groupShapefileParts(files: InputFile[]): ShapefileParts[] {
  const groups = new Map<string, ShapefileParts>();
  for (const file of files) {
    if (file.name.includes('__MACOSX')) continue;
    const extension = extensionOf(file.name);
    if (!['shp', 'dbf', 'prj', 'cpg', 'shx'].includes(extension)) continue;
    const key = file.name.slice(0, file.name.length - extension.length - 1).toLowerCase();
    const group = groups.get(key) ?? { name: `${baseName(file.name)}.shp` };
    (group as unknown as Record<string, Uint8Array>)[extension] = file.bytes;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Expands a zip into its files; a broken zip is an error naming it. */
export function unzipFiles(file: InputFile): Result<InputFile[], ImportError[]> {
  try {
    const entries = unzipSync(file.bytes);
    return ok(Object.entries(entries)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, bytes]) => ({ name: fixZipEntryName(name), bytes })));
  } catch (error) {
    return err([importError('BAD_ZIP', file.name, `${file.name}: not a readable zip file (${(error as Error).message})`, `${file.name}：不是有效的 zip 压缩包`)]);
  }
}

/** Reads a zipped Shapefile; a zip with several Shapefiles gives several layers. */
export async function readShapefileZip(file: InputFile, options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>[]> {
  const files = unzipFiles(file);
  if (!files.ok) return [files];
  const groups = groupShapefileParts(files.value);
  if (!groups.some((group) => group.shp)) {
    const found = files.value.map((f) => f.name).join(', ') || 'nothing';
    return [err([importError('NO_SHP', file.name, `${file.name}: the zip holds no .shp file (found: ${found})`, `${file.name}：压缩包中没有 .shp 文件（包含：${found}）`)])];
  }
  const several = groups.filter((group) => group.shp).length > 1;
  return groups.filter((group) => group.shp).map((group) => readShapefile({ ...group, name: several ? `${file.name}/${group.name}` : file.name, inZip: true }, options));
}

export function readShapefile(parts: ShapefileParts, options: ReadOptions = {}): Result<RawLayer, ImportError[]> {
  const fileName = parts.name;
  if (!parts.shp) return err([importError('NO_SHP', fileName, `${fileName}: the .shp part is missing`, `${fileName}：缺少 .shp 文件`)]);
  if (!parts.dbf) {
    // Loose parts: the .dbf goes beside the .shp (named with it on the command line, dropped with it in the dialog).
    const dbf = fileName.replace(/\.shp$/i, '.dbf');
    const advice = parts.inZip ? { en: 'add the .dbf to the zip', zh: '请将 .dbf 一并打包' } : { en: `give ${dbf} with it (both files at once)`, zh: `请同时选择 ${dbf}` };
    return err([importError('NO_DBF', fileName, `${fileName}: the .dbf part is missing, so the features have no attributes (id); ${advice.en}`, `${fileName}：缺少 .dbf 文件，要素没有属性（编号），${advice.zh}`)]);
  }
  let fromPrj: ReturnType<typeof identifyPrj>;
  if (parts.prj) {
    const wkt = decodeText(parts.prj).text;
    fromPrj = identifyPrj(wkt);
    if (!fromPrj && !options.crs) {
      return err([importError('UNKNOWN_PRJ', fileName, `${fileName}: the .prj (${wkt.slice(0, 60)}…) is not a CRS this app can read; give the CRS (--crs EPSG:NNNN, or choose it in the import dialog)`, `${fileName}：无法识别 .prj 坐标系，请指定坐标系（--crs EPSG:NNNN 或在导入对话框中选择）`)]);
    }
  }
  const geometries = parseGeometries(fileName, parts.shp);
  if (!geometries.ok) return geometries;
  if (!parts.prj && !options.crs) {
    const sample = samplePositions(geometries.value.map((geometry) => ({ type: 'Feature', geometry, properties: {} })));
    const guess = looksProjected(sample) ? guessProjectedCrs(sample) : undefined;
    const likely = guess ? ` The numbers suggest ${guess.code} (${guess.reason}).` : '';
    return err([importError('NO_PRJ', fileName, `${fileName}: no .prj, so its coordinate system is unknown; give the CRS (--crs EPSG:NNNN, e.g. EPSG:4549 for CGCS2000 3-degree GK 120°E, or choose it in the import dialog).${likely}`, `${fileName}：缺少 .prj 文件，坐标系未知；请在导入对话框的“坐标系”中选择（如 EPSG:4549，CGCS2000 3度带 120°E），命令行则用 --crs EPSG:NNNN 指定。${guess ? `坐标数值看起来是 ${guess.code}。` : ''}`)]);
  }
  let table;
  try {
    table = readDbf(parts.dbf, parts.cpg ? decodeText(parts.cpg).text : undefined);
  } catch (error) {
    return err([importError('BAD_DBF', fileName, `${fileName}: the .dbf cannot be read (${(error as Error).message})`, `${fileName}：.dbf 文件无法读取`)]);
  }
  const warnings = [];
  if (table.records.length !== geometries.value.length) {
    warnings.push(issue('warning', 'DBF_COUNT_MISMATCH', fileName,
      `${fileName}: the .shp has ${geometries.value.length} shapes but the .dbf ${table.records.length} records; they are matched by position`,
      `${fileName}：.shp 有 ${geometries.value.length} 个图形，.dbf 有 ${table.records.length} 条记录，按顺序对应`));
  }
  const cpg = parts.cpg ? decodeText(parts.cpg).text.trim() : undefined;
  if (cpg && table.encodingFrom !== 'cpg') {
    // A .cpg that names no encoding known here: said as such, not as a missing .cpg.
    warnings.push(issue('warning', 'UNKNOWN_CPG', fileName,
      `${fileName}: the .cpg says "${cpg.slice(0, 40)}", not an encoding known here; the .dbf text was read as ${table.encoding.toUpperCase()}`,
      `${fileName}：.cpg 中的编码“${cpg.slice(0, 40)}”无法识别，.dbf 文本按 ${table.encoding.toUpperCase()} 编码读取`));
  } else if (table.encodingFrom === 'detected' && table.encoding === 'gbk') {
    warnings.push(issue('warning', 'ENCODING_GBK', fileName, `${fileName}: no .cpg; the .dbf text was read as GBK (it is not valid UTF-8)`, `${fileName}：缺少 .cpg，.dbf 文本按 GBK 编码读取`));
  }
  const count = Math.max(geometries.value.length, table.records.length);
  const features: RawFeature[] = [];
  for (let i = 0; i < count; i++) {
    features.push({ type: 'Feature', geometry: toRfc7946Winding(geometries.value[i] ?? null), properties: { ...(table.records[i] ?? {}) } });
  }
  const projected = toWgs84(fileName, features, fromPrj, options);
  if (!projected.ok) return projected;
  return ok({
    fileName, format: 'shapefile', features: projected.value.features, columns: table.fields.map((field) => field.name),
    hasGeometry: true, crs: projected.value.crs, encoding: table.encoding, issues: [...warnings, ...projected.value.issues],
  });
}

function parseGeometries(fileName: string, shp: Uint8Array): Result<(Geometry | null)[], ImportError[]> {
  if (shp.length < 100) {
    return err([importError('BAD_SHP', fileName, `${fileName}: the .shp is ${shp.length} bytes, shorter than its 100-byte header (empty or cut off)`, `${fileName}：.shp 文件不完整（${shp.length} 字节）`)]);
  }
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (view.getInt32(0) !== 9994) {
    return err([importError('BAD_SHP', fileName, `${fileName}: the .shp does not start with the Shapefile signature`, `${fileName}：.shp 文件格式错误`)]);
  }
  if (view.getInt32(32, true) === 0 || shp.length === 100) return ok([]); // null-shape or record-less file: an empty layer
  try {
    return ok(parseShp(shp));
  } catch (error) {
    return err([importError('BAD_SHP', fileName, `${fileName}: the .shp cannot be read (${(error as Error).message})`, `${fileName}：.shp 文件无法读取`)]);
  }
}

/** Shapefiles wind outer rings clockwise; RFC 7946 wants the opposite. A format rule, not a data fault, so no report. */
function toRfc7946Winding(geometry: Geometry | null): Geometry | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return geometry;
  const fix = (rings: Position[][]) => rings.map((ring, i) => ((i === 0) === (signedArea2(ring) < 0) ? [...ring].reverse() : ring));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}
