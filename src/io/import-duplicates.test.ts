/** Two files of one layer are merged on import: an id used in both is refused, not written twice. */
import { describe, expect, it } from 'vitest';
import { crossFileDuplicates, prepareImport } from './import';

const square = [[[120.15, 30.27], [120.16, 30.27], [120.16, 30.28], [120.15, 30.27]]];

function communities(name: string, ids: (string | number)[]) {
  const json = { type: 'FeatureCollection', features: ids.map((id) => ({ type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: square } })) };
  return { name, bytes: new TextEncoder().encode(JSON.stringify(json)) };
}

describe('crossFileDuplicates', () => {
  it('names the later file, its feature and the file that has the id first', async () => {
    const prepared = await prepareImport([communities('小区一.geojson', ['A', 'B', 7]), communities('小区二.geojson', ['C', 'B', '7', 7])]);
    expect(prepared.every((file) => file.report.errors === 0)).toBe(true);
    const issues = crossFileDuplicates(prepared);
    expect(issues.map((i) => [i.code, i.fileName, i.featureIndex, i.featureId, i.field])).toEqual([
      ['DUPLICATE_ID_ACROSS_FILES', '小区二.geojson', 1, 'B', 'id'],
      ['DUPLICATE_ID_ACROSS_FILES', '小区二.geojson', 3, 7, 'id'],
    ]);
    expect(issues[0].message).toBe('小区二.geojson: feature #2 (id "B"), field id: id "B" is already used by feature #2 of 小区一.geojson; both files are communities, so the ids must differ');
    expect(issues[0].messageZh).toMatch(/^小区二\.geojson：第 2 个要素（编号 "B"），字段 编号：编号 "B" 已被 小区一\.geojson 的第 2 个要素使用/);
  });

  it('leaves files of different layers alone', async () => {
    const prepared = await prepareImport([communities('小区.geojson', ['A']), communities('片区.geojson', ['A'])]);
    expect(prepared.map((file) => file.role)).toEqual(['communities', 'districts']);
    expect(crossFileDuplicates(prepared)).toEqual([]);
  });
});
