import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { prepareImport } from '../import';
import { residentTablesFromCsv } from '../../analysis/residents/from-csv';
import { readFile, readInputs } from '.';
import { readXlsx } from './xlsx';
import { cellText, sheetTable, type Cell } from './xlsx-cells';
import { buildXlsx, csvOf, type FixtureCell } from './xlsx-fixture.test-support';

const SURVEY: FixtureCell[][] = [
  ['小区编号', '受访户数', '出资意愿', '停车需求', '满意度'],
  ['C0001', 120, 0.62, 0.4, 4],
  ['C0002', 80, 0.3, 0.75, 3.5],
  ['C0003', 45, 0.55, 0.1, 5],
];
const xlsxFile = (name: string, rows: FixtureCell[][], sheet = 'Sheet1') => ({ name, bytes: buildXlsx([{ name: sheet, rows }]) });
const csvFile = (name: string, rows: FixtureCell[][]) => ({ name, bytes: new TextEncoder().encode(csvOf(rows)) });

describe('readXlsx', () => {
  it('reads a surveys table exactly as the same table saved as CSV', async () => {
    const [fromXlsx] = await prepareImport([xlsxFile('居民意愿.xlsx', SURVEY)]);
    const [fromCsv] = await prepareImport([csvFile('居民意愿.csv', SURVEY)]);
    expect(fromXlsx.role).toBe('surveys');
    expect(fromXlsx.report.errors).toBe(0);
    expect(fromXlsx.features).toEqual(fromCsv.features);
    expect(fromXlsx.mapping).toEqual(fromCsv.mapping);
    expect(fromXlsx.features[1].properties).toMatchObject({ communityId: 'C0002', respondents: 80, willingToPay: 0.3, satisfaction: 3.5 });
    expect(fromXlsx.raw).toMatchObject({ format: 'xlsx', sheet: { name: 'Sheet1', rowNumbers: [2, 3, 4], ignored: [] } });
    // The residents' analysis (CLI analyze priority, the worker) reads the workbook as the CSV.
    const a = await residentTablesFromCsv({ surveys: buildXlsx([{ name: 'Sheet1', rows: SURVEY }]) }, { surveys: 'surveys.xlsx' });
    const b = await residentTablesFromCsv({ surveys: csvOf(SURVEY) }, { surveys: 'surveys.csv' });
    expect(a.ok && b.ok && a.value.tables.surveys).toEqual(b.ok && b.value.tables.surveys);
  });

  it('reads a point layer from longitude and latitude columns', async () => {
    const rows: FixtureCell[][] = [['编号', '名称', '类型', '经度', '纬度'], ['F1', '社区食堂', '助餐', 120.15, 30.27], ['F2', '托育点', '托育', '120.16', '30.28']];
    const read = await readFile(xlsxFile('设施.xlsx', rows));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.hasGeometry).toBe(true);
    expect(read.value.columns).toEqual(['编号', '名称', '类型']);
    expect(read.value.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [120.15, 30.27] }, { type: 'Point', coordinates: [120.16, 30.28] }]);
  });

  it('takes numbers stored as text, a date cell, booleans and float noise as the CSV would', async () => {
    const rows: FixtureCell[][] = [['小区编号', '受访户数', '调查日期', '出资意愿', '已回访'], ['C0001', ' 12 ', new Date(Date.UTC(2024, 4, 1)), 0.1 + 0.2, true], ['C0002', '8户', null, '62%', false]];
    const [file] = await prepareImport([xlsxFile('问卷.xlsx', rows)]);
    expect(file.report.errors).toBe(0);
    // read-excel-file trims text cells; fields.ts would trim anyway.
    expect(file.raw!.features[0].properties).toEqual({ 小区编号: 'C0001', 受访户数: '12', 调查日期: '2024-05-01', 出资意愿: '0.3', 已回访: 'true' });
    expect(file.features.map((f) => [f.properties.respondents, f.properties.willingToPay])).toEqual([[12, 0.3], [8, 0.62]]);
  });

  it('skips a merged title row and blank rows above the header, and names the sheet row of each record', async () => {
    const rows: FixtureCell[][] = [['2024年加装电梯表决汇总', null, null, null], [null, null, null, null],
      ['楼栋编号', '户数', '参与表决户数', '同意户数'], ['B1', 12, 10, 9], [null, null, null, null], ['B2', 12, 'x', 9]];
    const bytes = buildXlsx([{ name: '表决', rows, merges: ['A1:D1'] }]);
    const [file] = await prepareImport([{ name: '加梯表决.xlsx', bytes }]);
    expect(file.role).toBe('elevatorVotes');
    expect(file.raw!.sheet!.rowNumbers).toEqual([4, 6]);
    expect(file.report.issues.find((i) => i.code === 'XLSX_HEADER_ROW')?.messageZh).toBe('加梯表决.xlsx：工作表“表决”第 1–2 行（标题或空行）已跳过，第 3 行作为列名');
    const bad = file.report.issues.find((i) => i.severity === 'error')!;
    // File, sheet, the row as Excel numbers it, and the field — in both languages.
    expect(bad.messageZh).toContain('加梯表决.xlsx：工作表“表决”第 6 行');
    expect(bad.messageZh).toContain('参与表决户数');
    expect(bad.message).toMatch(/加梯表决\.xlsx: sheet "表决", row 6.*field takingPart/);
  });

  it('reads a two-row header: sub-columns under a merged group title take their names from the second row', async () => {
    // 小区编号 and 受访户数 merged down over rows 2–3; 意愿调查 merged across C2:E2 (as surveys are laid out).
    const rows: FixtureCell[][] = [['2024年居民意愿调查', null, null, null, null], ['小区编号', '受访户数', '意愿调查', null, null],
      [null, null, '出资意愿', '停车需求', '满意度'], ['C0001', 120, 0.62, 0.4, 4], ['C0002', 80, 0.3, 0.75, 3.5]];
    const bytes = buildXlsx([{ name: '调查', rows, merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:E2'] }]);
    const [file] = await prepareImport([{ name: '居民意愿.xlsx', bytes }]);
    const [flat] = await prepareImport([xlsxFile('居民意愿.xlsx', SURVEY)]);
    expect(file.report.errors).toBe(0);
    expect(file.raw!.columns).toEqual(['小区编号', '受访户数', '出资意愿', '停车需求', '满意度']);
    expect(file.features).toEqual(flat.features.slice(0, 2));
    expect(file.raw!.sheet!.rowNumbers).toEqual([4, 5]);
    const messages = file.report.issues.map((i) => i.messageZh);
    expect(messages).toContain('居民意愿.xlsx：工作表“调查”第 1 行（标题或空行）已跳过，第 2–3 行作为列名');
    expect(messages).toContain('居民意愿.xlsx：工作表“调查”第 2–3 行按两行表头读取，“意愿调查”下的 C–E 列以第 3 行为列名，请核对字段对应');
  });

  it('reads the first sheet with data and says which other sheets were left out', async () => {
    const bytes = buildXlsx([{ name: '说明', rows: [] }, { name: '数据', rows: SURVEY }, { name: '汇总', rows: [['a', 'b'], [1, 2]] }]);
    const read = await readFile({ name: '2024.xlsx', bytes });
    expect(read.ok && read.value.sheet).toEqual({ name: '数据', rowNumbers: [2, 3, 4], ignored: ['说明', '汇总'] });
    const warning = read.ok ? read.value.issues.find((i) => i.code === 'XLSX_OTHER_SHEETS') : undefined;
    expect(warning?.messageZh).toBe('2024.xlsx：已读取工作表“数据”；其他有数据的工作表（汇总）未导入，如需导入请分别另存为单独的文件');
  });

  it('prefers the sheet named after a table when the file name says nothing', async () => {
    const bytes = buildXlsx([{ name: '封面', rows: [['单位', '日期'], ['某街道', '2024']] }, { name: '居民意愿调查', rows: SURVEY }]);
    const [file] = await prepareImport([{ name: '2024.xlsx', bytes }]);
    expect(file.raw!.sheet!.name).toBe('居民意愿调查');
    expect(file.features).toHaveLength(3);
  });

  it('refuses an empty workbook, and a sheet with a header only is an empty table', async () => {
    const empty = await readFile({ name: '空.xlsx', bytes: buildXlsx([{ name: 'Sheet1', rows: [] }]) });
    expect(!empty.ok && empty.error[0]).toMatchObject({ code: 'EMPTY_XLSX', messageZh: expect.stringContaining('空.xlsx：所有工作表（Sheet1）都没有数据') });
    const [headerOnly] = await prepareImport([xlsxFile('surveys.xlsx', [SURVEY[0]])]);
    expect(headerOnly.report.issues.map((i) => i.code)).toContain('EMPTY_LAYER');
  });

  it('tells what to do with a file that is not an .xlsx: another format renamed, an old .xls, a password-protected workbook', async () => {
    const csvRenamed = await readFile({ name: 'surveys.xlsx', bytes: new TextEncoder().encode(csvOf(SURVEY)) });
    expect(!csvRenamed.ok && csvRenamed.error[0].code).toBe('NOT_XLSX');
    expect(!csvRenamed.ok && csvRenamed.error[0].messageZh).toContain('另存为 Excel 工作簿（.xlsx）或 CSV');
    const zipRenamed = await readFile({ name: 'shapes.xlsx', bytes: zipSync({ 'a.txt': strToU8('hello') }) });
    expect(!zipRenamed.ok && zipRenamed.error[0]).toMatchObject({ code: 'BAD_XLSX', fileName: 'shapes.xlsx' });
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const old = await readFile({ name: '旧表.xls', bytes: ole });
    expect(!old.ok && old.error[0].messageZh).toContain('旧表.xls：这是旧版 Excel 97–2003 工作簿（.xls）');
    const encrypted = ole.slice();
    [...'EncryptionInfo'].forEach((ch, i) => { encrypted[1024 + i * 2] = ch.charCodeAt(0); });
    const locked = await readFile({ name: '加密.xlsx', bytes: encrypted });
    expect(!locked.ok && locked.error[0]).toMatchObject({ code: 'XLSX_ENCRYPTED', messageZh: expect.stringContaining('设置了打开密码') });
  });

  it('is read with the other files a user drops at once', async () => {
    const outcomes = await readInputs([xlsxFile('a.xlsx', SURVEY), csvFile('b.csv', SURVEY)]);
    expect(outcomes.map((o) => [o.fileName, o.result.ok])).toEqual([['a.xlsx', true], ['b.csv', true]]);
  });
});

describe('cellText', () => {
  it('writes cells as Excel writes them to CSV', () => {
    expect([null, undefined, '', ' x ', 3, -0.5, 1e21, 0.1 + 0.2, true, new Date(Date.UTC(2023, 0, 2)), new Date(Date.UTC(2023, 0, 2, 8, 30)), Number.NaN, new Date(Number.NaN)].map((v) => cellText(v as Cell)))
      .toEqual(['', '', '', ' x ', '3', '-0.5', '1e+21', '0.3', 'true', '2023-01-02', '2023-01-02 08:30', '', '']);
  });
});

describe('sheetTable', () => {
  it('names repeated columns as the CSV reader does and reports values under no header', () => {
    const table = sheetTable([['a', 'a', null, 'b'], [1, 2, 'lost', 3]])!;
    expect(table.columns).toEqual(['a', 'a_1', '', 'b']);
    expect(table.rows).toEqual([{ a: '1', a_1: '2', b: '3' }]);
    expect(table.unnamedWithData).toEqual([2]);
  });

  it('names a sub-column two groups share with its group title, and takes no first record for a second header row', () => {
    const two = sheetTable([['编号', '停车', null, '电梯', null], [null, '需求', '现状', '需求', '现状'], ['C1', 1, 2, 3, 4]])!;
    expect(two.columns).toEqual(['编号', '停车需求', '停车现状', '电梯需求', '电梯现状']);
    expect(two.headerRow).toBe(2);
    expect(two.groups).toEqual([{ title: '停车', columns: [1, 2] }, { title: '电梯', columns: [3, 4] }]);
    expect(two.rows).toEqual([{ 编号: 'C1', 停车需求: '1', 停车现状: '2', 电梯需求: '3', 电梯现状: '4' }]);
    // A first record with text under an unnamed column is a record: the named columns have values in it.
    const one = sheetTable([['编号', '名称', null], ['C1', '甲小区', '备注'], ['C2', '乙小区', null]])!;
    expect(one.headerRow).toBe(1);
    expect(one.groups).toEqual([]);
    expect(one.rows).toHaveLength(2);
    expect(one.unnamedWithData).toEqual([2]);
    // Numbers in the row below: records, however the header looks.
    expect(sheetTable([['编号', '停车', null], [null, 1, 2]])!.groups).toEqual([]);
  });

  it('never throws on arbitrary cells, and every row it gives has a sheet row below the header', () => {
    const cell = fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }));
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (data) => {
      const table = sheetTable(data as Cell[][]);
      if (!table) return;
      expect(table.rows.length).toBe(table.rowNumbers.length);
      for (const row of table.rowNumbers) expect(row).toBeGreaterThan(table.headerRow);
    }));
  });

  it('reading arbitrary bytes named .xlsx gives a message, never a throw', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, zip) => {
      const input = zip ? zipSync({ 'xl/workbook.xml': bytes }) : bytes;
      const read = await readXlsx({ name: 'x.xlsx', bytes: input });
      expect(read.ok).toBe(false);
    }), { numRuns: 40 });
  });
});
