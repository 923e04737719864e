/**
 * Mapbox Vector Tiles of the roads, cut on demand from the flat buffers (road-buffers.ts) with a
 * flatbush index over the roads' boxes, as building-tiles.ts does for the buildings. Unlike a
 * footprint, a road can run across many tiles (at zoom 16 an arterial spans dozens), and MapLibre
 * keeps tile coordinates in 16-bit integers: so each line is clipped to the tile grown by a
 * 64-unit buffer (geojson-vt's default, so a line crossing an edge runs on past it and shows no
 * cap there). Below `mainOnlyBelowZoom` only the main roads are in a tile, as the style's filter
 * draws them, so a province overview's tiles stay light.
 */
import Flatbush from 'flatbush';
import type { RoadBuffers } from './road-buffers';
import { TILE_EXTENT } from './building-tiles';
import { command, encodeTile, LINESTRING, ValueTable, zigzag, type EncodedFeature } from './encode-tile';
import { PointScratch } from './growable';

export const ROADS_SOURCE_LAYER = 'roads';
/** Tile units kept around each tile (geojson-vt's default buffer). */
const BUFFER = 64;
const MIN = -BUFFER;
const MAX = TILE_EXTENT + BUFFER;
const KEYS = ['id', 'widthM'] as const;

export interface RoadTileOptions {
  /** Width (m) from which a road is a main road, drawn at every zoom. */
  mainWidthM: number;
  /** From this zoom in every road is in the tiles; further out only the main roads. */
  mainOnlyBelowZoom: number;
  /** The width (m) of a road without one. */
  defaultWidthM: number;
}

/** One clipped part's rounded points (reused: no allocation per vertex). */
class PartScratch extends PointScratch {
  /** Adds the point rounded, unless it rounds onto the previous one. */
  add(x: number, y: number) {
    const px = Math.round(x);
    const py = Math.round(y);
    const last = this.length - 1;
    if (last < 0 || this.xs[last] !== px || this.ys[last] !== py) this.push(px, py);
  }
}

/** A flatbush over some features' boxes, and the feature of each box (added in ascending order). */
interface BoxIndex {
  index: Flatbush;
  featureOfBox: Uint32Array;
}

function indexOf(buffers: RoadBuffers, features: number[]): BoxIndex | null {
  if (features.length === 0) return null;
  const index = new Flatbush(features.length);
  for (const feature of features) {
    const at = feature * 4;
    index.add(buffers.bboxes[at], buffers.bboxes[at + 1], buffers.bboxes[at + 2], buffers.bboxes[at + 3]);
  }
  index.finish();
  return { index, featureOfBox: Uint32Array.from(features) };
}

export class RoadTiles {
  /** Every road with a line, and the main roads alone (searched below mainOnlyBelowZoom). */
  private readonly all: BoxIndex | null;
  private readonly main: BoxIndex | null;
  /** widthM as written to the tiles (2 decimals), NaN when absent. */
  private readonly widths: Float64Array;
  private readonly part = new PartScratch();

  constructor(private readonly buffers: RoadBuffers, private readonly options: RoadTileOptions) {
    this.widths = Float64Array.from(buffers.widths, (width) => (Number.isNaN(width) ? width : Math.round(width * 100) / 100));
    const all: number[] = [];
    const main: number[] = [];
    for (let i = 0; i < buffers.count; i++) {
      if (Number.isNaN(buffers.bboxes[i * 4])) continue;
      all.push(i);
      // On the written width, so the tiles agree with the style's filter, which reads them.
      const width = Number.isNaN(this.widths[i]) ? options.defaultWidthM : this.widths[i];
      if (width >= options.mainWidthM) main.push(i);
    }
    this.all = indexOf(buffers, all);
    this.main = indexOf(buffers, main);
  }

  /** Feature indices whose box meets the tile grown by the buffer, ascending (every road, whatever the zoom). */
  featuresIn(z: number, x: number, y: number): number[] {
    return Array.from(this.search(this.all, z, x, y));
  }

  /** The encoded tile; a tile with no road in it is empty (MapLibre draws nothing for it). */
  tile(z: number, x: number, y: number): Uint8Array {
    const scale = 2 ** z * TILE_EXTENT;
    const values = new ValueTable();
    const features: EncodedFeature[] = [];
    for (const feature of this.search(z < this.options.mainOnlyBelowZoom ? this.main : this.all, z, x, y)) {
      const geometry = this.commandsOf(feature, scale, x * TILE_EXTENT, y * TILE_EXTENT);
      if (geometry.length === 0) continue;
      features.push({ id: feature + 1, type: LINESTRING, tags: this.tagsOf(feature, values), geometry });
    }
    if (features.length === 0) return new Uint8Array(0);
    return encodeTile({ name: ROADS_SOURCE_LAYER, extent: TILE_EXTENT, keys: KEYS, values: values.values, features });
  }

  private search(boxes: BoxIndex | null, z: number, x: number, y: number): Uint32Array {
    if (!boxes) return new Uint32Array(0);
    const size = 1 / 2 ** z;
    const pad = (BUFFER / TILE_EXTENT) * size;
    const found = boxes.index.search(x * size - pad, y * size - pad, (x + 1) * size + pad, (y + 1) * size + pad);
    // Boxes were added in feature order, so sorting the boxes sorts the features.
    const sorted = Uint32Array.from(found).sort();
    for (let i = 0; i < sorted.length; i++) sorted[i] = boxes.featureOfBox[sorted[i]];
    return sorted;
  }

  private tagsOf(feature: number, values: ValueTable): number[] {
    const tags = [0, values.indexOf(this.buffers.ids[feature])];
    const width = this.widths[feature];
    if (!Number.isNaN(width)) tags.push(1, values.indexOf(width));
    return tags;
  }

  /**
   * The feature's lines in tile units as MVT LineString commands (MVT 2.1 §4.3.4.3): each
   * segment clipped to the buffered tile (Liang–Barsky), so a line that leaves and comes back
   * makes two parts; then rounded, repeated points dropped, parts under two points dropped.
   */
  private commandsOf(feature: number, scale: number, offsetX: number, offsetY: number): number[] {
    const { vertices, lineStarts, featureLineStarts } = this.buffers;
    const part = this.part;
    const commands: number[] = [];
    const cursor = { x: 0, y: 0 };
    for (let l = featureLineStarts[feature]; l < featureLineStarts[feature + 1]; l++) {
      part.length = 0;
      let ax = vertices[lineStarts[l] * 2] * scale - offsetX;
      let ay = vertices[lineStarts[l] * 2 + 1] * scale - offsetY;
      for (let vertex = lineStarts[l] + 1; vertex < lineStarts[l + 1]; vertex++) {
        const bx = vertices[vertex * 2] * scale - offsetX;
        const by = vertices[vertex * 2 + 1] * scale - offsetY;
        const dx = bx - ax;
        const dy = by - ay;
        // Liang–Barsky: the segment a + t (b − a) for t in [t0, t1] lies inside the box.
        let t0 = 0;
        let t1 = 1;
        let inside = true;
        for (let edge = 0; edge < 4 && inside; edge++) {
          const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
          const q = edge === 0 ? ax - MIN : edge === 1 ? MAX - ax : edge === 2 ? ay - MIN : MAX - ay;
          if (p === 0) {
            if (q < 0) inside = false; // parallel to the edge and beyond it
          } else {
            const t = q / p;
            if (p < 0) { if (t > t1) inside = false; else if (t > t0) t0 = t; }
            else if (t < t0) inside = false; else if (t < t1) t1 = t;
          }
        }
        if (!inside) {
          this.flush(commands, cursor);
        } else {
          // Exact end points where the segment does not leave; clamped (rounding error) where it does.
          if (t0 === 0) part.add(ax, ay);
          else part.add(clamp(ax + t0 * dx), clamp(ay + t0 * dy));
          if (t1 === 1) part.add(bx, by);
          else {
            part.add(clamp(ax + t1 * dx), clamp(ay + t1 * dy));
            this.flush(commands, cursor);
          }
        }
        ax = bx;
        ay = by;
      }
      this.flush(commands, cursor);
    }
    return commands;
  }

  /** Writes the part so far (if two or more points) as MoveTo + LineTo from the cursor, and empties it. */
  private flush(commands: number[], cursor: { x: number; y: number }) {
    const part = this.part;
    if (part.length >= 2) {
      for (let i = 0; i < part.length; i++) {
        if (i === 0) commands.push(command(1, 1));
        else if (i === 1) commands.push(command(2, part.length - 1));
        commands.push(zigzag(part.xs[i] - cursor.x), zigzag(part.ys[i] - cursor.y));
        cursor.x = part.xs[i];
        cursor.y = part.ys[i];
      }
    }
    part.length = 0;
  }
}

const clamp = (value: number) => (value < MIN ? MIN : value > MAX ? MAX : value);
