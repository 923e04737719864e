/**
 * Where an imported table's rows came from. The app keeps each table as CSV text
 * (surveys.csv, elevator_votes.csv: what the worker's engine reads), so a row the analysis
 * names ("unmatched: row 7") is a row of that text. The planner's file was another, often a
 * workbook with a title row above the header: the manifest keeps, per table, the file's name,
 * the sheet and the sheet row of each stored row, so the message names the row they can find.
 * Saved and undone with the dataset, as the rest of the manifest.
 */
import type { Dataset } from './dataset';

export const TABLE_SOURCES_KEY = 'tableSources';

export interface TableSource {
  fileName: string;
  /** An Excel file's sheet. */
  sheet?: string;
  /** The file's own row (1-based, as Excel or a text editor numbers it) of each stored row, in order. */
  rows?: number[];
}

export type TableSources = Record<string, TableSource>;

/** The sources kept in the manifest, by stored table file (surveys.csv…); malformed entries left out. */
export function tableSourcesOf(manifest: Dataset['manifest']): TableSources {
  const listed = manifest?.[TABLE_SOURCES_KEY];
  if (!listed || typeof listed !== 'object') return {};
  const sources: TableSources = {};
  for (const [table, source] of Object.entries(listed as Record<string, unknown>)) {
    const { fileName, sheet, rows } = (source ?? {}) as Partial<TableSource>;
    if (typeof fileName !== 'string') continue;
    sources[table] = {
      fileName,
      ...(typeof sheet === 'string' ? { sheet } : {}),
      ...(Array.isArray(rows) && rows.every((row) => Number.isInteger(row)) ? { rows } : {}),
    };
  }
  return sources;
}

/** The manifest with `imported` tables' sources replacing theirs (a table imported from nowhere known drops its old source). */
export function withTableSources(manifest: Dataset['manifest'], importedTables: string[], imported: TableSources): Dataset['manifest'] {
  if (!importedTables.length) return manifest;
  const sources = tableSourcesOf(manifest);
  for (const table of importedTables) {
    if (imported[table]) sources[table] = imported[table];
    else delete sources[table];
  }
  const { [TABLE_SOURCES_KEY]: _old, ...rest } = manifest ?? {};
  if (Object.keys(sources).length) return { ...rest, [TABLE_SOURCES_KEY]: sources };
  return Object.keys(rest).length ? rest : null;
}

/**
 * Where a stored table's row is, in the words of a message: 居民意愿.xlsx 工作表“调查”第 7 行, or
 * surveys.csv 第 5 行 for a table of no known source (the demo's). `row` is the stored CSV's
 * line (the header is line 1).
 */
export function rowPlace(table: string, row: number, sources: TableSources, zh: boolean): string {
  const source = sources[table];
  if (!source) return zh ? `${table} 第 ${row} 行` : `${table} row ${row}`;
  const sourceRow = source.rows?.[row - 2] ?? row;
  if (source.sheet !== undefined) return zh ? `${source.fileName} 工作表“${source.sheet}”第 ${sourceRow} 行` : `${source.fileName}, sheet "${source.sheet}", row ${sourceRow}`;
  return zh ? `${source.fileName} 第 ${sourceRow} 行` : `${source.fileName} row ${sourceRow}`;
}

/**
 * An imported table file's source: its name and, for a workbook, the sheet and the sheet row of
 * each record (the records are stored in the same order; a CSV's record n is its line n + 1, as
 * the stored text's, so it needs no list).
 */
export function sourceOfImport(file: { fileName: string; features: readonly unknown[]; raw?: { sheet?: { name: string; rowNumbers: number[] } } }): TableSource {
  const sheet = file.raw?.sheet;
  if (!sheet) return { fileName: file.fileName };
  return { fileName: file.fileName, sheet: sheet.name, ...(sheet.rowNumbers.length === file.features.length ? { rows: sheet.rowNumbers } : {}) };
}
