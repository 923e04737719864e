// shpjs ships no types; only the two parsers this project calls are declared.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Parses .shp bytes; with a proj4-readable .prj it reprojects to WGS84 (we pass none). */
  export function parseShp(shp: ArrayBuffer | DataView | Uint8Array, prj?: string | false): (Geometry | null)[];
  export function parseDbf(dbf: ArrayBuffer | DataView | Uint8Array, cpg?: string): Record<string, unknown>[];
}
