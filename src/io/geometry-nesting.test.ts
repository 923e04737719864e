/**
 * Coordinates nested too shallow (geojsonhint's point-labeled-as-a-multipolygon: a Point's
 * [lon, lat] under type MultiPolygon) were "the polygon has no rings", once per number: wrong,
 * and said twice. Each such geometry now gets one message with the value found.
 */
import { describe, expect, it } from 'vitest';
import { checkGeometry } from './validate';

const messages = (geometry: unknown) => checkGeometry(geometry).map((problem) => `${problem.code}: ${problem.en}`);

describe('coordinates nested too shallow', () => {
  it('a MultiPolygon holding numbers: one message naming the polygon and its value', () => {
    expect(messages({ type: 'MultiPolygon', coordinates: [-0.087890625, 51.56341232867588] })).toEqual([
      'BAD_COORDINATES: polygon 1 of the MultiPolygon is -0.087890625, not a list of rings (coordinates nested too shallow?)',
    ]);
  });
  it('a Polygon holding a number: the ring and its value', () => {
    expect(messages({ type: 'Polygon', coordinates: [5] })).toEqual(['BAD_COORDINATES: ring 1 is 5, not a list of positions']);
  });
  it('an empty polygon inside a MultiPolygon still has no rings', () => {
    expect(messages({ type: 'MultiPolygon', coordinates: [[]] })).toEqual(['EMPTY_GEOMETRY: the polygon has no rings']);
  });
});
