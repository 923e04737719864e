/**
 * Excel (.xlsx) writer for layer attributes and tables: a minimal Office Open XML workbook
 * zipped with fflate — one worksheet per table, inline strings (no sharedStrings part to keep
 * in step), numbers and booleans as typed cells, a bold frozen header row and column widths
 * guessed from the text. Headers are Chinese (the field's first Chinese alias, as in the CSV
 * writer) when a role is given, so a workbook exported here re-imports through the aliases.
 * Pure: bytes out, no DOM.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Role } from '../types';
import { chineseHeader } from './csv';
import { chineseValue } from '../fields';

export interface XlsxSheet {
  /** Sheet tab name; cleaned to Excel's rules (≤ 31 characters, none of []:*?/\, unique). */
  name: string;
  rows: Record<string, unknown>[];
  /** Column order; default: first appearance over the rows. */
  columns?: string[];
  /** Header text per column, overriding the Chinese header and the field name. */
  headers?: Record<string, string>;
  /** Layer or table the rows belong to: gives Chinese headers. */
  role?: Role;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses a cell holding more characters than this. */
const MAX_CELL_CHARS = 32767;
const MAX_SHEET_NAME = 31;

/**
 * Text made safe for XML 1.0: the five special characters escaped, and characters XML cannot
 * carry at all (control characters other than tab/newline, lone surrogates, U+FFFE/U+FFFF)
 * dropped — a stray one from a .dbf would otherwise make Excel refuse the whole file.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { out += text[i] + text[i + 1]; i++; }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) continue;
    switch (text[i]) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '"': out += '&quot;'; break;
      case "'": out += '&apos;'; break;
      default: out += text[i];
    }
  }
  return out;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Sheet names as Excel accepts them: none of []:*?/\, not empty, not starting or ending with an
 * apostrophe, at most 31 characters (cut by code point so a CJK or emoji name is not split),
 * unique regardless of case ("小区 (2)"), and not the reserved "History".
 */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  const cut = (text: string, length: number) => [...text].slice(0, length).join('');
  return names.map((raw, i) => {
    let name = raw.replace(/[[\]:*?/\\]/g, '_').replace(/[\u0000-\u001f]/g, '').replace(/^'+|'+$/g, '').trim();
    if (!name || name.toLowerCase() === 'history') name = name ? `${name}_` : `Sheet${i + 1}`;
    name = cut(name, MAX_SHEET_NAME);
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(name, MAX_SHEET_NAME - suffix.length).replace(/\s+$/, '') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Nested plain objects one level deep become dotted columns ("funding.central"), which have Chinese aliases. */
export function flattenRow(row: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [inner, innerValue] of Object.entries(value)) flat[`${key}.${inner}`] = innerValue;
    } else flat[key] = value;
  }
  return flat;
}

type Cell = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'boolean'; value: boolean } | { kind: 'text'; value: string };

/** The same value rules as the CSV writer: lists joined with 、, other objects as JSON. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null || value === '') return { kind: 'blank' };
  // NaN and ±Infinity have no Excel number: written as text so the value is not silently lost.
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text', value: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return { kind: 'text', value };
  if (typeof value === 'bigint') return { kind: 'text', value: value.toString() };
  if (value instanceof Date) return { kind: 'text', value: Number.isNaN(value.getTime()) ? '' : value.toISOString() };
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return { kind: 'text', value: value.join('、') };
  return { kind: 'text', value: JSON.stringify(value) };
}

function cellXml(ref: string, cell: Cell, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  switch (cell.kind) {
    case 'blank': return style ? `<c r="${ref}"${s}/>` : '';
    case 'number': return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
    case 'boolean': return `<c r="${ref}"${s} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case 'text': {
      const text = [...cell.value].length > MAX_CELL_CHARS ? [...cell.value].slice(0, MAX_CELL_CHARS).join('') : cell.value;
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
    }
  }
}

/** Display width in Excel's character units: CJK and other wide characters count two. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

function cellWidth(cell: Cell): number {
  switch (cell.kind) {
    case 'blank': return 0;
    case 'number': return String(cell.value).length;
    case 'boolean': return 5;
    case 'text': return textWidth(cell.value.length > 200 ? cell.value.slice(0, 200) : cell.value);
  }
}

/** Header text per column: explicit header, else the Chinese alias, else the field; repeats keep the field name. */
function headerTexts(sheet: XlsxSheet, columns: string[]): string[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    let header = sheet.headers?.[column] ?? (sheet.role ? chineseHeader(sheet.role, column) : column);
    if (seen.has(header)) header = column;
    seen.add(header);
    return header;
  });
}

function worksheetXml(sheet: XlsxSheet): string {
  const columns = sheet.columns ?? [...new Set(sheet.rows.flatMap((row) => Object.keys(row)))];
  const headers = headerTexts(sheet, columns);
  const widths = headers.map((header) => textWidth(header) + 2); // + room for the bold face
  const rowsXml: string[] = [];
  if (columns.length) {
    rowsXml.push(`<row r="1">${headers.map((header, c) => cellXml(`${columnLetter(c)}1`, { kind: 'text', value: header }, 1)).join('')}</row>`);
  }
  sheet.rows.forEach((row, r) => {
    const cells = columns.map((column, c) => {
      // With a role the sheet reads in Chinese: codes by their words, as the CSV writer does.
      const cell = toCell(sheet.role ? chineseValue(sheet.role, column, row[column]) : row[column]);
      widths[c] = Math.max(widths[c], cellWidth(cell));
      return cellXml(`${columnLetter(c)}${r + 2}`, cell);
    });
    rowsXml.push(`<row r="${r + 2}">${cells.join('')}</row>`);
  });
  const lastRef = columns.length ? `${columnLetter(columns.length - 1)}${sheet.rows.length + 1}` : 'A1';
  const dimension = lastRef === 'A1' ? 'A1' : `A1:${lastRef}`;
  // Frozen first row: the header stays in view while scrolling through thousands of buildings.
  const views = columns.length
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = columns.length
    ? `<cols>${widths.map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, Math.max(8, width + 1))}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${views}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rowsXml.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** Two cell formats: 0 the default, 1 bold (the header row). Fills 0 and 1 are required by Excel. */
const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/**
 * The workbook's bytes. Sheets keep their order; an empty list still gives one empty sheet
 * because a workbook without sheets does not open.
 */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  const list = sheets.length ? sheets : [{ name: 'Sheet1', rows: [] }];
  const names = sheetNames(list.map((sheet) => sheet.name));
  const files: Record<string, Uint8Array> = {};
  const sheetRefs = list.map((_, i) => `<sheet name="${escapeXml(names[i])}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  files['[Content_Types].xml'] = strToU8(`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + list.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '</Types>');
  files['_rels/.rels'] = strToU8(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(`${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetRefs}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">`
    + list.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${list.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`);
  files['xl/styles.xml'] = strToU8(STYLES_XML);
  list.forEach((sheet, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet)); });
  return zipSync(files, { level: 6 });
}
