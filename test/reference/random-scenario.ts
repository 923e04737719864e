/**
 * Small random districts for the differential tests, drawn in metres from a seed and turned
 * into lon/lat: a road grid with gaps, nudged vertices (merges at and around 0.5 m), stems
 * ending near a road (T-junctions at and around 0.5 m), a bridge crossing without a shared
 * vertex, a loose fragment (a part under or over 1 km), rectangular, L-shaped and holed
 * communities, facilities (some on a community's corner: touching), idle parcels (some
 * sharing a community's edge).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { createLocalProjection } from '../../src/analysis/geometry/projection';
import type { LayerSet } from '../../src/model/types';
import type { XY } from './walking-network';

const projection = createLocalProjection(120.15, 30.27);

/** mulberry32: a seeded generator, so a failing case is replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Scenario {
  layers: LayerSet;
  radiusM: number;
  minAreaM2: number;
  sites: number;
  mode: 'cross' | 'district';
}

export function randomScenario(seed: number): Scenario {
  const r = random(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * r();
  const chance = (p: number) => r() < p;
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)];
  // The whole drawing turned by an angle (none a third of the time), so roads are not all axis-aligned.
  const angle = chance(0.33) ? 0 : between(0, Math.PI);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const lonLat = ([x, y]: XY) => projection.inverse([x * cos - y * sin, x * sin + y * cos]);
  const nudge = (p: XY): XY => {
    if (!chance(0.3)) return p;
    const length = pick([0.25, 0.5, 0.5000001, 0.7, between(0, 0.8)]);
    const angle = pick([0, Math.PI / 2, between(0, 2 * Math.PI)]);
    return [p[0] + length * Math.cos(angle), p[1] + length * Math.sin(angle)];
  };

  const step = between(120, 350);
  const n = 2 + Math.floor(r() * 3);
  const roads: XY[][] = [];
  for (const horizontal of [true, false]) {
    for (let j = 0; j <= n; j++) {
      const at = (i: number): XY => (horizontal ? [i * step, j * step] : [j * step, i * step]);
      if (chance(0.5)) {
        const line = Array.from({ length: n + 1 }, (_, i) => nudge(at(i)));
        if (!chance(0.15)) roads.push(line);
      } else {
        for (let i = 0; i < n; i++) if (!chance(0.25)) roads.push([nudge(at(i)), nudge(at(i + 1))]);
      }
    }
  }
  // Stems: from near a grid line's interior (0–0.8 m off it), running away from it.
  for (let k = Math.floor(r() * 3); k > 0; k--) {
    const x = between(0.1, 0.9) * n * step;
    const j = Math.floor(r() * (n + 1)) * step;
    const gap = pick([0.3, 0.5, 0.5000001, between(0, 0.8)]);
    const sign = chance(0.5) ? 1 : -1;
    roads.push([[x, j + sign * gap], [x, j + sign * between(100, 700)]]);
  }
  if (chance(0.4)) roads.push([[-100, between(0, n * step)], [n * step + 100, between(0, n * step)]]); // a bridge
  if (chance(0.6)) {
    // A loose two-leg fragment of 850–1150 m in all: kept or dropped at the 1 km line.
    const x0 = n * step + between(50, 400);
    const y0 = between(0, n * step);
    const first = between(200, 700);
    const total = pick([between(850, 1150), 999, 1001]);
    roads.push([[x0, y0], [x0 + first, y0], [x0 + first, y0 + total - first]]);
  }

  // Places mostly near the grid, some up to 650 m off it (beyond the 500 m attachment limit).
  const far = () => chance(0.3);
  const spot = (): XY => {
    const margin = far() ? 650 : 250;
    return [between(-margin, n * step + margin), between(-margin, n * step + margin)];
  };
  const communities: Feature[] = [];
  const corners: XY[] = [];
  const edges: [XY, XY][] = [];
  const count = 2 + Math.floor(r() * 4);
  for (let c = 0; c < count; c++) {
    const [x, y] = spot();
    const [w, h] = [between(30, 160), between(30, 160)];
    let rings: XY[][];
    if (chance(0.2)) rings = [[[x, y], [x + w, y], [x + w, y + h / 2], [x + w / 2, y + h / 2], [x + w / 2, y + h], [x, y + h], [x, y]]];
    else rings = [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]];
    if (chance(0.15)) rings.push([[x + w / 4, y + h / 4], [x + w / 4, y + h / 3], [x + w / 3, y + h / 3], [x + w / 3, y + h / 4], [x + w / 4, y + h / 4]]);
    corners.push(rings[0][2]);
    edges.push([rings[0][0], rings[0][1]]);
    const districtId = pick(['D1', 'D2', null]);
    // Now and then a second rectangle to the east makes it a MultiPolygon.
    const geometry: Geometry = chance(0.1)
      ? { type: 'MultiPolygon', coordinates: [rings.map((ring) => ring.map(lonLat)), [[[x + w + 50, y], [x + w + 90, y], [x + w + 90, y + 40], [x + w + 50, y + 40], [x + w + 50, y]].map((p) => lonLat(p as XY))]] }
      : { type: 'Polygon', coordinates: rings.map((ring) => ring.map(lonLat)) };
    communities.push(feature(geometry, { id: `C${c}`, households: 100 + c, population: 200 + 37 * c, elderlyShare: 0.1 + 0.05 * c, districtId }));
  }
  const facilities: Feature[] = [];
  for (let f = Math.floor(r() * 5); f > 0; f--) {
    const p: XY = chance(0.15) ? pick(corners) : spot();
    facilities.push(feature({ type: 'Point', coordinates: lonLat(p) }, { id: `F${f}`, type: chance(0.85) ? 'elderly_care' : 'clinic' }));
  }
  const idleLand: Feature[] = [];
  for (let s = Math.floor(r() * 6); s > 0; s--) {
    let ring: XY[];
    const [w, h] = [between(10, 60), between(10, 60)];
    if (chance(0.2)) {
      const [a, b] = pick(edges); // below a community's south edge, sharing part of it
      ring = [[a[0], a[1] - h], [a[0] + Math.min(w, b[0] - a[0]), a[1] - h], [a[0] + Math.min(w, b[0] - a[0]), a[1]], a, [a[0], a[1] - h]];
    } else {
      const [x, y] = spot();
      ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
    }
    const building = chance(0.25);
    idleLand.push(feature({ type: 'Polygon', coordinates: [ring.map(lonLat)] }, {
      id: `S${s}`, kind: building ? 'idle_building' : 'vacant', ...(building && chance(0.7) ? { floorAreaM2: between(100, 1500) } : {}), districtId: pick(['D1', 'D2', null]),
    }));
  }
  const layers = {
    communities: collection(communities),
    facilities: collection(facilities),
    // Now and then a line goes in as a MultiLineString of two parts meeting at a vertex.
    roads: collection(roads.map((line, i) => {
      const cut = 1 + Math.floor(r() * (line.length - 1));
      const geometry: Geometry = line.length > 2 && chance(0.3)
        ? { type: 'MultiLineString', coordinates: [line.slice(0, cut + 1).map(lonLat), line.slice(cut).map(lonLat)] }
        : { type: 'LineString', coordinates: line.map(lonLat) };
      return feature(geometry, { id: `R${i}` });
    })),
    idleLand: collection(idleLand),
  } as unknown as LayerSet;
  return { layers, radiusM: between(80, 900), minAreaM2: pick([0, 350, 1000]), sites: 1 + Math.floor(r() * 3), mode: chance(0.6) ? 'cross' : 'district' };
}

const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
