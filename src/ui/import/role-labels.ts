/** The roles' names live with the importer (io/fields.ts), which gives its reasons in them. */
import { CUSTOM_PRJ_CRS, type CrsInfo, type SheetInfo } from '../../io/types';
export { ROLE_LABELS } from '../../io/fields';

export const COMMON_CRS = [
  { code: 'EPSG:4326', zh: 'WGS84 经纬度', en: 'WGS84 lon/lat' },
  { code: 'EPSG:4490', zh: 'CGCS2000 经纬度', en: 'CGCS2000 lon/lat' },
  { code: 'EPSG:4549', zh: 'CGCS2000 3度带 120°E（无带号）', en: 'CGCS2000 3° GK 120°E' },
  { code: 'EPSG:4528', zh: 'CGCS2000 3度带 第40带（含带号）', en: 'CGCS2000 3° GK zone 40 (prefixed)' },
  { code: 'EPSG:4550', zh: 'CGCS2000 3度带 123°E（无带号）', en: 'CGCS2000 3° GK 123°E' },
  { code: 'EPSG:4548', zh: 'CGCS2000 3度带 117°E（无带号）', en: 'CGCS2000 3° GK 117°E' },
  { code: 'EPSG:4499', zh: 'CGCS2000 6度带 第21带', en: 'CGCS2000 6° GK zone 21' },
  { code: 'EPSG:32651', zh: 'UTM 51N', en: 'UTM 51N' },
  { code: 'EPSG:3857', zh: 'Web 墨卡托', en: 'Web Mercator' },
];

const DATUM_SHIFT_NAMES = { gcj02: 'GCJ-02', bd09: 'BD-09' } as const;

/** The file's coordinate system for the dialog's meta line, in the UI's language (no engine codes). */
export function crsText(crs: CrsInfo, zh: boolean): string {
  const source = crs.source === CUSTOM_PRJ_CRS ? (zh ? '.prj 中的自定义坐标系' : 'custom CRS from the .prj') : crs.source;
  const reprojected = crs.reprojected ? (zh ? '（已转换为 WGS84）' : ' (reprojected to WGS84)') : '';
  const shift = crs.datumShift ? ` · ${DATUM_SHIFT_NAMES[crs.datumShift]} → WGS84` : '';
  return `${source}${reprojected}${shift}`;
}

/** Which sheet of a workbook was read, and how many others were not: 工作表“意愿”（另 2 个工作表未读取）. */
export function sheetText(sheet: SheetInfo, zh: boolean): string {
  const others = sheet.ignored.length;
  if (zh) return `工作表“${sheet.name}”${others ? `（另 ${others} 个工作表未读取：${sheet.ignored.join('、')}）` : ''}`;
  return `sheet "${sheet.name}"${others ? ` (${others} other sheet${others === 1 ? '' : 's'} not read: ${sheet.ignored.join(', ')})` : ''}`;
}
