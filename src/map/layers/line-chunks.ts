/**
 * Many short lines at province scale. deck.gl runs a LineLayer's vertex shader over every line
 * whatever the view, and with software WebGL the parking view's 37,600 flow lines cost about
 * 200 ms a frame at zoom 13 and 150 ms at zoom 16, where almost none of them is on screen.
 * Above CHUNKED_LINES_LIMIT lines the data is cut into ≈2 km grid chunks (by each line's
 * midpoint), each a LineLayer of its own with the chunk's bounds, so layer-culling.ts draws
 * only those in view. Lines stay drawn at every zoom: a flow is read as a whole, and at city
 * level the pattern of them is the point. Picks report the layer's own id (`pickLayer`).
 */
import type { Layer } from '@deck.gl/core';
import { LineLayer, type LineLayerProps } from '@deck.gl/layers';
import { type CulledData, gridChunks } from '../layer-culling';
import { keptData } from './kept-data';

/** Up to this many lines a layer is drawn as one, as before. */
export const CHUNKED_LINES_LIMIT = 5_000;

type Position = [number, number];

/** A chunk of lines: the lines themselves (deck.gl's data), its bounds and the id picks report. */
export type LineChunk<T> = T[] & CulledData & { pickLayer: string };

/** The lines by grid cell of their midpoint, each chunk with the box of its lines' ends; kept per `lines` array. */
export function lineChunks<T>(lines: readonly T[], from: (line: T) => Position, to: (line: T) => Position, pickLayer: string): LineChunk<T>[] {
  return keptData(lines, `line-chunks:${pickLayer}`, [], () =>
    gridChunks(lines, (line): CulledData['bounds'] => {
      const [x0, y0] = from(line);
      const [x1, y1] = to(line);
      return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
    }).map(({ items, bounds }) => Object.assign(items, { bounds, pickLayer })),
  );
}

/**
 * A LineLayer (props as for one): up to the limit that layer; above it, one per chunk, ids
 * `${id}:k`. `data` should be the same array while it does not change (its chunks are kept per array).
 */
export function lineLayers<T>(props: LineLayerProps<T> & { id: string; data: T[]; getSourcePosition: (line: T) => Position; getTargetPosition: (line: T) => Position }): Layer[] {
  if (props.data.length <= CHUNKED_LINES_LIMIT) return [new LineLayer<T>(props)];
  return lineChunks(props.data, props.getSourcePosition, props.getTargetPosition, props.id).map((chunk, k) => new LineLayer<T>({ ...props, id: `${props.id}:${k}`, data: chunk }));
}
