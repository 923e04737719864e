/**
 * Shapes shared by the readers, the field mapper, the validator and the writers.
 * Everything here is plain data so it crosses the worker boundary (structured clone).
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerName } from '../model/layers';

/** One file as the browser (File → bytes) or the CLI (fs) hands it over. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Tables carry no geometry (DESIGN §2): residents' surveys and elevator votes. */
import { TABLE_FILES, TABLE_NAMES, type TableName } from './table-files';
export { TABLE_FILES, TABLE_NAMES, type TableName };

/** What a file can become: one of the seven layers or one of the two tables. */
export type Role = LayerName | TableName;

export type Severity = 'error' | 'warning';

/** One problem, named by file, feature and field (DESIGN §6). Messages are plain text, never HTML. */
export interface ImportIssue {
  severity: Severity;
  code: string;
  fileName: string;
  featureIndex?: number;
  featureId?: string | number;
  field?: string;
  message: string;
  messageZh: string;
}
export type ImportError = ImportIssue & { severity: 'error' };

/** Where the coordinates came from and what was done to them. */
/** CrsInfo.source of a .prj that names no EPSG code (its WKT is used as it is). */
export const CUSTOM_PRJ_CRS = 'custom (.prj)';

export interface CrsInfo {
  /** EPSG code or description of the source CRS, e.g. "EPSG:4549"; "EPSG:4326" for plain lon/lat. */
  source: string;
  /** How the source CRS was known. */
  from: 'prj' | 'option' | 'assumed' | 'none';
  /** True when the coordinates were reprojected to WGS84. */
  reprojected: boolean;
  /** Set when a GCJ-02 / BD-09 offset was removed. */
  datumShift?: 'gcj02' | 'bd09';
}

export type RawFeature = Feature<Geometry | null, Record<string, unknown>>;

/** A file as read: features in WGS84 lon/lat (tables: geometry null), before field mapping. */
export interface RawLayer {
  fileName: string;
  format: 'geojson' | 'shapefile' | 'csv' | 'xlsx';
  features: RawFeature[];
  /** Column (property) names in file order. */
  columns: string[];
  /** True for a file without geometry (a table). */
  hasGeometry: boolean;
  crs: CrsInfo;
  /** Text encoding of attribute text ("utf-8", "gbk", …). */
  encoding: string;
  /** Problems found while reading that did not stop it (e.g. "decoded as GBK", a bad WKT row). */
  issues: ImportIssue[];
  /** Excel only: the sheet read, so messages name the sheet and its row. */
  sheet?: SheetInfo;
}

/** The worksheet an Excel file was read from. */
export interface SheetInfo {
  name: string;
  /** The sheet's own row number (1-based, as Excel shows it) of each feature, in order. */
  rowNumbers: number[];
  /** The other sheets of the workbook, left out. */
  ignored: string[];
}

export interface ReadOptions {
  /** CRS of the input when the file does not say (or to override it): "EPSG:4549". */
  crs?: string;
  /** Remove the GCJ-02 (Amap) or BD-09 (Baidu) offset after reading. */
  datumShift?: 'gcj02' | 'bd09';
  /** Size limit in bytes; default MAX_FILE_BYTES. */
  maxBytes?: number;
}

export function issue(
  severity: Severity, code: string, fileName: string, message: string, messageZh: string,
  extra: Partial<Pick<ImportIssue, 'featureIndex' | 'featureId' | 'field'>> = {},
): ImportIssue {
  return { severity, code, fileName, ...extra, message, messageZh };
}

export function importError(code: string, fileName: string, message: string, messageZh: string,
  extra: Partial<Pick<ImportIssue, 'featureIndex' | 'featureId' | 'field'>> = {}): ImportError {
  return issue('error', code, fileName, message, messageZh, extra) as ImportError;
}
