/**
 * Does an imported layer carry the GCJ-02 (高德/Amap) or BD-09 (百度/Baidu) offset (DOMAIN §8)?
 *
 * The offset cannot be seen in the numbers alone: GCJ-02 coordinates are ordinary lon/lat a few
 * hundred metres off, so a standalone check of a file without reference data is not possible.
 * What can be seen is a file that sits next to the layers already loaded (WGS84 / CGCS2000),
 * all of it moved by the vector the GCJ-02 (or BD-09) transform gives at that place. The vector
 * varies with the place, so it is taken from gcoord rather than assumed: for the demo district
 * in Hangzhou GCJ-02 moves points about 520 m towards the east-south-east (bearing ≈ 119°),
 * BD-09 about 1160 m towards the east-north-east.
 *
 * Heuristic: for every hypothesis (no offset, GCJ-02, BD-09) undo that offset on a sample of
 * the imported vertices and find each one's nearest loaded vertex (flatbush, in local metres).
 * The hypothesis that brings the vertices closest wins. For an offset hypothesis to be
 * reported, the observed shift (median vector from the matched loaded vertex to the imported
 * one) must agree with the transform's own vector within 25 % in length and 20° in direction,
 * and the vertices must fit clearly better with it than without it. Layers covering the same
 * features (communities over communities) give the clearest answer; unrelated features in the
 * same area give large distances under every hypothesis, hence no warning.
 * Not detected: the reverse case (loaded layers offset, import in WGS84). Pure: no DOM.
 */
import Flatbush from 'flatbush';
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import { positionsOf, removeDatumShift } from './crs';

export type DatumShiftKind = 'gcj02' | 'bd09';

export interface DatumOffsetResult {
  likely: DatumShiftKind | null;
  /**
   * Observed shift in metres: the median displacement of the imported vertices from their
   * loaded counterparts under the winning offset hypothesis; without one, the median distance
   * to the nearest loaded vertex as the file stands (0 when nothing could be compared).
   */
  shiftM: number;
  /** Direction of that shift, degrees clockwise from north (NaN when none). */
  bearingDeg: number;
  /** Imported sample points that were compared. */
  compared: number;
  message: string;
  messageZh: string;
}

export interface DetectOptions {
  /** Imported points compared at most (an even stride over the sample); default 2000. */
  maxImported?: number;
  /** Loaded points indexed at most; default 200,000. */
  maxReference?: number;
}

const METRES_PER_DEGREE_LAT = 110_574;
const METRES_PER_DEGREE_LON_EQUATOR = 111_320;
/** Beyond this a vertex has no counterpart: distances are capped so outliers cannot dominate. */
const SEARCH_RADIUS_M = 2500;
const LENGTH_TOLERANCE = 0.25;
const ANGLE_TOLERANCE_DEG = 20;
const FORWARD = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };
const LABEL: Record<DatumShiftKind, { en: string; zh: string; code: string }> = {
  gcj02: { en: 'Amap', zh: '高德', code: 'GCJ-02' },
  bd09: { en: 'Baidu', zh: '百度', code: 'BD-09' },
};

/** Inside the area where gcoord applies the offset (DOMAIN §8); elsewhere no offset exists to find. */
const inChina = (p: Position) => p[0] > 72.004 && p[0] < 137.8347 && p[1] > 0.8293 && p[1] < 55.8271;
const finite = (p: Position) => Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Every n-th element so that at most `max` remain (a spread sample, not the first `max`). */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}

function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const bearing = (dx: number, dy: number) => ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
const angleBetween = (a: number, b: number) => { const d = Math.abs(a - b) % 360; return d > 180 ? 360 - d : d; };

const COMPASS_ZH = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'];
const COMPASS_EN = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const compass = (deg: number) => Math.round(deg / 45) % 8;

/**
 * Compares imported positions with positions of the layers already loaded, both WGS84 lon/lat
 * (see the module comment for the heuristic). Pass vertices (or centroids) of features that
 * should coincide: the imported layer's, and the loaded layer of the same role or the loaded
 * polygon layers of the area.
 */
export function detectDatumOffset(imported: Position[], reference: Position[], options: DetectOptions = {}): DatumOffsetResult {
  const sample = spread(imported.filter((p) => finite(p) && inChina(p)), options.maxImported ?? 2000);
  const loaded = spread(reference.filter(finite), options.maxReference ?? 200_000);
  const none = (message: string, messageZh: string, shiftM = 0, compared = 0): DatumOffsetResult =>
    ({ likely: null, shiftM, bearingDeg: NaN, compared, message, messageZh });
  if (!loaded.length) return none('No loaded layers to compare with: a GCJ-02/BD-09 offset cannot be told from the file alone.', '没有已加载的图层可供比对：仅凭文件本身无法判断是否为 GCJ-02/BD-09 偏移坐标。');
  if (!sample.length) return none('No imported coordinates inside China to check for a GCJ-02/BD-09 offset.', '导入数据没有位于国内的坐标，无需检查 GCJ-02/BD-09 偏移。');

  // Local equirectangular metres around the sample's median latitude: accurate to well under
  // a percent over a city, which is all a 25 % tolerance needs, and flatbush needs planar units.
  const lat0 = median(sample.map((p) => p[1]));
  const lon0 = median(sample.map((p) => p[0]));
  const kx = METRES_PER_DEGREE_LON_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const toLocal = (p: Position): [number, number] => [(p[0] - lon0) * kx, (p[1] - lat0) * METRES_PER_DEGREE_LAT];
  const index = new Flatbush(loaded.length);
  const loadedLocal = loaded.map(toLocal);
  for (const [x, y] of loadedLocal) index.add(x, y, x, y);
  index.finish();

  interface Fit { kind: DatumShiftKind | null; distance: number; matches: { dx: number; dy: number }[] }
  const fit = (kind: DatumShiftKind | null): Fit => {
    const undo = kind ? removeDatumShift(kind) : (p: Position) => p;
    const distances: number[] = [];
    const matches: { dx: number; dy: number }[] = [];
    for (const p of sample) {
      const [x, y] = toLocal(undo(p));
      const [nearest] = index.neighbors(x, y, 1, SEARCH_RADIUS_M);
      if (nearest === undefined) { distances.push(SEARCH_RADIUS_M); continue; }
      const [rx, ry] = loadedLocal[nearest];
      distances.push(Math.hypot(rx - x, ry - y));
      // The observed displacement: from the loaded counterpart to the imported vertex as read.
      const [ix, iy] = toLocal(p);
      matches.push({ dx: ix - rx, dy: iy - ry });
    }
    return { kind, distance: median(distances), matches };
  };
  const fits = [fit(null), fit('gcj02'), fit('bd09')];
  const plain = fits[0];
  const best = fits.reduce((a, b) => (b.distance < a.distance ? b : a));
  const asIs = () => none(
    `No GCJ-02/BD-09 offset seen: imported vertices lie a median ${Math.round(plain.distance)} m from the loaded layers.`,
    `未发现 GCJ-02/BD-09 偏移：导入数据顶点与已加载图层的中位距离约 ${Math.round(plain.distance)} m。`,
    plain.distance, sample.length);
  if (best.distance >= SEARCH_RADIUS_M) {
    return none('Too few imported features lie near the loaded layers to check for a GCJ-02/BD-09 offset.', '导入数据与已加载图层重叠太少，无法检查 GCJ-02/BD-09 偏移。', 0, sample.length);
  }
  if (!best.kind) return asIs();

  // What the transform itself would do here, from WGS84 at the sample's centre.
  const centre: Position = [lon0, lat0];
  const shifted = gcoord.transform([lon0, lat0], gcoord.WGS84, FORWARD[best.kind]) as Position;
  const [ex, ey] = toLocal(shifted);
  const [cx, cy] = toLocal(centre);
  const expectedLength = Math.hypot(ex - cx, ey - cy);
  const expectedBearing = bearing(ex - cx, ey - cy);
  const dx = median(best.matches.map((m) => m.dx));
  const dy = median(best.matches.map((m) => m.dy));
  const shiftM = Math.hypot(dx, dy);
  const observedBearing = bearing(dx, dy);
  const agrees = Math.abs(shiftM - expectedLength) <= LENGTH_TOLERANCE * expectedLength
    && angleBetween(observedBearing, expectedBearing) <= ANGLE_TOLERANCE_DEG
    // Clearly better than leaving the data as it is: the residual is small next to the shift.
    && best.distance <= Math.min(plain.distance / 2, LENGTH_TOLERANCE * expectedLength);
  if (!agrees) return asIs();

  const label = LABEL[best.kind];
  const direction = compass(observedBearing);
  const metres = Math.round(shiftM);
  return {
    likely: best.kind, shiftM, bearingDeg: observedBearing, compared: sample.length,
    message: `The data looks offset like ${label.en} ${label.code}: about ${metres} m ${COMPASS_EN[direction]} of the loaded layers, as the ${label.code} transform would shift it here. Convert ${label.code} → WGS84?`,
    messageZh: `数据疑似${label.zh}偏移坐标（${label.code}），约偏移 ${metres} m（偏${COMPASS_ZH[direction]}）：转换为 WGS84?`,
  };
}

/** Every vertex of the given geometries, thinned to at most `max` (for the dialog's samples). */
export function vertexSample(geometries: Iterable<Geometry | null | undefined>, max = 200_000): Position[] {
  const all: Position[] = [];
  for (const geometry of geometries) for (const position of positionsOf(geometry)) all.push(position);
  return spread(all, max);
}

/**
 * Vertex count of the given geometries (the dialog skips the check on very large files). With
 * `stopAbove`, counting stops once the count passes it: the dialog only asks whether a file is
 * over its limit, and counting a province's 1.2M building vertices held its main thread 0.2 s.
 */
export function vertexCount(geometries: Iterable<Geometry | null | undefined>, stopAbove = Infinity): number {
  let count = 0;
  for (const geometry of geometries) {
    for (const _ of positionsOf(geometry)) count++;
    if (count > stopAbove) return count;
  }
  return count;
}
