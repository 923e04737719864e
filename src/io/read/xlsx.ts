/**
 * Excel reader (.xlsx): the workbook is opened with read-excel-file (MIT; loaded on the first
 * workbook, so neither the page's first frame nor a CSV import fetches it; the same "universal"
 * build runs in the browser's worker and in node). One sheet is read — the first with data, or
 * the one named after a layer or table (意愿调查, 加梯表决…) when several have data — and its
 * header and rows go through rows-to-layer.ts as a CSV's do; a two-row header (a group title
 * merged over the sub-columns named below it, as survey forms are laid out) is read as one,
 * each sub-column named by its own cell (xlsx-cells.ts), and the import report says so. An old .xls or a password-protected
 * workbook (both an OLE compound file, not a zip) is refused with what to do instead.
 */
import { err, type Result } from '../../model/types';
import { FILE_NAME_ROLES } from '../fields';
import { baseName } from '../text';
import { importError, issue, type ImportError, type ImportIssue, type InputFile, type RawLayer, type ReadOptions } from '../types';
import { layerFromRows } from './rows-to-layer';
import { chooseSheet, columnName, hasData, sheetTable, type SheetRows } from './xlsx-cells';

const SAVE_AS = { en: 'open it in Excel or WPS and save it as an Excel workbook (.xlsx) or CSV', zh: '请在 Excel 或 WPS 中打开并另存为 Excel 工作簿（.xlsx）或 CSV（UTF-8）后再导入' };

/** OLE compound file (old .xls, or an .xlsx encrypted with a password): D0 CF 11 E0 A1 B1 1A E1. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Why a file is not a workbook this reader can open, or undefined when it may be one. */
export function notXlsx(file: InputFile): ImportError | undefined {
  const { name, bytes } = file;
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    // An encrypted OOXML package keeps its parts in the streams EncryptionInfo / EncryptedPackage.
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      return importError('XLSX_ENCRYPTED', name, `${name}: the workbook is protected with a password and cannot be read; remove the password (File → Info → Protect Workbook), or ${SAVE_AS.en}`,
        `${name}：工作簿设置了打开密码，无法读取；请先取消密码（文件 → 信息 → 保护工作簿），或${SAVE_AS.zh}`);
    }
    return importError('XLS_OLD_FORMAT', name, `${name}: this is an old Excel 97–2003 workbook (.xls), which cannot be read; ${SAVE_AS.en}`,
      `${name}：这是旧版 Excel 97–2003 工作簿（.xls），无法直接读取；${SAVE_AS.zh}`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return importError('NOT_XLSX', name, `${name}: not an Excel workbook (.xlsx) — the file's content is something else; ${SAVE_AS.en}`,
      `${name}：不是有效的 Excel 工作簿（.xlsx），文件内容是其他格式；${SAVE_AS.zh}`);
  }
  return undefined;
}

/** The sheet whose name says which layer or table it is, when the file's own name does not. */
function preferredSheet(fileName: string): ((sheet: string) => boolean) | undefined {
  const name = baseName(fileName);
  if (FILE_NAME_ROLES.some(([, pattern]) => pattern.test(name))) return undefined;
  return (sheet) => FILE_NAME_ROLES.some(([, pattern]) => pattern.test(sheet));
}

async function openWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.slice().buffer as ArrayBuffer;
  return (await readXlsxFile(buffer)) as unknown as SheetRows[];
}

export async function readXlsx(file: InputFile, options: ReadOptions = {}): Promise<Result<RawLayer, ImportError[]>> {
  const { name } = file;
  const refused = notXlsx(file);
  if (refused) return err([refused]);
  let sheets: SheetRows[];
  try {
    sheets = await openWorkbook(file.bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err([importError('BAD_XLSX', name, `${name}: cannot be read as an Excel workbook (.xlsx): ${detail}; ${SAVE_AS.en}`,
      `${name}：无法作为 Excel 工作簿（.xlsx）读取，文件可能已损坏或并非 Excel 文件；${SAVE_AS.zh}`)]);
  }
  const chosen = chooseSheet(sheets, preferredSheet(name));
  const table = chosen && sheetTable(chosen.data);
  if (!chosen || !table) {
    const names = sheets.map((sheet) => sheet.sheet).join('、');
    return err([importError('EMPTY_XLSX', name, `${name}: no sheet holds any data (sheets: ${names || 'none'}); the table's first row must name the columns`,
      `${name}：所有工作表（${names || '无'}）都没有数据；表格第一行应为列名`)]);
  }
  const sheetName = chosen.sheet;
  const ignored = sheets.filter((sheet) => sheet !== chosen).map((sheet) => sheet.sheet);
  const issues: ImportIssue[] = [];
  const ignoredWithData = sheets.filter((sheet) => sheet !== chosen && hasData(sheet)).map((sheet) => sheet.sheet);
  if (ignoredWithData.length) {
    issues.push(issue('warning', 'XLSX_OTHER_SHEETS', name,
      `${name}: read sheet "${sheetName}"; the other sheets with data (${ignoredWithData.join(', ')}) were not imported — save each as its own file to import it`,
      `${name}：已读取工作表“${sheetName}”；其他有数据的工作表（${ignoredWithData.join('、')}）未导入，如需导入请分别另存为单独的文件`));
  }
  const firstHeaderRow = table.headerRow - (table.groups.length ? 1 : 0);
  if (firstHeaderRow > 1) {
    const above = firstHeaderRow === 2 ? { en: 'row 1 (a title or a blank row) was', zh: '第 1 行' } : { en: `rows 1–${firstHeaderRow - 1} (a title or blank rows) were`, zh: `第 1–${firstHeaderRow - 1} 行` };
    const header = table.groups.length ? { en: `rows ${firstHeaderRow}–${table.headerRow} are`, zh: `第 ${firstHeaderRow}–${table.headerRow} 行` } : { en: `row ${table.headerRow} is`, zh: `第 ${table.headerRow} 行` };
    issues.push(issue('warning', 'XLSX_HEADER_ROW', name,
      `${name}: sheet "${sheetName}": ${above.en} skipped; ${header.en} read as the column names`,
      `${name}：工作表“${sheetName}”${above.zh}（标题或空行）已跳过，${header.zh}作为列名`));
  }
  if (table.groups.length) {
    const spans = table.groups.map((group) => ({ title: group.title, letters: `${columnName(group.columns[0])}–${columnName(group.columns[group.columns.length - 1])}` }));
    issues.push(issue('warning', 'XLSX_TWO_ROW_HEADER', name,
      `${name}: sheet "${sheetName}": rows ${firstHeaderRow}–${table.headerRow} are read as a two-row header; the columns under ${spans.map((s) => `"${s.title}" (${s.letters})`).join(', ')} are named from row ${table.headerRow}: check the column mapping`,
      `${name}：工作表“${sheetName}”第 ${firstHeaderRow}–${table.headerRow} 行按两行表头读取，${spans.map((s) => `“${s.title}”下的 ${s.letters} 列`).join('、')}以第 ${table.headerRow} 行为列名，请核对字段对应`));
  }
  if (table.unnamedWithData.length) {
    const letters = table.unnamedWithData.map(columnName).join(', ');
    issues.push(issue('warning', 'XLSX_UNNAMED_COLUMN', name,
      `${name}: sheet "${sheetName}", column ${letters}: has values but no name in the header row ${table.headerRow}, so it was left out`,
      `${name}：工作表“${sheetName}”第 ${letters} 列有数据但第 ${table.headerRow} 行没有列名，未导入`));
  }
  return layerFromRows({
    fileName: name, format: 'xlsx', encoding: 'utf-8', columns: table.columns, rows: table.rows,
    sheet: { name: sheetName, rowNumbers: table.rowNumbers, ignored }, issues,
  }, options);
}
