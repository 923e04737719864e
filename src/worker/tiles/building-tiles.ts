/**
 * Mapbox Vector Tiles of the buildings, cut on demand from the flat buffers (building-buffers.ts)
 * with a flatbush index over the footprints' boxes. Each tile holds every building whose box
 * meets it, unclipped (MapLibre clips fills per tile and draws a prism crossing a tile edge
 * from both tiles, in the same place); buildings smaller than MapLibre's own GeoJSON tolerance
 * at that zoom are left out, as geojson-vt does, so a province-wide view stays light.
 * Encoding is @maplibre/vt-pbf's (the library MapLibre itself uses for GeoJSON tiles).
 */
import Flatbush from 'flatbush';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { BuildingBuffers } from './building-buffers';

export const TILE_EXTENT = 4096;
export const BUILDINGS_SOURCE_LAYER = 'buildings';
/**
 * Smallest kept footprint, in tile units squared: geojson-vt's default tolerance in MapLibre
 * (0.375 px of a 512 px tile = 3 units of 4096) squared, the area under which it drops a ring.
 */
const MIN_AREA_UNITS = 3 * 3;

type TilePoint = [number, number];
interface TileFeature {
  type: 3;
  id: number;
  geometry: TilePoint[][];
  tags: Record<string, string | number>;
}

/** Twice the signed area in tile coordinates (y down): positive is an MVT outer ring. */
function shoelace(ring: TilePoint[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

export class BuildingTiles {
  private readonly index: Flatbush | null;
  /** Feature index of each box in the flatbush (features without geometry are left out). */
  private readonly featureOfBox: Uint32Array;

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

  /** Feature indices in the tile's box, in file order, and the scale from Mercator to tile units. */
  featuresIn(z: number, x: number, y: number): number[] {
    if (!this.index) return [];
    const size = 1 / 2 ** z;
    const found = this.index.search(x * size, y * size, (x + 1) * size, (y + 1) * size);
    return found.map((box) => this.featureOfBox[box]).sort((a, b) => a - b);
  }

  /** The encoded tile (an empty tile has no layer; MapLibre draws nothing for it). */
  tile(z: number, x: number, y: number): Uint8Array {
    const scale = 2 ** z * TILE_EXTENT;
    const minArea = MIN_AREA_UNITS / (scale * scale);
    const features: TileFeature[] = [];
    for (const feature of this.featuresIn(z, x, y)) {
      if (this.buffers.areas[feature] < minArea) continue;
      const geometry = this.geometryOf(feature, scale, x * TILE_EXTENT, y * TILE_EXTENT);
      if (geometry.length === 0) continue;
      features.push({ type: 3, id: feature + 1, geometry, tags: this.tagsOf(feature) });
    }
    if (features.length === 0) return new Uint8Array(0);
    return fromGeojsonVt({ [BUILDINGS_SOURCE_LAYER]: { features } as never }, { version: 2, extent: TILE_EXTENT });
  }

  private tagsOf(feature: number): Record<string, string | number> {
    const tags: Record<string, string | number> = { id: this.buffers.ids[feature] };
    const floors = this.buffers.floors[feature];
    const height = this.buffers.heights[feature];
    if (!Number.isNaN(floors)) tags.floors = floors;
    if (!Number.isNaN(height)) tags.heightM = Math.round(height * 100) / 100;
    return tags;
  }

  /**
   * The feature's rings in tile units, rounded, repeated points dropped, closed, outer rings
   * wound positive and holes negative (MVT 2.1 §4.3.4.4); a ring that rounds to nothing is
   * dropped, and with an outer ring its holes.
   */
  private geometryOf(feature: number, scale: number, offsetX: number, offsetY: number): TilePoint[][] {
    const { vertices, ringStarts, ringIsOuter, featureRingStarts } = this.buffers;
    const rings: TilePoint[][] = [];
    let outerKept = false;
    for (let ring = featureRingStarts[feature]; ring < featureRingStarts[feature + 1]; ring++) {
      const isOuter = ringIsOuter[ring] === 1;
      if (!isOuter && !outerKept) continue;
      const points: TilePoint[] = [];
      for (let vertex = ringStarts[ring]; vertex < ringStarts[ring + 1]; vertex++) {
        const px = Math.round(vertices[vertex * 2] * scale - offsetX);
        const py = Math.round(vertices[vertex * 2 + 1] * scale - offsetY);
        const last = points[points.length - 1];
        if (!last || last[0] !== px || last[1] !== py) points.push([px, py]);
      }
      while (points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1]) points.pop();
      const area = points.length >= 3 ? shoelace(points) : 0;
      if (area === 0) {
        if (isOuter) outerKept = false;
        continue;
      }
      if (area > 0 !== isOuter) points.reverse();
      points.push([points[0][0], points[0][1]]);
      rings.push(points);
      if (isOuter) outerKept = true;
    }
    return rings;
  }
}
