import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSet } from '../../model/types';
import { siteDrawing } from './site-geometry';
import { sheetLegendItems } from './sheet-legend';

const M = 1 / 96_000;
const square = (x: number, y: number, side: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + side * M, y], [x + side * M, y + side * M], [x, y + side * M], [x, y]]] });
const collection = (features: { properties: Record<string, unknown>; geometry: unknown }[]) => ({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) }) as FeatureCollection;
const community = collection([{ properties: { id: 'C1' }, geometry: square(120, 30, 200) }]);

describe('sheetLegendItems', () => {
  it('without buildings and roads layers lists neither 本小区楼栋, the verdicts nor 消防车道 (hangzhou-osm)', () => {
    const layers = { communities: community, idleLand: collection([{ properties: { id: 'P1', kind: 'vacant' }, geometry: square(120 + 50 * M, 30 + 50 * M, 40) }]) } as unknown as LayerSet;
    const drawing = siteDrawing(layers, 'C1', [], new Set(['P1']))!;
    expect(sheetLegendItems(drawing, new Set(['P1']))).toEqual(['community', 'idleLand', 'parkingParcels']);
  });

  it('lists its buildings, the verdicts its units have and fire lanes when the map draws them', () => {
    const building = square(120 + 20 * M, 30 + 20 * M, 30);
    const layers = {
      communities: community,
      buildings: collection([{ properties: { id: 'B1', communityId: 'C1', floors: 6 }, geometry: building }]),
      roads: collection([
        { properties: { id: 'R1', widthM: 6 }, geometry: { type: 'LineString', coordinates: [[120, 30 + 100 * M], [120 + 200 * M, 30 + 100 * M]] } },
        { properties: { id: 'R2', widthM: 4, fireLane: true }, geometry: { type: 'LineString', coordinates: [[120, 30 + 10 * M], [120 + 200 * M, 30 + 10 * M]] } },
      ]),
    } as unknown as LayerSet;
    const drawing = siteDrawing(layers, 'C1', [{ buildingId: 'B1', unit: 1, status: 'conditional', footprint: building }])!;
    expect(sheetLegendItems(drawing, new Set())).toEqual(['community', 'ownBuildings', 'conditional', 'fireLane']);
  });

  it('roads with no fire lane among them do not list 消防车道', () => {
    const layers = { communities: community, roads: collection([{ properties: { id: 'R1' }, geometry: { type: 'LineString', coordinates: [[120, 30 + 100 * M], [120 + 200 * M, 30 + 100 * M]] } }]) } as unknown as LayerSet;
    expect(sheetLegendItems(siteDrawing(layers, 'C1')!, new Set())).toEqual(['community']);
  });
});
