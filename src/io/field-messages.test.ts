/**
 * Messages for refused values say what was expected in the reader's language: no zod English
 * inside the Chinese text, the field by its Chinese name, codes by their labels.
 */
import { describe, expect, it } from 'vitest';
import { prepareImport } from './import';
import { validateLayer } from './validate';
import type { RawFeature } from './types';

const point = { type: 'Point' as const, coordinates: [120.15, 30.27] };
const square = { type: 'Polygon' as const, coordinates: [[[120.15, 30.27], [120.16, 30.27], [120.16, 30.28], [120.15, 30.27]]] };
const feature = (geometry: RawFeature['geometry'], properties: Record<string, unknown>): RawFeature => ({ type: 'Feature', geometry, properties });

/** Any zod wording that must not reach a person. */
const ZOD_WORDS = /Invalid (input|option)|expected (number|string|one of ")|received|Too (small|big)/;

describe('field messages', () => {
  it('say in Chinese and English what a facility type should be', () => {
    const report = validateLayer({ fileName: '设施.geojson', role: 'facilities', features: [feature(point, { id: 'F1' }), feature(point, { id: 'F2', type: 'gym' })] });
    const [missing, wrong] = report.issues;
    expect(missing.messageZh).toBe('设施.geojson：第 1 个要素（编号 "F1"），字段 设施类型（type）：缺少该字段的值，应为以下之一：养老、托育、助餐、便民市场、卫生服务站、社区服务站、停车场、充电桩');
    expect(missing.message).toBe('设施.geojson: feature #1 (id "F1"), field type: missing; expected one of elderly_care (elderly care), childcare, canteen, market, clinic, community_service (community service), parking, ev_charging (EV charging)');
    expect(wrong.messageZh).toMatch(/字段 设施类型（type）：值 "gym" 不符合要求，应为以下之一：养老、/);
  });

  it('say a number was expected, naming the field 户数', () => {
    const report = validateLayer({ fileName: '小区.geojson', role: 'communities', features: [feature(square, { id: 'C1', households: 'abc', elderlyShare: 3, builtYear: 1990.5 })] });
    expect(report.issues.map((i) => i.messageZh)).toEqual([
      '小区.geojson：第 1 个要素（编号 "C1"），字段 建成年代（builtYear）：值 1990.5 不符合要求，应为整数',
      '小区.geojson：第 1 个要素（编号 "C1"），字段 户数（households）：值 "abc" 不符合要求，应为数字',
      '小区.geojson：第 1 个要素（编号 "C1"），字段 60岁以上占比（elderlyShare）：值 3 不符合要求，应不大于 1',
    ]);
    expect(report.issues[1].message).toBe('小区.geojson: feature #1 (id "C1"), field households: value "abc" is not valid; expected a number');
    for (const issue of report.issues) expect(`${issue.message} ${issue.messageZh}`).not.toMatch(ZOD_WORDS);
  });

  it('say what was found instead of GeoJSON in Chinese', async () => {
    const [notGeoJson] = await prepareImport([{ name: 'x.geojson', bytes: new TextEncoder().encode('{"foo":1}') }]);
    expect(notGeoJson.report.issues[0].messageZh).toBe('x.geojson：不是 GeoJSON（应为 FeatureCollection、Feature 或几何对象，实际为没有 “type” 成员的对象）');
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a' }, geometry: point }, 5, { type: 'Feature', properties: { id: 'b' } }] };
    const [file] = await prepareImport([{ name: '设施.geojson', bytes: new TextEncoder().encode(JSON.stringify(bad)) }]);
    const zh = file.report.issues.filter((i) => i.code === 'BAD_FEATURE').map((i) => i.messageZh);
    expect(zh).toEqual(['设施.geojson：第 2 个要素：不是有效的 GeoJSON 要素：数字', '设施.geojson：第 3 个要素（编号 "b"）：不是有效的 GeoJSON 要素：缺少 “geometry” 成员']);
  });

  it('name an empty layer with one separator, in both languages', () => {
    const report = validateLayer({ fileName: '小区3.geojson', role: 'communities', features: [] });
    expect(report.issues.map((i) => [i.message, i.messageZh])).toEqual([['小区3.geojson: the file holds no features', '小区3.geojson：文件中没有任何要素或记录']]);
  });
});
