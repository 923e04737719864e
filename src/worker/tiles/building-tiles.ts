/**
 * Mapbox Vector Tiles of the buildings, cut on demand from the flat buffers (building-buffers.ts)
 * with a flatbush index over the footprints' boxes. Each tile holds every building whose box
 * meets it, unclipped (MapLibre clips fills per tile and draws a prism crossing a tile edge
 * from both tiles, in the same place); buildings smaller than MapLibre's own GeoJSON tolerance
 * at that zoom are left out, as geojson-vt does, so a province-wide view stays light.
 * Geometry goes straight from the typed arrays to MVT commands (encode-tile.ts).
 */
import Flatbush from 'flatbush';
import type { BuildingBuffers } from './building-buffers';
import { command, encodeTile, ValueTable, zigzag, type EncodedFeature } from './encode-tile';
import { PointScratch } from './growable';

export const TILE_EXTENT = 4096;
export const BUILDINGS_SOURCE_LAYER = 'buildings';
/**
 * Smallest kept footprint, in tile units squared: geojson-vt's default tolerance in MapLibre
 * (0.375 px of a 512 px tile = 3 units of 4096) squared, the area under which it drops a ring.
 */
const MIN_AREA_UNITS = 3 * 3;
const KEYS = ['id', 'floors', 'heightM'] as const;

/** One ring's rounded points (reused: no allocation per vertex). */
class RingScratch extends PointScratch {
  reset() {
    this.length = 0;
  }
  /** Twice the signed area in tile coordinates (y down): positive is an MVT outer ring. */
  area(): number {
    let sum = 0;
    for (let i = 0; i < this.length; i++) {
      const j = i + 1 === this.length ? 0 : i + 1;
      sum += this.xs[i] * this.ys[j] - this.xs[j] * this.ys[i];
    }
    return sum;
  }
}

export class BuildingTiles {
  private readonly index: Flatbush | null;
  /** Feature index of each box in the flatbush (features without geometry are left out). */
  private readonly featureOfBox: Uint32Array;
  private readonly ring = new RingScratch();

  constructor(private readonly buffers: BuildingBuffers) {
    const withBox: number[] = [];
    for (let i = 0; i < buffers.count; i++) if (!Number.isNaN(buffers.bboxes[i * 4])) withBox.push(i);
    this.featureOfBox = Uint32Array.from(withBox);
    if (withBox.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(withBox.length);
    for (const feature of withBox) {
      const at = feature * 4;
      index.add(buffers.bboxes[at], buffers.bboxes[at + 1], buffers.bboxes[at + 2], buffers.bboxes[at + 3]);
    }
    index.finish();
    this.index = index;
  }

  /** Feature indices whose box meets the tile, in file order. */
  featuresIn(z: number, x: number, y: number): number[] {
    if (!this.index) return [];
    const size = 1 / 2 ** z;
    const found = this.index.search(x * size, y * size, (x + 1) * size, (y + 1) * size);
    return found.map((box) => this.featureOfBox[box]).sort((a, b) => a - b);
  }

  /** The encoded tile; a tile with no building is empty (MapLibre draws nothing for it). */
  tile(z: number, x: number, y: number): Uint8Array {
    const scale = 2 ** z * TILE_EXTENT;
    const minArea = MIN_AREA_UNITS / (scale * scale);
    const values = new ValueTable();
    const features: EncodedFeature[] = [];
    for (const feature of this.featuresIn(z, x, y)) {
      if (this.buffers.areas[feature] < minArea) continue;
      const geometry = this.commandsOf(feature, scale, x * TILE_EXTENT, y * TILE_EXTENT);
      if (geometry.length === 0) continue;
      features.push({ id: feature + 1, tags: this.tagsOf(feature, values), geometry });
    }
    if (features.length === 0) return new Uint8Array(0);
    return encodeTile({ name: BUILDINGS_SOURCE_LAYER, extent: TILE_EXTENT, keys: KEYS, values: values.values, features });
  }

  private tagsOf(feature: number, values: ValueTable): number[] {
    const tags = [0, values.indexOf(this.buffers.ids[feature])];
    const floors = this.buffers.floors[feature];
    const height = this.buffers.heights[feature];
    if (!Number.isNaN(floors)) tags.push(1, values.indexOf(floors));
    if (!Number.isNaN(height)) tags.push(2, values.indexOf(Math.round(height * 100) / 100));
    return tags;
  }

  /**
   * The feature's rings in tile units as MVT commands: rounded, repeated points dropped, outer
   * rings wound positive and holes negative (MVT 2.1 §4.3.4.4); a ring that rounds to nothing
   * is dropped, and with an outer ring its holes.
   */
  private commandsOf(feature: number, scale: number, offsetX: number, offsetY: number): number[] {
    const { vertices, ringStarts, ringIsOuter, featureRingStarts } = this.buffers;
    const ring = this.ring;
    const commands: number[] = [];
    let cursorX = 0;
    let cursorY = 0;
    let outerKept = false;
    for (let r = featureRingStarts[feature]; r < featureRingStarts[feature + 1]; r++) {
      const isOuter = ringIsOuter[r] === 1;
      if (!isOuter && !outerKept) continue;
      ring.reset();
      for (let vertex = ringStarts[r]; vertex < ringStarts[r + 1]; vertex++) {
        const px = Math.round(vertices[vertex * 2] * scale - offsetX);
        const py = Math.round(vertices[vertex * 2 + 1] * scale - offsetY);
        const last = ring.length - 1;
        if (last < 0 || ring.xs[last] !== px || ring.ys[last] !== py) ring.push(px, py);
      }
      while (ring.length > 1 && ring.xs[0] === ring.xs[ring.length - 1] && ring.ys[0] === ring.ys[ring.length - 1]) ring.length--;
      const area = ring.length >= 3 ? ring.area() : 0;
      if (area === 0) {
        if (isOuter) outerKept = false;
        continue;
      }
      const forward = area > 0 === isOuter;
      for (let k = 0; k < ring.length; k++) {
        const i = forward ? k : ring.length - 1 - k;
        if (k === 0) commands.push(command(1, 1));
        else if (k === 1) commands.push(command(2, ring.length - 1));
        commands.push(zigzag(ring.xs[i] - cursorX), zigzag(ring.ys[i] - cursorY));
        cursorX = ring.xs[i];
        cursorY = ring.ys[i];
      }
      commands.push(command(7, 1));
      if (isOuter) outerKept = true;
    }
    return commands;
  }
}
