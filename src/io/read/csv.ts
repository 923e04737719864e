/**
 * CSV reader (UTF-8 with or without BOM, or GBK as Chinese Excel saves it): the text is split
 * into a header and rows here; rows-to-layer.ts makes the layer (geometry columns, CRS), the
 * same path the Excel reader takes. Values stay text; fields.ts converts them.
 */
import Papa from 'papaparse';
import { err, type Result } from '../../model/types';
import { decodeText } from '../text';
import { importError, issue, type ImportError, type InputFile, type RawLayer, type ReadOptions } from '../types';
import { layerFromRows } from './rows-to-layer';

export async function readCsv(file: InputFile, options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>> {
  const { text, encoding } = decodeText(file.bytes);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '');
  if (!columns.length) {
    return err([importError('EMPTY_CSV', file.name, `${file.name}: no header row; the first line must name the columns`, `${file.name}：缺少表头，第一行应为列名`)]);
  }
  const warnings = parsed.errors.slice(0, 20).map((e) => issue('warning', 'CSV_ROW', file.name,
    `${file.name}: row ${(e.row ?? 0) + 2}: ${e.message}`, `${file.name}：第 ${(e.row ?? 0) + 2} 行：${e.message}`, { featureIndex: e.row }));
  return layerFromRows({ fileName: file.name, format: 'csv', encoding, columns, rows: parsed.data, issues: warnings }, options);
}
