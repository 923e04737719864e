/**
 * CSV writer for tables and for layer attributes: UTF-8 with a BOM so Excel opens Chinese
 * headers correctly; headers in Chinese (the field's first Chinese alias) unless asked not to,
 * so a file exported here re-imports through the same aliases.
 */
import Papa from 'papaparse';
import { chineseValue, fieldAliases } from '../fields';
import type { Role } from '../types';

/** The Chinese header for a field: its first alias with a CJK character, else the field. */
export function chineseHeader(role: Role, field: string): string {
  const alias = fieldAliases(role)[field]?.find((name) => /[\u4e00-\u9fff]/.test(name));
  return alias ?? field;
}

function cell(value: unknown): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、');
  return JSON.stringify(value);
}

export interface CsvOptions {
  /** Layer or table the rows belong to (for Chinese headers). */
  role?: Role;
  /** Write Chinese headers (default true when a role is given). */
  chineseHeaders?: boolean;
  /** Column order; default: first appearance. */
  columns?: string[];
  /** Put a ' before text starting with = + - @ (Papa's escapeFormulae): a file's own text must not run as an Excel formula. */
  escapeFormulae?: boolean;
  /** Start with a UTF-8 BOM so Excel reads the text as UTF-8 (default true). */
  bom?: boolean;
}

/** An imported table's rows (features without geometry) as the CSV text the app keeps tables in: English field names. */
export const tableCsv = (features: readonly { properties?: Record<string, unknown> | null }[]) =>
  csvText(features.map((feature) => feature.properties ?? {}), { chineseHeaders: false });

export function csvText(rows: Record<string, unknown>[], options: CsvOptions = {}): string {
  const columns = options.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const useChinese = options.chineseHeaders ?? Boolean(options.role);
  const seen = new Set<string>();
  const headers = columns.map((column) => {
    let header = useChinese && options.role ? chineseHeader(options.role, column) : column;
    if (seen.has(header)) header = column; // two fields sharing an alias keep their own names
    seen.add(header);
    return header;
  });
  // Chinese headers, Chinese values: 准物业, not quasi (chineseValue; the importer reads both).
  const value = useChinese && options.role ? (row: Record<string, unknown>, column: string) => chineseValue(options.role!, column, row[column]) : (row: Record<string, unknown>, column: string) => row[column];
  return Papa.unparse({ fields: headers, data: rows.map((row) => columns.map((column) => cell(value(row, column)))) }, { newline: '\r\n', escapeFormulae: options.escapeFormulae ?? false }) + '\r\n';
}

/** CSV bytes, with a UTF-8 BOM unless `bom: false`. */
export function writeCsv(rows: Record<string, unknown>[], options: CsvOptions = {}): Uint8Array {
  return new TextEncoder().encode((options.bom === false ? '' : '\uFEFF') + csvText(rows, options));
}
