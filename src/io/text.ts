/**
 * Text decoding for files planners bring: UTF-8 (with or without BOM) or GBK, which Chinese
 * Excel and ArcGIS still write. TextDecoder('gbk') works in browsers and in Node with full ICU.
 */

/** Windows code pages that are not a range below, as TextDecoder labels. */
const CODE_PAGES: Record<number, string> = {
  874: 'windows-874', 866: 'ibm866', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5',
  20936: 'gbk', 54936: 'gb18030', 65001: 'utf-8', 20866: 'koi8-r', 21866: 'koi8-u',
};

/** A code-page number ("1250", "ANSI 936", "CP1252") as a TextDecoder label. */
function codePageLabel(label: string): string | undefined {
  const match = /^(?:ansi|cp|ms|windows-|ibm)?\s*(\d{3,5})$/.exec(label);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (CODE_PAGES[n]) return CODE_PAGES[n];
  if (n >= 1250 && n <= 1258) return `windows-${n}`;
  if (n >= 28591 && n <= 28606) return `iso-8859-${n - 28590}`;
  return undefined;
}

/** Maps a .cpg / code-page label to a TextDecoder label (ArcGIS writes a bare number such as "1250"). */
export function encodingFromCodePage(cpg: string): string | undefined {
  const label = cpg.trim().toLowerCase().replace(/^"|"$/g, '');
  if (!label) return undefined;
  if (/^(utf-?8|65001)$/.test(label)) return 'utf-8';
  if (/^(gbk|gb2312|gb18030|cp936|936|ansi 936|ms936|windows-936)$/.test(label)) return 'gbk';
  if (/^(big5|950|cp950)$/.test(label)) return 'big5';
  if (/^(latin1|iso-?8859-?1|1252|cp1252|windows-1252|ansi 1252)$/.test(label)) return 'windows-1252';
  try {
    return new TextDecoder(codePageLabel(label) ?? label).encoding;
  } catch {
    return undefined;
  }
}

/** Decodes with a known encoding, else tries strict UTF-8 and falls back to GBK. */
export function decodeText(bytes: Uint8Array, encoding?: string): { text: string; encoding: string } {
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

/** Guesses the encoding of a sample: UTF-8 if it decodes strictly, else GBK. */
export function detectEncoding(bytes: Uint8Array): string {
  return decodeText(bytes).encoding;
}

/**
 * fflate decodes zip entry names as Latin-1 unless the UTF-8 flag is set; Chinese names
 * (小区.shp) then arrive garbled. Re-decode the raw bytes as UTF-8, else GBK.
 */
export function fixZipEntryName(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name) || /[^\x00-\xff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  return decodeText(bytes).text;
}

/** File extension in lower case without the dot ("shp", "geojson"). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** File name without folders and extension. */
export function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  const dot = file.lastIndexOf('.');
  return dot <= 0 ? file : file.slice(0, dot);
}
