/**
 * The import dialog's column choices (audit defect 5): a column with no field is imported under
 * its own name (保留原列名), an override of null leaves it out (不导入) and says so (dropped), an
 * override of '' keeps a column that would have matched a field under its own name.
 */
import { describe, expect, it } from 'vitest';
import { applyFieldMapping } from './fields';

const raw = {
  columns: ['编号', 'name', '层数', 'source'],
  features: [{ type: 'Feature' as const, geometry: null, properties: { 编号: 'B1', name: '86幢', 层数: '6层', source: 'osm' } }],
};

describe('field overrides', () => {
  it('keeps unmapped columns by default, and names none dropped', () => {
    const mapped = applyFieldMapping(raw, 'buildings');
    expect(mapped.mapping).toMatchObject({ 编号: 'id', 层数: 'floors', source: null });
    expect(mapped.dropped).toEqual([]);
    expect(mapped.features[0].properties).toMatchObject({ id: 'B1', floors: 6, source: 'osm' });
  });

  it('null drops a column (不导入); "" keeps a matching column under its own name (保留原列名)', () => {
    const mapped = applyFieldMapping(raw, 'buildings', { source: null, 层数: '' });
    expect(mapped.dropped).toEqual(['source']);
    expect(mapped.mapping).toMatchObject({ 编号: 'id', 层数: null, source: null });
    expect(mapped.features[0].properties).toEqual({ id: 'B1', name: '86幢', 层数: '6层' });
  });

  it('takes a unique id-like column when the id alias repeats (a Geofabrik OSM file: code 7201 on every row, osm_id unique)', () => {
    const row = (osm_id: string, name: string) => ({ type: 'Feature' as const, geometry: null, properties: { osm_id, code: 7201, fclass: 'residential', name } });
    const osm = { columns: ['osm_id', 'code', 'fclass', 'name'], features: [row('4021', '流水西苑'), row('4022', '朝晖一区'), row('4023', '朝晖二区')] };
    const mapped = applyFieldMapping(osm, 'communities');
    expect(mapped.mapping).toMatchObject({ osm_id: 'id', code: null, name: 'name' });
    expect(mapped.features.map((f) => f.properties)).toEqual([
      { id: '4021', code: 7201, fclass: 'residential', name: '流水西苑' },
      { id: '4022', code: 7201, fclass: 'residential', name: '朝晖一区' },
      { id: '4023', code: 7201, fclass: 'residential', name: '朝晖二区' },
    ]);
    // The planner's own choice stands; and a repeating id with no unique alternative stays (validate names the duplicates).
    expect(applyFieldMapping(osm, 'communities', { code: 'id' }).mapping).toMatchObject({ code: 'id', osm_id: null });
    const noAlternative = { columns: ['code', 'name'], features: osm.features.map(({ properties: { code, name } }) => ({ type: 'Feature' as const, geometry: null, properties: { code, name } })) };
    expect(applyFieldMapping(noAlternative, 'communities').mapping).toMatchObject({ code: 'id' });
  });
});
