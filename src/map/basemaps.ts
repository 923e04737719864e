/**
 * Online basemaps under the layers (DESIGN §5): OpenStreetMap, and 天地图 (the national
 * basemap, vector or imagery, each with its Chinese annotation layer) with the user's own key
 * (tk). Off by default: the app works offline, drawing its basemap from the loaded layers.
 * 天地图's Web Mercator tiles are in CGCS2000, which the data's WGS84 meets to well under a
 * metre; GCJ-02 basemaps (高德, 百度) would sit 300–500 m off and are not offered.
 */
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import type { CodeLabel } from '../model/codes';

export const BASEMAP_IDS = ['none', 'osm', 'tianditu-vector', 'tianditu-imagery'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

export const BASEMAP_LABELS: Record<BasemapId, CodeLabel> = {
  none: { zh: '无(离线,仅本地图层)', en: 'none (offline, the layers only)' },
  osm: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
  'tianditu-vector': { zh: '天地图 · 矢量', en: 'Tianditu · map' },
  'tianditu-imagery': { zh: '天地图 · 影像', en: 'Tianditu · imagery' },
};

export const BASEMAP_ATTRIBUTION: Record<Exclude<BasemapId, 'none'>, CodeLabel> = {
  osm: { zh: '底图 © OpenStreetMap 贡献者', en: 'Basemap © OpenStreetMap contributors' },
  'tianditu-vector': { zh: '底图 © 天地图(国家地理信息公共服务平台)', en: 'Basemap © Tianditu' },
  'tianditu-imagery': { zh: '底图 © 天地图(国家地理信息公共服务平台)', en: 'Basemap © Tianditu' },
};

export const needsKey = (id: BasemapId) => id.startsWith('tianditu');

export function parseBasemap(raw: string | null | undefined): BasemapId {
  return (BASEMAP_IDS as readonly string[]).includes(raw ?? '') ? (raw as BasemapId) : 'none';
}

/** 天地图's WMTS GetTile in Web Mercator (TILEMATRIXSET=w), over its eight hosts t0–t7. */
function tiandituTiles(layer: 'vec' | 'cva' | 'img' | 'cia', key: string): string[] {
  const tk = encodeURIComponent(key);
  return Array.from({ length: 8 }, (_, host) =>
    `https://t${host}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${tk}`);
}

export interface BasemapPart {
  id: string;
  source: RasterSourceSpecification;
  layer: LayerSpecification;
}

/** The raster sources and layers of a basemap (bottom first); none without a key where one is needed. */
export function basemapParts(id: BasemapId, key = ''): BasemapPart[] {
  const part = (name: string, tiles: string[], maxzoom: number, attribution: string): BasemapPart => ({
    id: `basemap-${name}`,
    source: { type: 'raster', tiles, tileSize: 256, maxzoom, attribution },
    layer: { id: `basemap-${name}`, type: 'raster', source: `basemap-${name}` },
  });
  if (id === 'osm') return [part('osm', ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], 19, BASEMAP_ATTRIBUTION.osm.en)];
  if (id === 'none' || !key.trim()) return [];
  const [base, notes] = id === 'tianditu-vector' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
  const attribution = BASEMAP_ATTRIBUTION[id].zh;
  return [part(base, tiandituTiles(base, key.trim()), 18, attribution), part(notes, tiandituTiles(notes, key.trim()), 18, attribution)];
}
