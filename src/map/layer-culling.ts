/**
 * Layers drawn only where and when they can be seen. deck.gl runs the vertex shader over every
 * vertex of a layer whatever the view, and with software WebGL (no GPU: CI, and the remote
 * desktops many offices use) ≈550k elevator footprints took 4 s a frame. A layer whose data
 * carries `bounds` (and optionally `minZoom` or `maxZoom`) is hidden while the view misses its
 * bounds or is zoomed out past minZoom (in past maxZoom); the data is untouched, so nothing is
 * rebuilt or uploaded again.
 */
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface CulledData {
  /** [west, south, east, north] of what the layer draws. */
  bounds: [number, number, number, number];
  /** Below this zoom the layer is not drawn (its shapes would be under a pixel). */
  minZoom?: number;
  /**
   * From this zoom in the layer is not drawn (an overview the detail replaces), judged by the
   * camera's own zoom: in a pitched view the overview then stays under the far part, where
   * the detail is not drawn, and the near detail is drawn over it.
   */
  maxZoom?: number;
}

export interface MapView {
  bounds: [number, number, number, number];
  zoom: number;
  /**
   * The zoom a place is drawn at, which differs from `zoom` across a pitched view (far places
   * are drawn smaller); null when the place is not in front of the camera. Without it, `zoom`.
   */
  zoomAt?(lon: number, lat: number): number | null;
}

function culledData(layer: Layer): CulledData | null {
  const data = layer.props.data as Partial<CulledData> | null | undefined;
  return data && Array.isArray(data.bounds) && data.bounds.length === 4 ? (data as CulledData) : null;
}

/** The map's view as the culling reads it: bounds, zoom, and the zoom at any point (a pitched map's far side is further out). */
export function mapView(map: MapLibreMap): MapView {
  const bounds = map.getBounds();
  const zoom = map.getZoom();
  const centre = map.getCenter();
  const pixelsPerDegreeAt = (lon: number, lat: number): number | null => {
    // Screen distance of a step of 1e-4° in latitude there (≈11 m).
    const a = map.project([lon, lat]);
    const b = map.project([lon, lat + 1e-4]);
    const pixels = Math.hypot(b.x - a.x, b.y - a.y);
    return Number.isFinite(pixels) && pixels > 0 ? pixels : null;
  };
  const atCentre = pixelsPerDegreeAt(centre.lng, centre.lat);
  const zoomAt = (lon: number, lat: number) => {
    const here = pixelsPerDegreeAt(lon, lat);
    return here === null || atCentre === null ? null : zoom + Math.log2(here / atCentre);
  };
  return { bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom, zoomAt };
}

/** Whether data with these bounds and min zoom shows in the view (its box grown by a tenth either way). */
export function seenIn(data: CulledData, view: MapView): boolean {
  const [west, south, east, north] = view.bounds;
  const padX = (east - west) / 10;
  const padY = (north - south) / 10;
  const [minX, minY, maxX, maxY] = data.bounds;
  if (!(minX <= east + padX && maxX >= west - padX && minY <= north + padY && maxY >= south - padY)) return false;
  if (data.maxZoom !== undefined && view.zoom >= data.maxZoom) return false;
  if (data.minZoom === undefined) return true;
  if (!view.zoomAt) return view.zoom >= data.minZoom;
  // The largest zoom over the box's corners and centre: its nearest part to the camera.
  let nearest = -Infinity;
  for (const [lon, lat] of [[minX, minY], [minX, maxY], [maxX, minY], [maxX, maxY], [(minX + maxX) / 2, (minY + maxY) / 2]]) {
    const zoom = view.zoomAt(lon, lat);
    if (zoom !== null && zoom > nearest) nearest = zoom;
  }
  return nearest >= data.minZoom;
}

/** The ids of the layers the view hides: a key that changes only when what is drawn changes. */
export function hiddenKey(layers: readonly Layer[], view: MapView): string {
  return layers.filter((layer) => {
    const data = culledData(layer);
    return data !== null && !seenIn(data, view);
  }).map((layer) => layer.id).join('|');
}

/** The layers with `visible` set for the view (a clone only where it changes). */
export function cullLayers(layers: readonly Layer[], view: MapView): Layer[] {
  return layers.map((layer) => {
    const data = culledData(layer);
    if (!data) return layer;
    const visible = seenIn(data, view);
    return layer.props.visible === visible ? layer : layer.clone({ visible });
  });
}

/**
 * The grid cell (≈2 km, 0.02°) a chunked layer puts a shape in, by a point of it (its centre,
 * a line's midpoint): the chunks of elevator-units.ts, outline-chunks.ts and line-chunks.ts.
 * Small enough that a street-level view draws a few, large enough that a city has hundreds.
 */
export const CHUNK_DEGREES = 0.02;

export function chunkKey(lon: number, lat: number): string {
  return `${Math.floor(lon / CHUNK_DEGREES)}:${Math.floor(lat / CHUNK_DEGREES)}`;
}

/** One grid cell's items and the box around them. */
export interface GridChunk<T> {
  items: T[];
  bounds: CulledData['bounds'];
}

/**
 * Items by the grid cell of their box's centre (chunkKey), in input order within a cell, each
 * cell with the box of its items' boxes; items whose box is null are left out.
 */
export function gridChunks<T>(items: Iterable<T>, boxOf: (item: T) => CulledData['bounds'] | null): GridChunk<T>[] {
  const cells = new Map<string, GridChunk<T>>();
  for (const item of items) {
    const box = boxOf(item);
    if (!box) continue;
    const [west, south, east, north] = box;
    const key = chunkKey((west + east) / 2, (south + north) / 2);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { items: [], bounds: [Infinity, Infinity, -Infinity, -Infinity] }));
    cell.items.push(item);
    const b = cell.bounds;
    cell.bounds = [Math.min(b[0], west), Math.min(b[1], south), Math.max(b[2], east), Math.max(b[3], north)];
  }
  return [...cells.values()];
}
