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
});
