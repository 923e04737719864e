import { describe, expect, it } from 'vitest';
import { parkingKey } from '../../map/layers/parking';
import { poolingKey } from '../../map/layers/pooling';
import { STATUS_COLOURS } from '../../map/palette';
import { pngLegend } from './png-legend-sections';

describe('the PNG legend lists what the map shows', () => {
  it('an analysis that fills every community: its key, without the status colours under it', () => {
    const legend = pngLegend(parkingKey({ mode: 'cross' }), 'status', 'zh');
    expect(legend.map((section) => section.title)).toEqual(['小区 · 停车缺口满足', '闲置资源 · 停车用地', '调配']);
    expect(legend[2].rows.map((row) => row.label)).toEqual(['调配车位(线宽按车位数)', '跨片区调配']);
  });

  it('otherwise its key, then the communities by what they are coloured by', () => {
    const legend = pngLegend(poolingKey(null, true), 'status', 'en');
    expect(legend.map((section) => section.title)).toEqual(['Spaces across districts', 'Communities']);
    expect(legend[1].rows[0]).toEqual({ swatch: { kind: 'fill', colour: [158, 158, 158, 255] }, label: 'candidate' });
    expect(STATUS_COLOURS.candidate.toLowerCase()).toBe('#9e9e9e');
    expect(pngLegend([], 'category', 'zh')[0].rows.map((row) => row.label)).toEqual(['基础类', '完善类', '提升类', '未分类']);
    // With the communities layer off, no key for it.
    expect(pngLegend(poolingKey(null, true), 'status', 'en', false).map((section) => section.title)).toEqual(['Spaces across districts']);
  });
});
