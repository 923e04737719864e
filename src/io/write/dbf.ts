/**
 * dBASE III writer with UTF-8 text (the .cpg says so). Field names are limited to 10 bytes:
 * names are cut at a UTF-8 character boundary and made unique ("parkingSpa", "renovation",
 * "现有车"), and the mapping is returned so callers can show or store it. The importer maps
 * such cut names back by prefix (fields.ts).
 */
export interface DbfColumn {
  field: string;
  name: string;
  type: 'C' | 'N' | 'L';
  length: number;
  decimals: number;
}

const encoder = new TextEncoder();

/** Cuts a name to at most `max` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > max) break;
    out += char;
    bytes += size;
  }
  return out;
}

/** Unique ≤10-byte DBF names for the given fields. */
export function dbfFieldNames(fields: string[]): Record<string, string> {
  const used = new Set<string>();
  const names: Record<string, string> = {};
  for (const field of fields) {
    let name = truncateUtf8(field.replace(/[^\p{L}\p{N}_]/gu, '_'), 10) || 'field';
    for (let n = 1; used.has(name.toLowerCase()); n++) name = truncateUtf8(name, 10 - String(n).length - 1) + `~${n}`;
    used.add(name.toLowerCase());
    names[field] = name;
  }
  return names;
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 8;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(15, text.length - dot - 1);
}

function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Chooses a column type per field from the values: numbers → N, booleans → L, else C. */
export function planColumns(rows: Record<string, unknown>[]): DbfColumn[] {
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const names = dbfFieldNames(fields);
  return fields.map((field) => {
    const values = rows.map((row) => row[field]).filter((v) => v !== undefined && v !== null);
    if (values.length && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const decimals = Math.max(0, ...values.map((v) => decimalsOf(v as number)));
      const whole = Math.max(1, ...values.map((v) => String(Math.trunc(Math.abs(v as number))).length + ((v as number) < 0 ? 1 : 0)));
      const kept = Math.max(0, Math.min(decimals, 18 - whole)); // N is at most 19 wide: whole digits, point, decimals
      return { field, name: names[field], type: 'N', length: Math.min(19, whole + (kept ? kept + 1 : 0)), decimals: kept };
    }
    if (values.length && values.every((v) => typeof v === 'boolean')) return { field, name: names[field], type: 'L', length: 1, decimals: 0 };
    const length = Math.min(254, Math.max(1, ...values.map((v) => encoder.encode(toText(v)).length)));
    return { field, name: names[field], type: 'C', length, decimals: 0 };
  });
}

function formatNumber(value: number, column: DbfColumn): string {
  const text = column.decimals ? value.toFixed(column.decimals) : String(Math.round(value));
  return text.length > column.length ? '*'.repeat(column.length) : text.padStart(column.length, ' ');
}

/** `encode` defaults to UTF-8; tests pass a GBK encoder to make the files Chinese GIS tools write. */
export function writeDbf(rows: Record<string, unknown>[], columns: DbfColumn[] = planColumns(rows), encode: (text: string) => Uint8Array = (t) => encoder.encode(t)): Uint8Array {
  const headerLength = 32 + columns.length * 32 + 1;
  const recordLength = 1 + columns.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(headerLength + rows.length * recordLength + 1);
  const view = new DataView(bytes.buffer);
  const now = new Date();
  bytes[0] = 0x03;
  bytes[1] = now.getFullYear() - 1900; bytes[2] = now.getMonth() + 1; bytes[3] = now.getDate();
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  columns.forEach((column, i) => {
    const offset = 32 + i * 32;
    bytes.set(encode(column.name).subarray(0, 10), offset);
    bytes[offset + 11] = column.type.charCodeAt(0);
    bytes[offset + 16] = column.length;
    bytes[offset + 17] = column.decimals;
  });
  bytes[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let offset = headerLength + r * recordLength;
    bytes[offset++] = 0x20;
    for (const column of columns) {
      const value = row[column.field];
      let cell: Uint8Array;
      if (value === undefined || value === null) cell = new Uint8Array(0);
      else if (column.type === 'N') cell = encoder.encode(formatNumber(value as number, column));
      else if (column.type === 'L') cell = encoder.encode(value ? 'T' : 'F');
      else cell = encode(truncateUtf8(toText(value), column.length));
      bytes.fill(0x20, offset, offset + column.length);
      bytes.set(cell.subarray(0, column.length), offset);
      offset += column.length;
    }
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}
