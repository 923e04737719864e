/**
 * The seven layers' names, files, geometry types and labels — kept apart from the zod
 * schemas so the app's first frame does not have to load the schema library.
 */
export const LAYER_NAMES = ['districts', 'communities', 'buildings', 'idleLand', 'facilities', 'roads', 'protected'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** File name of each layer inside a data folder (DESIGN §2). */
export const LAYER_FILES: Record<LayerName, string> = {
  districts: 'districts.geojson',
  communities: 'communities.geojson',
  buildings: 'buildings.geojson',
  idleLand: 'idle_land.geojson',
  facilities: 'facilities.geojson',
  roads: 'roads.geojson',
  protected: 'protected.geojson',
};

/** Geometry types accepted per layer; MultiPolygon is accepted wherever Polygon is (§3.6). */
export const LAYER_GEOMETRY: Record<LayerName, readonly string[]> = {
  districts: ['Polygon', 'MultiPolygon'],
  communities: ['Polygon', 'MultiPolygon'],
  buildings: ['Polygon', 'MultiPolygon'],
  idleLand: ['Polygon', 'MultiPolygon'],
  facilities: ['Point'],
  roads: ['LineString', 'MultiLineString'],
  protected: ['Point', 'Polygon', 'MultiPolygon'],
};

/** Layer names in Chinese and English, for the layer list, messages and legends. */
export const LAYER_LABELS: Record<LayerName, { zh: string; en: string }> = {
  districts: { zh: '片区', en: 'Districts' },
  communities: { zh: '小区', en: 'Communities' },
  buildings: { zh: '楼栋', en: 'Buildings' },
  idleLand: { zh: '闲置资源', en: 'Idle land' },
  facilities: { zh: '设施', en: 'Facilities' },
  roads: { zh: '道路', en: 'Roads' },
  protected: { zh: '保护对象', en: 'Protected' },
};
