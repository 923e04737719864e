import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { parkingKey } from '../../map/layers/parking';
import { poolingKey } from '../../map/layers/pooling';
import { baseLayerKeys } from '../../map/layer-key';
import { offlineStyle } from '../../map/style';
import { FACILITY_COLOURS, FACILITY_FILL_ALPHA, hexToRgb, STATUS_COLOURS } from '../../map/palette';
import type { LayerSet } from '../../model/types';
import { FACILITY_TYPE_LABELS, type FacilityType } from '../../model/codes';
import { pngLegend } from './png-legend-sections';

const points = (field: string, ...codes: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: codes.map((code, i) => ({ type: 'Feature', properties: { id: `F${i}`, [field]: code }, geometry: { type: 'Point', coordinates: [120 + i / 1000, 30] } })),
});
const facilities = points('type', 'clinic', 'elderly_care', 'canteen', 'childcare', 'market', 'community_service', 'elderly_care');
const layers = { facilities, idleLand: points('kind', 'leftover', 'vacant') } as unknown as LayerSet;

describe('the PNG legend lists what the map shows', () => {
  it('an analysis that fills every community: its key, without the status colours under it', () => {
    const legend = pngLegend(parkingKey({ mode: 'cross' }), 'status', 'zh');
    expect(legend.map((section) => section.title)).toEqual(['小区 · 停车缺口满足', '闲置资源 · 停车用地', '调配']);
    expect(legend[2].rows.map((row) => row.label)).toEqual(['调配车位（线宽按车位数）', '跨片区调配']);
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

  it('with the facilities layer on, each facility type drawn, in the code list’s order, as the dot the map draws, in the UI language', () => {
    const zh = pngLegend(poolingKey(null, true), 'status', 'zh', true, baseLayerKeys(['communities', 'facilities'], layers));
    expect(zh.map((section) => section.title)).toEqual(['跨片区调配车位', '小区', '设施']);
    expect(zh[2].rows.map((row) => row.label)).toEqual(['养老', '托育', '助餐', '便民市场', '卫生服务站', '社区服务站']);
    // The swatch is the map's point: a dot of the colour and opacity the style's facilities circle fills it with.
    const circle = offlineStyle().layers.find((layer) => layer.id === 'facilities-circle') as { paint: Record<string, unknown> } | undefined;
    expect(circle?.paint['circle-opacity']).toBe(FACILITY_FILL_ALPHA / 255);
    const colourMatch = circle?.paint['circle-color'] as unknown[];
    for (const feature of facilities.features) {
      const type = (feature.properties as { type: FacilityType }).type;
      const row = zh[2].rows.find((entry) => entry.label === FACILITY_TYPE_LABELS[type].zh);
      const styleColour = colourMatch[colourMatch.indexOf(type) + 1] as string;
      expect(row?.swatch, type).toEqual({ kind: 'dot', colour: [...hexToRgb(styleColour), FACILITY_FILL_ALPHA] });
      expect(styleColour).toBe(FACILITY_COLOURS[type]);
    }
    const en = pngLegend([], 'status', 'en', false, baseLayerKeys(['facilities'], layers));
    expect(en.map((section) => section.title)).toEqual(['Facilities']);
    expect(en[0].rows.map((row) => row.label)).toEqual(['elderly care', 'childcare', 'canteen', 'market', 'clinic', 'community service']);
  });

  it('a hidden or empty facilities layer has no key; idle land is listed by the kinds present', () => {
    expect(baseLayerKeys(['communities'], layers)).toEqual([]);
    expect(baseLayerKeys(['facilities'], { facilities: points('type') } as unknown as LayerSet)).toEqual([]);
    const keys = baseLayerKeys(['idleLand', 'facilities'], layers);
    expect(keys.map((key) => key.title.zh)).toEqual(['闲置资源', '设施']);
    expect(keys[0].entries.map((entry) => entry.label.zh)).toEqual(['空地', '边角地']);
  });
});
