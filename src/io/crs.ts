/**
 * Coordinate reference systems met in Zhejiang planning data (DOMAIN §8), defined here as
 * proj4 strings so nothing is fetched: CGCS2000 lon/lat and its Gauss-Kruger zones, UTM
 * 50N/51N, Web Mercator. Plus the GCJ-02 / BD-09 offsets (gcoord) and a guesser that turns
 * "these numbers are metres" into a proposed EPSG code.
 */
import proj4 from 'proj4';
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

const GRS80_TMERC = (centralMeridian: number, falseEasting: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

export interface CrsDefinition {
  code: string;
  name: string;
  proj4: string;
  geographic: boolean;
}

/** Returns the definition of an EPSG code this app knows, or undefined. */
export function crsDefinition(code: string): CrsDefinition | undefined {
  const match = /^(?:epsg:)?\s*(\d{4,5})$/i.exec(code.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const epsg = `EPSG:${n}`;
  if (n === 4326 || n === 4490 || n === 4490) {
    // CGCS2000 differs from WGS84 by centimetres: treated as the same for display (DOMAIN §8).
    return { code: epsg, name: n === 4490 ? 'CGCS2000 lon/lat' : 'WGS 84 lon/lat', proj4: '+proj=longlat +datum=WGS84 +no_defs', geographic: true };
  }
  if (n >= 4513 && n <= 4533) {
    const zone = n - 4513 + 25;
    return { code: epsg, name: `CGCS2000 3-degree GK zone ${zone}`, proj4: GRS80_TMERC(zone * 3, zone * 1e6 + 500000), geographic: false };
  }
  if (n >= 4534 && n <= 4554) {
    const cm = 75 + (n - 4534) * 3;
    return { code: epsg, name: `CGCS2000 3-degree GK CM ${cm}E`, proj4: GRS80_TMERC(cm, 500000), geographic: false };
  }
  if (n >= 4491 && n <= 4501) {
    const zone = n - 4491 + 13;
    return { code: epsg, name: `CGCS2000 GK zone ${zone}`, proj4: GRS80_TMERC(zone * 6 - 3, zone * 1e6 + 500000), geographic: false };
  }
  if (n >= 4502 && n <= 4512) {
    const cm = 75 + (n - 4502) * 6;
    return { code: epsg, name: `CGCS2000 GK CM ${cm}E`, proj4: GRS80_TMERC(cm, 500000), geographic: false };
  }
  if (n === 32650 || n === 32651) {
    return { code: epsg, name: `WGS 84 / UTM zone ${n - 32600}N`, proj4: `+proj=utm +zone=${n - 32600} +datum=WGS84 +units=m +no_defs`, geographic: false };
  }
  if (n === 3857 || n === 900913) {
    return { code: 'EPSG:3857', name: 'Web Mercator', proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs', geographic: false };
  }
  return undefined;
}

export const SUPPORTED_CRS_HINT = 'EPSG:4326, 4490, 4491–4554 (CGCS2000 Gauss-Kruger), 32650, 32651, 3857';

/** Pulls a PARAMETER["name", value] from WKT (ESRI or OGC spelling, case-insensitive). */
function wktParameter(wkt: string, names: string[]): number | undefined {
  for (const name of names) {
    const match = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Recognises a .prj WKT: an AUTHORITY["EPSG", n] on the PROJCS, a CGCS2000 / GRS80 Gauss-Kruger
 * or transverse Mercator with the usual parameters, or plain geographic lon/lat. Returns the EPSG
 * code when one fits, so reports can name it; otherwise the WKT is handed to proj4 as it is.
 */
export function identifyPrj(wkt: string): { code?: string; proj4: string; geographic: boolean; name: string } | undefined {
  const text = wkt.trim();
  if (!text) return undefined;
  const isProjected = /^\s*(PROJCS|PROJCRS)\b/i.test(text);
  if (!isProjected) {
    if (/^\s*(GEOGCS|GEOGCRS|GEODCRS)\b/i.test(text)) {
      const code = /2000|GRS[_ ]?1980|CGCS/i.test(text) ? 'EPSG:4490' : 'EPSG:4326';
      const definition = crsDefinition(code)!;
      return { code, proj4: definition.proj4, geographic: true, name: definition.name };
    }
    return undefined;
  }
  const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text) ?? /ID\s*\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(text);
  if (authority) {
    const known = crsDefinition(authority[1]);
    if (known) return { code: known.code, proj4: known.proj4, geographic: false, name: known.name };
  }
  const transverse = /Gauss|Transverse_Mercator|Transverse Mercator/i.test(text);
  const grs80 = /CGCS|China_2000|China Geodetic|2000|GRS[_ ]?1980|298\.257222101/i.test(text);
  const cm = wktParameter(text, ['Central_Meridian', 'Longitude of natural origin', 'longitude_of_center']);
  const fe = wktParameter(text, ['False_Easting', 'False easting']);
  const fn = wktParameter(text, ['False_Northing', 'False northing']) ?? 0;
  const k = wktParameter(text, ['Scale_Factor', 'Scale factor at natural origin']) ?? 1;
  const lat0 = wktParameter(text, ['Latitude_Of_Origin', 'Latitude of natural origin']) ?? 0;
  if (transverse && grs80 && cm !== undefined && fe !== undefined && fn === 0 && k === 1 && lat0 === 0) {
    const code = gaussKrugerCode(cm, fe);
    if (code) {
      const definition = crsDefinition(code)!;
      return { code, proj4: definition.proj4, geographic: false, name: definition.name };
    }
  }
  try {
    proj4(text, 'WGS84');
    return { proj4: text, geographic: false, name: /PROJCR?S\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? 'projected' };
  } catch {
    return undefined;
  }
}

/** EPSG code of a CGCS2000 GK zone from its central meridian and false easting. */
export function gaussKrugerCode(centralMeridian: number, falseEasting: number): string | undefined {
  if (centralMeridian % 3 !== 0) return undefined;
  if (falseEasting === 500000) {
    if (centralMeridian >= 75 && centralMeridian <= 135) return `EPSG:${4534 + (centralMeridian - 75) / 3}`;
    return undefined;
  }
  const zone = (falseEasting - 500000) / 1e6;
  if (zone === centralMeridian / 3 && zone >= 25 && zone <= 45) return `EPSG:${4513 + zone - 25}`;
  if (zone === (centralMeridian + 3) / 6 && zone >= 13 && zone <= 23) return `EPSG:${4491 + zone - 13}`;
  return undefined;
}

/** A point-wise converter to WGS84 lon/lat from a proj4 string or WKT. */
export function converterToWgs84(source: string): (position: Position) => Position {
  const converter = proj4(source, 'WGS84');
  return (position) => {
    const [x, y] = converter.forward([position[0], position[1]]);
    return position.length > 2 ? [x, y, ...position.slice(2)] : [x, y];
  };
}

/** Converter from WGS84 lon/lat to a CRS (for writing projected test files and round trips). */
export function converterFromWgs84(source: string): (position: Position) => Position {
  const converter = proj4('WGS84', source);
  return (position) => converter.forward([position[0], position[1]]);
}

/** Applies a function to every position of a geometry; returns a new geometry. */
export function mapPositions<G extends Geometry | null>(geometry: G, fn: (position: Position) => Position): G {
  if (!geometry) return geometry;
  // A bbox (shpjs writes one) would be stale after the positions move: drop it.
  const { bbox: _bbox, ...g } = geometry as Geometry;
  switch (g.type) {
    case 'Point': return { ...g, coordinates: fn(g.coordinates) } as G;
    case 'MultiPoint': case 'LineString': return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case 'MultiLineString': case 'Polygon': return { ...g, coordinates: g.coordinates.map((line) => line.map(fn)) } as G;
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(fn))) } as G;
    case 'GeometryCollection': return { ...g, geometries: g.geometries.map((child) => mapPositions(child, fn)) } as G;
    default: return geometry;
  }
}

/** How deep each geometry type nests its positions. */
const POSITION_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/**
 * Every position of a geometry, in order (for checks and guesses). Malformed nesting (null or
 * a number where a ring should be) is skipped, never thrown on: this runs on files before they
 * are validated (the import dialog's offset check went blank on `"coordinates": null`), and
 * validate.ts names such a feature and field.
 */
export function* positionsOf(geometry: Geometry | null | undefined): Generator<Position> {
  if (!geometry || typeof geometry !== 'object') return;
  if (geometry.type === 'GeometryCollection') {
    if (Array.isArray(geometry.geometries)) for (const child of geometry.geometries) yield* positionsOf(child);
    return;
  }
  const depth = POSITION_DEPTH[geometry.type];
  if (depth !== undefined) yield* positionsAt((geometry as { coordinates?: unknown }).coordinates, depth);
}

function* positionsAt(node: unknown, depth: number): Generator<Position> {
  if (!Array.isArray(node)) return;
  if (depth === 0) {
    if (typeof node[0] === 'number' && typeof node[1] === 'number') yield node as Position;
    return;
  }
  for (const child of node) yield* positionsAt(child, depth - 1);
}

/** GCJ-02 (Amap) or BD-09 (Baidu) → WGS84, per position; outside China gcoord leaves points as they are. */
export function removeDatumShift(kind: 'gcj02' | 'bd09'): (position: Position) => Position {
  const from = kind === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  return (position) => gcoord.transform([position[0], position[1]] as [number, number], from, gcoord.WGS84) as Position;
}

/** WGS84 → GCJ-02, for round-trip tests and for users who must deliver Amap coordinates. */
export function toGcj02(position: Position): Position {
  return gcoord.transform([position[0], position[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02) as Position;
}

export interface ProjectedGuess {
  /** Most likely EPSG code, e.g. "EPSG:4549". */
  code: string;
  /** Why, in one line (English). */
  reason: string;
  alternatives: string[];
}

/**
 * Proposes the CRS of coordinates that are clearly metres (DOMAIN §8): an 8-digit easting
 * starting with the zone number means a zone-prefixed Gauss-Kruger grid; a 6-digit easting
 * near 500,000 with a northing of 2–6 million is a CM zone (4549 for most of Zhejiang);
 * x of 12–15 million with a northing of 2–7 million is Web Mercator.
 */
export function guessProjectedCrs(sample: Position[]): ProjectedGuess | undefined {
  const finite = sample.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (!finite.length) return undefined;
  const xs = finite.map((p) => p[0]).sort((a, b) => a - b);
  const ys = finite.map((p) => p[1]).sort((a, b) => a - b);
  const x = xs[xs.length >> 1];
  const y = ys[ys.length >> 1];
  if (x >= 13_000_000 && x < 14_000_000 && y > 2_000_000 && y < 7_000_000) {
    // Checked before the 8-digit rule: 13xxxxxx would be 6-degree zone 13 (CM 75°E, Tibet), rarer here than Web Mercator.
    return { code: 'EPSG:3857', reason: `x ≈ ${Math.round(x)} is Web Mercator for 117–126°E`, alternatives: [] };
  }
  if (x >= 10_000_000 && x < 100_000_000 && y > 1_000_000 && y < 7_000_000) {
    const zone = Math.floor(x / 1e6);
    if (zone >= 25 && zone <= 45) return { code: `EPSG:${4513 + zone - 25}`, reason: `8-digit easting ${Math.round(x)} starts with 3-degree zone ${zone} (CM ${zone * 3}°E)`, alternatives: zone >= 13 && zone <= 23 ? [`EPSG:${4491 + zone - 13}`] : [] };
    if (zone >= 13 && zone <= 23) return { code: `EPSG:${4491 + zone - 13}`, reason: `8-digit easting ${Math.round(x)} starts with 6-degree zone ${zone} (CM ${zone * 6 - 3}°E)`, alternatives: [] };
  }
  if (x > 100_000 && x < 900_000 && y > 1_000_000 && y < 7_000_000) {
    return { code: 'EPSG:4549', reason: `6-digit easting ${Math.round(x)} near 500000 with northing ${Math.round(y)}: a Gauss-Kruger zone without prefix (CM 120°E covers most of Zhejiang)`, alternatives: ['EPSG:4550', 'EPSG:4548', 'EPSG:32651', 'EPSG:32650'] };
  }
  return undefined;
}

/** True when any coordinate is outside lon/lat range: the numbers must be metres or wrong. */
export function looksProjected(sample: Position[]): boolean {
  let outside = 0;
  let finite = 0;
  for (const p of sample) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    finite++;
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) outside++;
  }
  // Most positions out of range: metres. One or two: bad points, which validation reports.
  return finite > 0 && outside / finite > 0.5;
}

/** ESRI-style .prj text for a CGCS2000 Gauss-Kruger code (as ArcGIS writes it), else undefined. */
export function esriPrj(code: string): string | undefined {
  const definition = crsDefinition(code);
  if (!definition || definition.geographic || !/tmerc/.test(definition.proj4) || !/GRS80/.test(definition.proj4)) return undefined;
  const cm = Number(/lon_0=(-?[\d.]+)/.exec(definition.proj4)![1]);
  const fe = Number(/x_0=([\d.]+)/.exec(definition.proj4)![1]);
  const name = definition.name.replace(/[\s-]+/g, '_');
  return `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe.toFixed(1)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm.toFixed(1)}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
}
