/** The roles' names live with the importer (io/fields.ts), which gives its reasons in them. */
export { ROLE_LABELS } from '../../io/fields';

export const COMMON_CRS = [
  { code: 'EPSG:4326', zh: 'WGS84 经纬度', en: 'WGS84 lon/lat' },
  { code: 'EPSG:4490', zh: 'CGCS2000 经纬度', en: 'CGCS2000 lon/lat' },
  { code: 'EPSG:4549', zh: 'CGCS2000 3度带 120°E(无带号)', en: 'CGCS2000 3° GK 120°E' },
  { code: 'EPSG:4528', zh: 'CGCS2000 3度带 第40带(含带号)', en: 'CGCS2000 3° GK zone 40 (prefixed)' },
  { code: 'EPSG:4550', zh: 'CGCS2000 3度带 123°E(无带号)', en: 'CGCS2000 3° GK 123°E' },
  { code: 'EPSG:4548', zh: 'CGCS2000 3度带 117°E(无带号)', en: 'CGCS2000 3° GK 117°E' },
  { code: 'EPSG:4499', zh: 'CGCS2000 6度带 第21带', en: 'CGCS2000 6° GK zone 21' },
  { code: 'EPSG:32651', zh: 'UTM 51N', en: 'UTM 51N' },
  { code: 'EPSG:3857', zh: 'Web 墨卡托', en: 'Web Mercator' },
];
