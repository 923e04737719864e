/**
 * From a workbook's sheets (arrays of cell values, as read-excel-file gives them) to the header
 * and rows of text the CSV reader would give for the same table saved as CSV: which sheet,
 * which row is the header (a merged title row or blank rows above it are skipped), each cell
 * as text (numbers without binary noise, dates as YYYY-MM-DD), empty rows left out. Pure: no
 * parsing of the file itself, so it is tested without a workbook.
 */

export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetRows {
  sheet: string;
  data: Cell[][];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A cell as text, as Excel shows it when saving CSV: numbers to 15 significant digits (0.1 + 0.2
 * stays "0.3"), whole numbers without a decimal point, dates as YYYY-MM-DD (with the time only
 * when there is one; read-excel-file gives dates in UTC), booleans as true/false.
 */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours(), m = value.getUTCMinutes(), s = value.getUTCSeconds();
    return h || m || s ? `${day} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}` : day;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  return String(value);
}

const isBlank = (value: Cell) => cellText(value).trim() === '';
const filled = (row: Cell[] | undefined) => (row ?? []).filter((value) => !isBlank(value)).length;

export const hasData = (sheet: SheetRows) => sheet.data.some((row) => filled(row) > 0);

/**
 * The sheet to read: the first with data, or — when several have data — the first whose name
 * matches `preferred` (the table or layer it names, e.g. 意愿调查, 加梯表决).
 */
export function chooseSheet(sheets: SheetRows[], preferred?: (name: string) => boolean): SheetRows | undefined {
  const withData = sheets.filter(hasData);
  if (withData.length > 1 && preferred) {
    const named = withData.find((sheet) => preferred(sheet.sheet));
    if (named) return named;
  }
  return withData[0];
}

export interface SheetTable {
  /** Column names, trimmed; a repeated name gets _1, _2 as the CSV reader does; '' when the header cell is empty. */
  columns: string[];
  rows: Record<string, string>[];
  /** The sheet's row number (1-based) of each row. */
  rowNumbers: number[];
  /** The sheet's row number of the header (its last row when the header has two). */
  headerRow: number;
  /** A two-row header (group titles merged over the sub-columns named in the row below): each group's title and columns. */
  groups: HeaderGroup[];
  /** Columns with data below but no name in the header row (left out). */
  unnamedWithData: number[];
}

export interface HeaderGroup {
  title: string;
  columns: number[];
}

const isLabel = (value: Cell) => typeof value === 'string' && value.trim() !== '' && Number.isNaN(Number(value.trim()));

/**
 * A two-row header, as survey sheets are often laid out: row `top` names some columns and,
 * over a run of columns, a group (意愿调查 merged over C–E, so D and E are empty in that row);
 * the row below names the group's columns and is empty under the others (merged down).
 * Read strictly, so a table whose first record merely has text under an unnamed column is
 * not taken for one: the row below holds only labels (no numbers), it names every column of
 * each group (the title's own included) and nothing under a column outside a group, and there
 * is at least one such column and one group.
 */
function twoRowHeader(top: Cell[], below: Cell[] | undefined, width: number): HeaderGroup[] | undefined {
  if (!below || !filled(below)) return undefined;
  for (const value of below) if (!isBlank(value) && !isLabel(value)) return undefined;
  const groups: HeaderGroup[] = [];
  let single = false;
  for (let c = 0; c < width;) {
    if (isBlank(top[c])) {
      // A named sub-column before any title, or a blank column with a label under it alone.
      if (!isBlank(below[c])) return undefined;
      c++;
      continue;
    }
    let end = c + 1;
    while (end < width && isBlank(top[end]) && !isBlank(below[end])) end++;
    if (end - c === 1) {
      if (!isBlank(below[c])) return undefined;
      single = true;
    } else {
      if (isBlank(below[c])) return undefined;
      groups.push({ title: cellText(top[c]).trim(), columns: Array.from({ length: end - c }, (_, k) => c + k) });
    }
    c = end;
  }
  return single && groups.length ? groups : undefined;
}

/** A group's column name: the sub-column's own, or with the group's title before it when two groups share it (停车 需求 → 停车需求). */
function headerNames(top: Cell[], below: Cell[], width: number, groups: HeaderGroup[]): string[] {
  const names = Array.from({ length: width }, (_, c) => cellText(top[c]).trim());
  const subs = groups.flatMap((group) => group.columns.map((c) => cellText(below[c]).trim()));
  const repeated = (name: string) => subs.filter((sub) => sub === name).length > 1 || names.some((n, c) => n === name && !groups.some((g) => g.columns.includes(c)));
  for (const group of groups) {
    for (const c of group.columns) {
      const sub = cellText(below[c]).trim();
      const space = /[A-Za-z0-9]$/.test(group.title) && /^[A-Za-z0-9]/.test(sub) ? ' ' : '';
      names[c] = repeated(sub) ? `${group.title}${space}${sub}` : sub;
    }
  }
  return names;
}

/**
 * The header is the first row naming at least two columns (a one-column sheet: the first
 * non-empty row), so a title row above the table — often merged across it, which leaves one
 * filled cell — and blank rows are skipped; it takes two rows when it is a two-row header
 * (twoRowHeader). Rows with no filled cell are left out.
 */
export function sheetTable(data: Cell[][]): SheetTable | undefined {
  const width = Math.max(0, ...data.map((row) => row?.length ?? 0));
  const wanted = Math.min(2, Math.max(1, ...data.map(filled)));
  const headerIndex = data.findIndex((row) => filled(row) >= wanted);
  if (headerIndex < 0) return undefined;
  const groups = twoRowHeader(data[headerIndex], data[headerIndex + 1], width) ?? [];
  const names = groups.length ? headerNames(data[headerIndex], data[headerIndex + 1], width, groups) : data[headerIndex].map((value) => cellText(value).trim());
  const lastHeader = headerIndex + (groups.length ? 1 : 0);
  const seen = new Map<string, number>();
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const name = names[c] ?? '';
    if (!name) { columns.push(''); continue; }
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    columns.push(count ? `${name}_${count}` : name);
  }
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  const unnamed = new Set<number>();
  for (let r = lastHeader + 1; r < data.length; r++) {
    const row = data[r] ?? [];
    if (!filled(row)) continue;
    const record: Record<string, string> = {};
    columns.forEach((column, c) => {
      if (column) record[column] = cellText(row[c]);
      else if (!isBlank(row[c])) unnamed.add(c);
    });
    rows.push(record);
    rowNumbers.push(r + 1);
  }
  return { columns, rows, rowNumbers, headerRow: lastHeader + 1, groups, unnamedWithData: [...unnamed] };
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
