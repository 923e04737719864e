/**
 * One way in for every file: `readFile` for a single layer (a GeoJSON, a CSV, an Excel workbook, a zipped
 * Shapefile or its loose parts) and `readInputs` for whatever a user dropped at once. The size
 * limit is checked before any byte is parsed; callers that know the size before loading the
 * bytes (File.size, fs.stat) call `checkFileSize` first and never load a 200 MB file.
 */
import { err, type Result } from '../../model/types';
import { extensionOf } from '../text';
import { importError, type ImportError, type InputFile, type RawLayer, type ReadOptions } from '../types';
import { readCsv } from './csv';
import { readGeoJson } from './geojson';
import { groupShapefileParts, readShapefile, readShapefileZip } from './shapefile';
import { readXlsx } from './xlsx';

export { readCsv, readGeoJson, readShapefile, readShapefileZip, readXlsx };

import { checkFileSize } from '../file-size';
export { MAX_FILE_BYTES, checkFileSize } from '../file-size';

const SHAPEFILE_PARTS = ['shp', 'dbf', 'prj', 'cpg', 'shx', 'sbn', 'sbx', 'qpj', 'xml'];

/** Reads one layer. Several files must be the parts of one Shapefile. */
export async function readFile(input: InputFile | InputFile[], options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>> {
  const files = Array.isArray(input) ? input : [input];
  const tooLarge = files.map((file) => checkFileSize(file.name, file.bytes.length, options.maxBytes)).filter((e): e is ImportError => Boolean(e));
  if (tooLarge.length) return err(tooLarge);
  if (files.length === 0) return err([importError('NO_FILE', '', 'no file given', '未选择文件')]);
  if (files.length > 1) {
    const [first] = groupShapefileParts(files);
    const name = files.map((f) => f.name).join(', ');
    if (!first) return err([importError('UNKNOWN_FORMAT', name, `${name}: several files are read together only as the parts of one Shapefile`, `${name}：多个文件只能作为同一个 Shapefile 的组成部分一起读取`)]);
    return readShapefile(first, options);
  }
  const [file] = files;
  const extension = extensionOf(file.name);
  if (extension === 'geojson' || extension === 'json') return readGeoJson(file, options);
  if (extension === 'csv' || extension === 'txt') return readCsv(file, options);
  // .xls too: the reader tells an old workbook (or a password-protected .xlsx) to be saved as .xlsx.
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') return readXlsx(file, options);
  if (extension === 'zip') {
    const layers = await readShapefileZip(file, options);
    return layers[0];
  }
  if (extension === 'shp' || extension === 'dbf') return readShapefile({ ...groupShapefileParts([file])[0], name: file.name }, options);
  if (file.bytes[0] === 0x7b || file.bytes[0] === 0x5b) return readGeoJson(file, options); // "{" or "[": JSON under another name
  return err([importError('UNKNOWN_FORMAT', file.name,
    `${file.name}: unknown file type ".${extension}"; import GeoJSON (.geojson/.json), a zipped Shapefile (.zip), CSV (.csv) or Excel (.xlsx)`,
    `${file.name}：不支持的文件类型 “.${extension}”；请导入 GeoJSON、zip 打包的 Shapefile、CSV 或 Excel（.xlsx）`)]);
}

export interface ReadOutcome {
  fileName: string;
  result: Result<RawLayer, ImportError[]>;
}

/**
 * Reads everything a user dropped: loose Shapefile parts are grouped by base name, a zip with
 * several Shapefiles gives several layers, every other file is read on its own.
 */
export async function readInputs(files: InputFile[], options: ReadOptions = {}): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  const loose = files.filter((file) => SHAPEFILE_PARTS.includes(extensionOf(file.name)));
  const looseTooLarge = loose.map((file) => checkFileSize(file.name, file.bytes.length, options.maxBytes)).filter((e): e is ImportError => Boolean(e));
  for (const group of groupShapefileParts(loose)) {
    outcomes.push({ fileName: group.name, result: looseTooLarge.length ? err(looseTooLarge) : readShapefile(group, options) });
  }
  for (const file of files) {
    if (SHAPEFILE_PARTS.includes(extensionOf(file.name))) continue;
    if (extensionOf(file.name) === 'zip' && !checkFileSize(file.name, file.bytes.length, options.maxBytes)) {
      for (const result of await readShapefileZip(file, options)) outcomes.push({ fileName: result.ok ? result.value.fileName : file.name, result });
      continue;
    }
    outcomes.push({ fileName: file.name, result: await readFile(file, options) });
  }
  return outcomes;
}
