/**
 * The reference's view of a LayerSet: every feature projected with the §3 projection, in file
 * order, and the district of a feature read literally from §3 and §3.6 General.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSet } from '../../src/model/types';
import { bboxCentre, intersectionArea, pointInPolys, polysArea, projectGeometry, tmerc, type AnyLayers, type Shape } from './geometry';

export type Id = string | number;

export interface RefFeature {
  id: Id;
  props: Record<string, unknown>;
  shape: Shape;
  /** Planar area of the whole (multi)polygon; 0 for other shapes. */
  area: number;
}

export interface RefData {
  layer(name: string): RefFeature[];
  /** District id of a feature of `name`, or null. */
  districtOf(name: string, feature: RefFeature): Id | null;
  districtIds: Id[];
}

/** Relative tolerance under which two district shares are a tie (float noise of the overlay). */
export const SHARE_TIE = 1e-9;
/** Overlap below this is float noise of touching polygons (a sliver 1e-10 m wide), not a share. */
export const AREA_NOISE_M2 = 1e-6;

export const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function refData(layers: LayerSet): RefData {
  const { forward } = tmerc(bboxCentre(layers as AnyLayers));
  const cache = new Map<string, RefFeature[]>();
  const layer = (name: string): RefFeature[] => {
    let found = cache.get(name);
    if (!found) {
      const collection = (layers as Record<string, FeatureCollection | undefined>)[name];
      found = (collection?.features ?? []).map((f) => {
        const props = (f.properties ?? {}) as Record<string, unknown>;
        const id = (typeof props.id === 'string' || typeof props.id === 'number' ? props.id : f.id) as Id;
        const shape = projectGeometry(f.geometry, forward);
        return { id, props, shape, area: shape.kind === 'polygon' ? polysArea(shape.polys) : 0 };
      });
      cache.set(name, found);
    }
    return found;
  };
  const memo = new Map<RefFeature, Id | null>();
  const districtOf = (_name: string, feature: RefFeature): Id | null => {
    if (memo.has(feature)) return memo.get(feature)!;
    let result: Id | null = null;
    const own = feature.props.districtId;
    if (typeof own === 'string' || typeof own === 'number') result = own;
    else if (feature.shape.kind === 'point') {
      const p = feature.shape.p;
      result = layer('districts').find((d) => d.shape.kind === 'polygon' && pointInPolys(p, d.shape.polys))?.id ?? null;
    } else if (feature.shape.kind === 'polygon') {
      let best = 0;
      for (const d of layer('districts')) {
        if (d.shape.kind !== 'polygon') continue;
        const share = intersectionArea(feature.shape.polys, d.shape.polys);
        // Largest share of area; a tie (equal up to float noise) keeps the first in file order.
        if (share > AREA_NOISE_M2 && share > best * (1 + SHARE_TIE)) {
          best = share;
          result = d.id;
        }
      }
    }
    memo.set(feature, result);
    return result;
  };
  return { layer, districtOf, districtIds: layer('districts').map((d) => d.id) };
}
