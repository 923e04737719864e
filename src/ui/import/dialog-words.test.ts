/**
 * The import dialog's lines in Chinese, without engine codes (audit defect 8): a .prj that is
 * no EPSG code, an offset removed, and a geometry with no type at all.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOM_PRJ_CRS } from '../../io/types';
import { checkGeometry } from '../../io/validate';
import { crsText, sheetText } from './role-labels';

describe('import dialog words', () => {
  it('names a custom .prj and an offset in the UI language', () => {
    expect(crsText({ source: CUSTOM_PRJ_CRS, from: 'prj', reprojected: true }, true)).toBe('.prj 中的自定义坐标系（已转换为 WGS84）');
    expect(crsText({ source: CUSTOM_PRJ_CRS, from: 'prj', reprojected: true }, false)).toBe('custom CRS from the .prj (reprojected to WGS84)');
    expect(crsText({ source: 'EPSG:4326', from: 'none', reprojected: false, datumShift: 'gcj02' }, true)).toBe('EPSG:4326 · GCJ-02 → WGS84');
  });

  it('says a geometry has no type instead of "几何类型 undefined"', () => {
    const [problem] = checkGeometry({ coordinates: [[120, 30]] });
    expect(problem.zh).toBe('几何图形缺少类型（type）');
    expect(problem.en).toBe('the geometry has no "type"');
    expect(checkGeometry({ type: 'Polygn', coordinates: [] })[0].zh).toBe('几何类型 "Polygn" 无效');
  });

  it("names a workbook's sheet read and the sheets left out", () => {
    expect(sheetText({ name: '意愿', rowNumbers: [], ignored: [] }, true)).toBe('工作表“意愿”');
    expect(sheetText({ name: '意愿', rowNumbers: [], ignored: ['说明', '汇总'] }, true)).toBe('工作表“意愿”（另 2 个工作表未读取：说明、汇总）');
    expect(sheetText({ name: 'Data', rowNumbers: [], ignored: ['Notes'] }, false)).toBe('sheet "Data" (1 other sheet not read: Notes)');
  });
});
