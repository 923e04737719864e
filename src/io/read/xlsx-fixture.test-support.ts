/**
 * Builds real .xlsx files for tests, by hand with fflate (the project has no workbook writer
 * that writes dates, shared strings or merged cells): each cell a number, text (shared string,
 * as Excel saves it), a date (a serial number with a date format, as Excel stores it), a
 * boolean, or empty.
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter, escapeXml } from '../write/xlsx';

export type FixtureCell = string | number | boolean | Date | null;
export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** "A1:D1" ranges. */
  merges?: string[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's day number (1900 system) of a UTC date. */
const serial = (date: Date) => date.getTime() / 86_400_000 + 25569;

export function buildXlsx(sheets: FixtureSheet[]): Uint8Array {
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    let i = strings.indexOf(text);
    if (i < 0) { i = strings.length; strings.push(text); }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows.map((row, r) => {
      const cells = row.map((value, c) => {
        const ref = `${columnLetter(c)}${r + 1}`;
        if (value === null) return '';
        if (value instanceof Date) return `<c r="${ref}" s="1"><v>${serial(value)}</v></c>`;
        if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
        if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
        return `<c r="${ref}" t="s"><v>${stringIndex(value)}</v></c>`;
      }).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    }).join('');
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(`${HEAD}<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData>${merges}</worksheet>`);
  });
  files['xl/sharedStrings.xml'] = strToU8(`${HEAD}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('')}</sst>`);
  files['xl/styles.xml'] = strToU8(`${HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>`
    + '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
  files['xl/workbook.xml'] = strToU8(`${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets.map((sheet, s) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`).join('')}</sheets></workbook>`);
  const n = sheets.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(`${HEAD}<Relationships xmlns="${PKG}">${sheets.map((_, s) => `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`).join('')}`
    + `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  files['_rels/.rels'] = strToU8(`${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['[Content_Types].xml'] = strToU8(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheets.map((_, s) => `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
  return zipSync(files);
}

/** The same rows as CSV text, for comparing the two readers. */
export function csvOf(rows: FixtureCell[][]): string {
  const text = (value: FixtureCell) => (value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  return rows.map((row) => row.map((value) => {
    const t = text(value);
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  }).join(',')).join('\n');
}
