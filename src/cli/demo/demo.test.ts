import { describe, expect, it } from 'vitest';
import { intersectionArea } from '../../analysis/geometry/clip';
import { type BBox, pointInMultiPolygon, pointSegmentDistance, type PlanarMultiPolygon, type Point, shapeBBox } from '../../analysis/geometry/planar';
import { buildBoxIndex } from '../../analysis/geometry/spatial-index';
import { LAYER_FILES, LAYER_GEOMETRY, LAYER_NAMES, LAYER_PROPERTY_SCHEMAS } from '../../model/layers';
import { generateDemo } from './index';
import { countComponents, parseLayers, planarLine, planarPolygon, projectionFor } from './test-support';

const polygonBox = (polygon: PlanarMultiPolygon): BBox => shapeBBox({ type: 'polygon', coordinates: polygon });
const edges = (polygon: PlanarMultiPolygon): [Point, Point][] =>
  polygon.flatMap((part) => part.flatMap((ring) => ring.slice(1).map((p, i): [Point, Point] => [ring[i], p])));
const distanceToBoundary = (p: Point, polygon: PlanarMultiPolygon) => Math.min(...edges(polygon).map(([a, b]) => pointSegmentDistance(p, a, b)));

describe('demo generator: determinism and scale', () => {
  it('gives byte-identical files for the same seed', () => {
    expect(generateDemo({ seed: 7 }).files).toEqual(generateDemo({ seed: 7 }).files);
    expect(generateDemo({ seed: '7' }).files).toEqual(generateDemo({ seed: 7 }).files);
  });

  it('gives a different district for a different seed', () => {
    const a = generateDemo({ seed: 7 }).files;
    const b = generateDemo({ seed: 8 }).files;
    expect(a[LAYER_FILES.buildings]).not.toEqual(b[LAYER_FILES.buildings]);
    expect(a[LAYER_FILES.communities]).not.toEqual(b[LAYER_FILES.communities]);
  });

  it('defaults to about 40 communities in 3 districts', () => {
    const { manifest } = generateDemo();
    expect(manifest.communities).toBe(40);
    expect(manifest.layers.districts.count).toBe(3);
    expect(manifest.crs).toBe('EPSG:4326');
    expect(manifest.description).toContain('示例数据为虚拟片区');
  });

  it('scales with --communities', () => {
    const { manifest } = generateDemo({ communities: 200, seed: 3 });
    expect(manifest.layers.communities.count).toBe(200);
    expect(manifest.layers.districts.count).toBeGreaterThanOrEqual(14);
    expect(manifest.layers.buildings.count).toBeGreaterThan(200 * 12);
    expect(manifest.layers.idleLand.count).toBeGreaterThan(200 * 2);
    expect(manifest.layers.roads.count).toBeGreaterThan(200 * 8);
  });
});

describe('demo generator: every layer passes its schema', () => {
  const output = generateDemo({ communities: 100, seed: 11 });
  const layers = parseLayers(output);
  for (const name of LAYER_NAMES) {
    it(`${name}`, () => {
      expect(layers[name].features.length).toBe(output.manifest.layers[name].count);
      expect(layers[name].features.length).toBeGreaterThan(0);
      for (const feature of layers[name].features) {
        const parsed = LAYER_PROPERTY_SCHEMAS[name].safeParse(feature.properties);
        expect(parsed.success, `${name} ${JSON.stringify(feature.properties)}`).toBe(true);
        expect(LAYER_GEOMETRY[name]).toContain(feature.geometry.type);
      }
    });
  }

  it('rounds coordinates to 7 decimals and puts them in Hangzhou', () => {
    const [minLon, minLat, maxLon, maxLat] = output.manifest.bbox;
    expect(minLon).toBeGreaterThan(119.9);
    expect(maxLon).toBeLessThan(120.4);
    expect(minLat).toBeGreaterThan(30.1);
    expect(maxLat).toBeLessThan(30.5);
    for (const line of layers.roads.features.slice(0, 200)) {
      for (const [lon, lat] of (line.geometry as { coordinates: number[][] }).coordinates) {
        expect(Math.round(lon * 1e7) / 1e7).toBe(lon);
        expect(Math.round(lat * 1e7) / 1e7).toBe(lat);
      }
    }
  });
});

describe('demo generator: geometry', () => {
  const output = generateDemo({ communities: 100, seed: 5 });
  const layers = parseLayers(output);
  const projection = projectionFor(output);
  const communities = new Map(layers.communities.features.map((f) => [f.properties.id, planarPolygon(f.geometry, projection)]));
  const buildings = layers.buildings.features.map((f) => ({ properties: f.properties, polygon: planarPolygon(f.geometry, projection) }));

  it('puts every building strictly inside its own community', () => {
    for (const building of buildings) {
      const community = communities.get(building.properties.communityId);
      expect(community, String(building.properties.id)).toBeDefined();
      for (const vertex of building.polygon[0][0]) {
        expect(pointInMultiPolygon(vertex, community!)).toBe(true);
        expect(distanceToBoundary(vertex, community!)).toBeGreaterThan(0.5);
      }
    }
  });

  it('never lets two buildings overlap', () => {
    const boxes = buildings.map((b) => polygonBox(b.polygon));
    const index = buildBoxIndex(boxes);
    let pairs = 0;
    boxes.forEach((box, i) => {
      for (const j of index.search(box)) {
        if (j <= i) continue;
        pairs++;
        expect(intersectionArea(buildings[i].polygon, buildings[j].polygon), `${buildings[i].properties.id} × ${buildings[j].properties.id}`).toBeLessThan(1e-6);
      }
    });
    expect(pairs).toBe(0); // boxes never even touch: slabs stand at least 6 m apart
  });

  it('never lets two communities overlap, and districts hold their communities', () => {
    const polygons = [...communities.values()];
    const index = buildBoxIndex(polygons.map(polygonBox));
    polygons.forEach((polygon, i) => {
      for (const j of index.search(polygonBox(polygon))) if (j > i) expect(intersectionArea(polygon, polygons[j])).toBeLessThan(1e-6);
    });
    const districts = new Map(layers.districts.features.map((f) => [f.properties.id, planarPolygon(f.geometry, projection)]));
    for (const feature of layers.communities.features) {
      const district = districts.get(feature.properties.districtId);
      expect(district).toBeDefined();
      for (const vertex of communities.get(feature.properties.id)![0][0]) expect(pointInMultiPolygon(vertex, district!)).toBe(true);
    }
  });

  it('keeps buildings clear of every road centreline by more than half its width', () => {
    const roads = layers.roads.features.map((f) => ({ line: planarLine(f.geometry, projection), half: (f.properties.widthM as number) / 2 }));
    const index = buildBoxIndex(roads.map((r) => shapeBBox({ type: 'line', coordinates: [r.line] })));
    for (const building of buildings) {
      const ring = building.polygon[0][0];
      for (const k of index.within(polygonBox(building.polygon), 16)) {
        const [a, b] = roads[k].line;
        const clearance = Math.min(...ring.map((p) => pointSegmentDistance(p, a, b)));
        // Roads run east–west or north–south, slabs are axis-aligned: vertex distance is the distance.
        expect(clearance, String(building.properties.id)).toBeGreaterThan(roads[k].half);
      }
    }
  });

  it('builds one connected road network (vertices within 0.5 m are one node)', () => {
    const lines = layers.roads.features.map((f) => planarLine(f.geometry, projection));
    expect(countComponents(lines, 0.5)).toBe(1);
    const classes = new Set(layers.roads.features.map((f) => f.properties.class));
    expect([...classes].sort()).toEqual(['arterial', 'fire_lane', 'local']);
  });
});
