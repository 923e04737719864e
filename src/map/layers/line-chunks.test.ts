import { describe, expect, it } from 'vitest';
import { cullLayers } from '../layer-culling';
import { CHUNKED_LINES_LIMIT, lineChunks, lineLayers } from './line-chunks';

interface Line { id: number; from: [number, number]; to: [number, number] }

/** `count` lines of 0.001° eastwards, one every 0.001° from 120°E along 30°N. */
const lines = (count: number): Line[] => Array.from({ length: count }, (_, i) => ({ id: i, from: [120 + i * 1e-3, 30], to: [120 + i * 1e-3 + 1e-3, 30.0005] }));
const from = (line: Line) => line.from;
const to = (line: Line) => line.to;

describe('line layers at province scale', () => {
  it('up to the limit: one LineLayer of the data itself', () => {
    const data = lines(CHUNKED_LINES_LIMIT);
    const layers = lineLayers({ id: 'flows', data, getSourcePosition: from, getTargetPosition: to, pickable: true });
    expect(layers.map((layer) => layer.id)).toEqual(['flows']);
    expect(layers[0].props.data).toBe(data);
  });

  it('above it: ≈2 km chunks by midpoint, each line once, inside its chunk\'s bounds, picked as the layer', () => {
    const data = lines(CHUNKED_LINES_LIMIT + 1);
    const layers = lineLayers({ id: 'flows', data, getSourcePosition: from, getTargetPosition: to, pickable: true });
    // 5,001 lines over 5° east, midpoints in 0.02° cells: 250 or 251 chunks.
    expect(layers.length).toBeGreaterThanOrEqual(250);
    expect(layers.length).toBeLessThanOrEqual(251);
    expect(layers.every((layer, k) => layer.id === `flows:${k}` && layer.props.pickable === true)).toBe(true);
    const chunks = lineChunks(data, from, to, 'flows');
    expect(chunks.flatMap((chunk) => chunk.map((line) => line.id)).sort((a, b) => a - b)).toEqual(data.map((line) => line.id));
    for (const chunk of chunks) {
      expect(chunk.pickLayer).toBe('flows');
      expect(chunk.minZoom).toBeUndefined();
      for (const line of chunk) {
        for (const [x, y] of [line.from, line.to]) {
          expect(x).toBeGreaterThanOrEqual(chunk.bounds[0]);
          expect(y).toBeGreaterThanOrEqual(chunk.bounds[1]);
          expect(x).toBeLessThanOrEqual(chunk.bounds[2]);
          expect(y).toBeLessThanOrEqual(chunk.bounds[3]);
        }
      }
    }
    // A view of 0.05° around 120.5°E: a handful of chunks drawn, at any zoom; the rest hidden.
    for (const zoom of [10, 13, 16]) {
      const shown = cullLayers(layers, { bounds: [120.5, 29.99, 120.55, 30.01], zoom }).filter((layer) => layer.props.visible !== false);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      expect(shown.length).toBeLessThanOrEqual(5);
    }
  });

  it('keeps the chunks per array, so a restyle re-cuts nothing', () => {
    const data = lines(CHUNKED_LINES_LIMIT + 1);
    const a = lineLayers({ id: 'flows', data, getSourcePosition: from, getTargetPosition: to, getColor: [0, 0, 0, 255] });
    const b = lineLayers({ id: 'flows', data, getSourcePosition: from, getTargetPosition: to, getColor: [255, 0, 0, 255] });
    expect(b.map((layer) => layer.props.data)).toEqual(a.map((layer) => layer.props.data));
    expect(b[0].props.data).toBe(a[0].props.data);
  });
});
