/**
 * Online basemaps under the layers (DESIGN §5): OpenStreetMap, and 天地图 (the national
 * basemap, vector or imagery, each with its Chinese annotation layer) with the user's own key
 * (tk), or the bureau's own tile server (an XYZ template, e.g. on the government intranet).
 * Off by default: the app works offline, drawing its basemap from the loaded layers.
 * 天地图's Web Mercator tiles are in CGCS2000, which the data's WGS84 meets to well under a
 * metre; GCJ-02 basemaps (高德, 百度) would sit 300–500 m off and are not offered.
 */
import type { RasterLayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import type { CodeLabel } from '../model/codes';
import type { Lang } from '../i18n/strings';
import type { RasterContent } from './basemap-paint';

export const BASEMAP_IDS = ['none', 'osm', 'tianditu-vector', 'tianditu-imagery', 'custom'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

/** Short enough for the left panel's select at 911 px wide (170 px panel); the longer word is BASEMAP_NONE_HINT. */
export const BASEMAP_LABELS: Record<BasemapId, CodeLabel> = {
  none: { zh: '无（离线）', en: 'none (offline)' },
  osm: { zh: 'OpenStreetMap', en: 'OpenStreetMap' },
  'tianditu-vector': { zh: '天地图 · 矢量', en: 'Tianditu · map' },
  'tianditu-imagery': { zh: '天地图 · 影像', en: 'Tianditu · imagery' },
  custom: { zh: '自定义瓦片服务（XYZ）', en: 'own tile server (XYZ)' },
};

/** What 无（离线） means, on the select's hover. */
export const BASEMAP_NONE_HINT: CodeLabel = { zh: '无在线底图：离线，仅显示本地图层', en: 'no online basemap: offline, the layers only' };

export const BASEMAP_ATTRIBUTION: Record<Exclude<BasemapId, 'none'>, CodeLabel> = {
  osm: { zh: '底图 © OpenStreetMap 贡献者', en: 'Basemap © OpenStreetMap contributors' },
  'tianditu-vector': { zh: '底图 © 天地图（国家地理信息公共服务平台）', en: 'Basemap © Tianditu' },
  'tianditu-imagery': { zh: '底图 © 天地图（国家地理信息公共服务平台）', en: 'Basemap © Tianditu' },
  custom: { zh: '底图：自定义瓦片服务', en: 'Basemap: own tile server' },
};

/** What a basemap needs from the user, kept in this browser (ui/basemap-key.ts). */
export interface BasemapSettings {
  tiandituKey?: string;
  /** An XYZ template: http(s), with {z}, {x} and {y} (or {-y}, TMS rows). */
  customUrl?: string;
}

/** Why a custom template cannot be used, or null when it can. */
export function customUrlProblem(template: string): { zh: string; en: string } | null {
  const url = template.trim();
  if (!/^https?:\/\//i.test(url)) return { zh: '地址须以 http:// 或 https:// 开头', en: 'must start with http:// or https://' };
  if (!url.includes('{z}') || !url.includes('{x}') || !(url.includes('{y}') || url.includes('{-y}'))) {
    return { zh: '地址须含 {z}、{x} 和 {y}(TMS 用 {-y})', en: 'must contain {z}, {x} and {y} ({-y} for TMS)' };
  }
  return null;
}

export const needsKey = (id: BasemapId) => id.startsWith('tianditu');
export const needsUrl = (id: BasemapId) => id === 'custom';

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
  layer: RasterLayerSpecification;
  /** What its tiles show, for their paint under 深色 (basemap-paint.ts). */
  content: RasterContent;
}

/** The raster sources and layers of a basemap (bottom first); none without the key or template it needs. */
export function basemapParts(id: BasemapId, settings: BasemapSettings = {}): BasemapPart[] {
  const key = settings.tiandituKey ?? '';
  const part = (name: string, tiles: string[], maxzoom: number, attribution: string, content: RasterContent): BasemapPart => ({
    id: `basemap-${name}`,
    source: { type: 'raster', tiles, tileSize: 256, maxzoom, attribution },
    layer: { id: `basemap-${name}`, type: 'raster', source: `basemap-${name}` },
    content,
  });
  if (id === 'osm') return [part('osm', ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], 19, BASEMAP_ATTRIBUTION.osm.en, 'map')];
  if (id === 'custom') {
    const template = settings.customUrl?.trim() ?? '';
    if (customUrlProblem(template)) return [];
    // MapLibre reads {-y} only as the source's scheme: rows counted from the south (TMS).
    const tms = template.includes('{-y}');
    // A photo or a map, the app cannot tell: 'unknown' is dimmed under 深色, never turned over.
    const custom = part('custom', [tms ? template.replace('{-y}', '{y}') : template], 22, BASEMAP_ATTRIBUTION.custom.zh, 'unknown');
    return [{ ...custom, source: { ...custom.source, ...(tms ? { scheme: 'tms' as const } : {}) } }];
  }
  if (id === 'none' || !key.trim()) return [];
  const [base, notes] = id === 'tianditu-vector' ? (['vec', 'cva'] as const) : (['img', 'cia'] as const);
  const attribution = BASEMAP_ATTRIBUTION[id].zh;
  // The names are painted as the tiles under them, drawn for them.
  const content = id === 'tianditu-vector' ? 'map' : 'imagery';
  return [part(base, tiandituTiles(base, key.trim()), 18, attribution, content), part(notes, tiandituTiles(notes, key.trim()), 18, attribution, content)];
}

/** The credit line of the basemap drawn with these settings, or null when none is drawn (the map's corner, the PNG). */
export function basemapCredit(id: BasemapId, settings: BasemapSettings, lang: Lang): string | null {
  return id !== 'none' && basemapParts(id, settings).length > 0 ? BASEMAP_ATTRIBUTION[id][lang] : null;
}
