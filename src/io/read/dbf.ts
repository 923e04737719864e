/**
 * dBASE (.dbf) reader, written here rather than taken from shpjs so the text encoding is ours
 * to choose: the .cpg when there is one, else strict UTF-8 with a GBK fallback, decided once
 * over all text bytes so one file never mixes encodings.
 */
import { decodeText, encodingFromCodePage } from '../text';

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfTable {
  fields: DbfField[];
  records: Record<string, unknown>[];
  encoding: string;
  /** How the encoding was chosen. */
  encodingFrom: 'cpg' | 'ldid' | 'detected';
}

/** Language driver ids in byte 29 for Big5, which byte detection cannot tell from GBK. */
const LANGUAGE_DRIVERS: Record<number, string> = { 0x4f: 'big5', 0x78: 'big5' };

function trimBytes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  while (start < end && (bytes[start] === 0x20)) start++;
  return bytes.subarray(start, end);
}

export function readDbf(bytes: Uint8Array, cpg?: string): DbfTable {
  if (bytes.length < 32) throw new Error('the .dbf is shorter than its 32-byte header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: DbfField[] = [];
  const rawNames: Uint8Array[] = [];
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== 0x0d; offset += 32) {
    let end = offset;
    while (end < offset + 11 && bytes[end] !== 0) end++;
    rawNames.push(bytes.subarray(offset, end));
    fields.push({ name: '', type: String.fromCharCode(bytes[offset + 11]), length: bytes[offset + 16], decimals: bytes[offset + 17] });
  }
  // Decide the encoding over the field names and all character data at once.
  let encoding = cpg ? encodingFromCodePage(cpg) : undefined;
  let encodingFrom: DbfTable['encodingFrom'] = encoding ? 'cpg' : 'detected';
  if (!encoding && LANGUAGE_DRIVERS[bytes[29]]) {
    encoding = LANGUAGE_DRIVERS[bytes[29]];
    encodingFrom = 'ldid';
  }
  if (!encoding) {
    // Names last and only if the records hold no text: some writers cut UTF-8 names mid-character at 10 bytes.
    const textParts: Uint8Array[] = [];
    let fieldOffset = 1;
    const offsets = fields.map((field) => { const o = fieldOffset; fieldOffset += field.length; return o; });
    for (let r = 0; r < recordCount; r++) {
      const base = headerLength + r * recordLength;
      fields.forEach((field, i) => { if (field.type === 'C') textParts.push(bytes.subarray(base + offsets[i], base + offsets[i] + field.length)); });
    }
    if (textParts.every((part) => part.every((b) => b < 0x80))) textParts.push(...rawNames);
    const total = new Uint8Array(textParts.reduce((n, part) => n + part.length + 1, 0));
    let at = 0;
    for (const part of textParts) { total.set(part, at); at += part.length + 1; }
    encoding = decodeText(total).encoding;
  }
  const decoder = new TextDecoder(encoding);
  rawNames.forEach((name, i) => { fields[i].name = decoder.decode(name).trim() || `field${i + 1}`; });
  const records: Record<string, unknown>[] = [];
  for (let r = 0; r < recordCount; r++) {
    const base = headerLength + r * recordLength;
    if (base + recordLength > bytes.length) break;
    if (bytes[base] === 0x2a) { records.push({}); continue; } // deleted record: keep the index aligned with the .shp
    const record: Record<string, unknown> = {};
    let offset = base + 1;
    for (const field of fields) {
      const raw = trimBytes(bytes, offset, offset + field.length);
      offset += field.length;
      const value = decodeValue(field, raw, decoder);
      if (value !== undefined) record[field.name] = value;
    }
    records.push(record);
  }
  return { fields, records, encoding, encodingFrom };
}

function decodeValue(field: DbfField, raw: Uint8Array, decoder: TextDecoder): unknown {
  if (raw.length === 0) return undefined;
  const text = decoder.decode(raw);
  switch (field.type) {
    case 'N': case 'F': {
      if (/^\*+$/.test(text)) return undefined; // overflow marker
      const number = Number(text.replace(/,/g, '.'));
      return Number.isFinite(number) ? number : text;
    }
    case 'L':
      if (/^[YyTt]$/.test(text)) return true;
      if (/^[NnFf]$/.test(text)) return false;
      return undefined;
    case 'D':
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : text;
    default:
      return text;
  }
}
