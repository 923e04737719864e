import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { closedRing, crossesItself, dashedOutline, measurementText, nextProposedId, pathLengthM, polygonAreaM2, siteFeature, type LonLat } from './measure';
import { addPoint, cancel, chooseTool, displayPoints, finish, INITIAL_TOOL_STATE, moveHover, removeLastPoint } from './tool-state';

/** Metres → degrees near Hangzhou (lat 30.3°), for building test shapes. */
const LAT = 30.3;
const degreesLat = (m: number) => m / 111_320;
const degreesLon = (m: number) => m / (111_320 * Math.cos((LAT * Math.PI) / 180));
const square = (sideM: number): LonLat[] => [[120, LAT], [120 + degreesLon(sideM), LAT], [120 + degreesLon(sideM), LAT + degreesLat(sideM)], [120, LAT + degreesLat(sideM)]];

describe('measure', () => {
  it('measures about 100 m between two points 100 m apart', () => {
    expect(pathLengthM([[120, LAT], [120, LAT + degreesLat(100)]])).toBeCloseTo(100, 0);
    expect(measurementText('line', [[120, LAT], [120 + degreesLon(1500), LAT]], 'zh')).toBe('1.50 km');
  });

  it('measures a 40 m square as about 1,600 ㎡ and a 200 m one in hectares', () => {
    expect(polygonAreaM2(square(40))).toBeGreaterThan(1580);
    expect(polygonAreaM2(square(40))).toBeLessThan(1620);
    expect(measurementText('polygon', square(200), 'zh')).toMatch(/^(3\.99|4\.0\d) 公顷$/);
    expect(measurementText('polygon', square(200), 'en')).toMatch(/ ha$/);
  });

  it('closes rings and finds a bow-tie outline', () => {
    expect(closedRing(square(10))).toHaveLength(5);
    const bowTie: LonLat[] = [[0, 0], [1, 1], [1, 0], [0, 1]];
    expect(crossesItself(bowTie)).toBe(true);
    expect(crossesItself(square(10))).toBe(false);
  });

  it('dashes a 40 m square outline into dashes of at most 6 m covering 60% of it', () => {
    const dashes = dashedOutline(closedRing(square(40)), 6, 4);
    const lengths = dashes.map((dash) => pathLengthM(dash as LonLat[]));
    expect(Math.max(...lengths)).toBeLessThan(6.1);
    const covered = lengths.reduce((a, b) => a + b, 0);
    expect(covered).toBeGreaterThan(160 * 0.55);
    expect(covered).toBeLessThan(160 * 0.65);
  });

  it('numbers proposed sites one above the highest', () => {
    const idleLand = { type: 'FeatureCollection', features: [{ properties: { id: 'P-2' } }, { properties: { id: 'I-9' } }, { properties: { id: 'P-7' } }] } as unknown as FeatureCollection;
    expect(nextProposedId(idleLand)).toBe('P-8');
    expect(nextProposedId(undefined)).toBe('P-1');
  });

  it('builds a proposed idle-land feature, leaving out an empty name', () => {
    const feature = siteFeature(square(40), { id: 'P-1', kind: 'vacant', name: '  ' });
    expect(feature.properties).toEqual({ id: 'P-1', kind: 'vacant', proposed: true });
    expect(feature.geometry.coordinates[0]).toHaveLength(5);
  });
});

describe('tool state', () => {
  it('a distance needs two points; finishing freezes it and the next click starts anew', () => {
    let state = chooseTool(INITIAL_TOOL_STATE, 'distance');
    state = addPoint(state, [120, LAT]);
    expect(finish(state).state.problem).toBe('tooFewPoints');
    state = addPoint(state, [120.001, LAT]);
    state = moveHover(state, [120.002, LAT]);
    expect(displayPoints(state)).toHaveLength(3);
    state = finish(state).state;
    expect(state.finished).toBe(true);
    expect(displayPoints(state)).toHaveLength(2);
    expect(addPoint(state, [121, LAT]).points).toEqual([[121, LAT]]);
  });

  it('finishing a site hands back its vertices and puts the tool away', () => {
    let state = chooseTool(INITIAL_TOOL_STATE, 'site');
    for (const point of square(40)) state = addPoint(state, point);
    const outcome = finish(state);
    expect(outcome.site).toEqual(square(40));
    expect(outcome.state.tool).toBeNull();
  });

  it('refuses a self-crossing site', () => {
    let state = chooseTool(INITIAL_TOOL_STATE, 'site');
    for (const point of [[0, 0], [1, 1], [1, 0], [0, 1]] as LonLat[]) state = addPoint(state, point);
    const outcome = finish(state);
    expect(outcome.site).toBeNull();
    expect(outcome.state.problem).toBe('crossesItself');
  });

  it('Esc drops the shape first, then the tool; Backspace drops a vertex; the same button toggles', () => {
    let state = addPoint(addPoint(chooseTool(INITIAL_TOOL_STATE, 'area'), [0, 0]), [1, 0]);
    expect(removeLastPoint(state).points).toEqual([[0, 0]]);
    state = cancel(state);
    expect(state.points).toEqual([]);
    expect(state.tool).toBe('area');
    expect(cancel(state).tool).toBeNull();
    expect(chooseTool(state, 'area').tool).toBeNull();
    expect(chooseTool(state, 'distance').tool).toBe('distance');
  });
});
