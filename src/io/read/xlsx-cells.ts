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
  /** The sheet's row number of the header. */
  headerRow: number;
  /** Columns with data below but no name in the header row (left out). */
  unnamedWithData: number[];
}

/**
 * The header is the first row naming at least two columns (a one-column sheet: the first
 * non-empty row), so a title row above the table — often merged across it, which leaves one
 * filled cell — and blank rows are skipped. Rows with no filled cell are left out.
 */
export function sheetTable(data: Cell[][]): SheetTable | undefined {
  const width = Math.max(0, ...data.map((row) => row?.length ?? 0));
  const wanted = Math.min(2, Math.max(1, ...data.map(filled)));
  const headerIndex = data.findIndex((row) => filled(row) >= wanted);
  if (headerIndex < 0) return undefined;
  const seen = new Map<string, number>();
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const name = cellText(data[headerIndex][c]).trim();
    if (!name) { columns.push(''); continue; }
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    columns.push(count ? `${name}_${count}` : name);
  }
  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  const unnamed = new Set<number>();
  for (let r = headerIndex + 1; r < data.length; r++) {
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
  return { columns, rows, rowNumbers, headerRow: headerIndex + 1, unnamedWithData: [...unnamed] };
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
