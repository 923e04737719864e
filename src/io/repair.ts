/**
 * The simple fixes the validation report offers. Applied only when the user (or `--fix`)
 * asks, and counted per fix so the report can say what was changed: nothing silent.
 */
import * as polyclip from 'polyclip-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { closeRing, findSelfIntersection, hasDuplicateVertices, isClosed, removeDuplicateVertices, signedArea2, type Ring } from './geometry-checks';
import type { RawFeature } from './types';
import type { FixName } from './validate';

export interface RepairResult {
  features: RawFeature[];
  /** Features changed by each fix. */
  counts: Record<FixName, number>;
  /** Features a fix was asked for but could not repair (index and why). */
  failed: { featureIndex: number; fix: FixName; reason: string }[];
}

const validRing = (ring: unknown): ring is Ring => Array.isArray(ring) && ring.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]));

/** Outer counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
function rewindPolygon(rings: Ring[]): { rings: Ring[]; changed: boolean } {
  let changed = false;
  const out = rings.map((ring, i) => {
    const area = signedArea2(ring);
    if ((i === 0 && area < 0) || (i > 0 && area > 0)) { changed = true; return [...ring].reverse(); }
    return ring;
  });
  return { rings: out, changed };
}

/** buffer(0)-style repair: the union of the polygon with itself splits it at its crossings. */
function unionWithItself(polygons: Ring[][]): Ring[][] {
  const result = polyclip.union(polygons as polyclip.Geom);
  return result as unknown as Ring[][];
}

export function repairFeatures(features: RawFeature[], fixes: Iterable<FixName>): RepairResult {
  const wanted = new Set(fixes);
  const counts: Record<FixName, number> = { closeRings: 0, removeDuplicateVertices: 0, rewind: 0, selfIntersections: 0 };
  const failed: RepairResult['failed'] = [];
  const out = features.map((feature, featureIndex) => {
    const geometry = feature?.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return feature;
    let polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
    if (!Array.isArray(polygons) || !polygons.every((rings) => Array.isArray(rings) && rings.every(validRing))) return feature;
    const changed = new Set<FixName>();
    if (wanted.has('removeDuplicateVertices')) {
      polygons = polygons.map((rings) => rings.map((ring) => {
        if (!hasDuplicateVertices(ring)) return ring;
        changed.add('removeDuplicateVertices');
        return removeDuplicateVertices(ring);
      }));
    }
    if (wanted.has('closeRings')) {
      polygons = polygons.map((rings) => rings.map((ring) => {
        if (isClosed(ring)) return ring;
        changed.add('closeRings');
        return closeRing(ring);
      }));
    }
    if (wanted.has('selfIntersections') && polygons.some((rings) => rings.every((ring) => ring.length >= 4 && isClosed(ring)) && findSelfIntersection(rings.map(removeDuplicateVertices)))) {
      try {
        const repaired = unionWithItself(polygons);
        if (repaired.length) { polygons = repaired; changed.add('selfIntersections'); }
        else failed.push({ featureIndex, fix: 'selfIntersections', reason: 'the repaired polygon has no area' });
      } catch (error) {
        failed.push({ featureIndex, fix: 'selfIntersections', reason: (error as Error).message });
      }
    }
    if (wanted.has('rewind')) {
      polygons = polygons.map((rings) => {
        const result = rewindPolygon(rings);
        if (result.changed) changed.add('rewind');
        return result.rings;
      });
    }
    if (!changed.size) return feature;
    for (const fix of changed) counts[fix]++;
    const repaired: Polygon | MultiPolygon = polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
      : { type: 'MultiPolygon', coordinates: polygons as Position[][][] };
    return { ...feature, geometry: repaired };
  });
  return { features: out, counts, failed };
}
