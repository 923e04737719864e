import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSet } from '../../model/types';
import { FRAME, siteDrawing } from './site-geometry';

const M = 1 / 96_000; // ≈ one metre of longitude at 30°N
const square = (x: number, y: number, side: number) => [[[x, y], [x + side * M, y], [x + side * M, y + side * M], [x, y + side * M], [x, y]]];
const collection = (features: { id: string; coordinates: number[][][] }[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(({ id, coordinates }) => ({ type: 'Feature', properties: { id, kind: 'vacant' }, geometry: { type: 'Polygon', coordinates } })),
});

/** Every coordinate of an SVG path's M/L commands. */
const points = (d: string) => [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const inFrame = ([x, y]: number[]) => x >= 0 && x <= FRAME.width && y >= 0 && y <= FRAME.height;

describe('siteDrawing', () => {
  // A 200 m community; the parcel that takes its parking 260 m east of it (within 300 m: hangzhou-osm's
  // 流水西苑 gets 1,278 spaces from a parcel 269 m away, which the sheet's map left out of its frame).
  const layers = {
    communities: collection([{ id: 'C1', coordinates: square(120, 30, 200) }]),
    idleLand: collection([{ id: 'P1', coordinates: square(120 + 460 * M, 30 + 50 * M, 60) }, { id: 'P2', coordinates: square(120 - 900 * M, 30, 60) }]),
  } as unknown as LayerSet;

  it('frames the community alone when nothing else is asked for', () => {
    const drawing = siteDrawing(layers, 'C1')!;
    expect(drawing.idleLand.map((parcel) => parcel.id)).toEqual([]);
  });

  it('also frames the parcels that take its parking, whole, so the sheet shows the ones it lists', () => {
    const drawing = siteDrawing(layers, 'C1', [], new Set(['P1']))!;
    const parcel = drawing.idleLand.find((p) => p.id === 'P1');
    expect(parcel).toBeDefined();
    expect(points(parcel!.d).every(inFrame)).toBe(true);
    expect(points(drawing.community).every(inFrame)).toBe(true);
    expect(drawing.idleLand.map((p) => p.id)).not.toContain('P2');
  });
});
