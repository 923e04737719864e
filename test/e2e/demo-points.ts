/**
 * Picks places in the committed demo where only one layer draws, so a pixel test can tell
 * MapLibre's drawing from deck.gl's (NOTES.md: check a pixel only each one draws).
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointToLineDistance, point as turfPoint } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';

const read = <T>(file: string) => JSON.parse(readFileSync(`data/demo/${file}`, 'utf8')) as T;

export function demoLayers() {
  return {
    communities: read<FeatureCollection<Polygon, { id: string; name: string; renovationStatus: string; households: number; builtYear: number }>>('communities.geojson'),
    buildings: read<FeatureCollection<Polygon>>('buildings.geojson'),
    idleLand: read<FeatureCollection<Polygon>>('idle_land.geojson'),
    roads: read<FeatureCollection<LineString>>('roads.geojson'),
    facilities: read<FeatureCollection<Point, { id: string; type: string }>>('facilities.geojson'),
    manifest: read<{ bbox: [number, number, number, number] }>('manifest.json'),
  };
}

/** A point inside the community, clear of buildings, idle land and roads by `clearanceM`. */
export function openGroundIn(community: Feature<Polygon>, clearanceM = 12): [number, number] | null {
  const layers = demoLayers();
  const ring = community.geometry.coordinates[0];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const near = (features: Feature<Polygon>[], at: ReturnType<typeof turfPoint>) => features.some((f) => booleanPointInPolygon(at, f));
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 20; j++) {
      const candidate: [number, number] = [minX + ((maxX - minX) * i) / 20, minY + ((maxY - minY) * j) / 20];
      const at = turfPoint(candidate);
      if (!booleanPointInPolygon(at, community)) continue;
      if (near(layers.buildings.features, at) || near(layers.idleLand.features, at)) continue;
      const clearOfRoads = layers.roads.features.every((road) => pointToLineDistance(at, road, { units: 'meters' }) > clearanceM);
      const clearOfBuildings = layers.buildings.features.every(
        (b) => pointToLineDistance(at, { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: b.geometry.coordinates[0] } }, { units: 'meters' }) > clearanceM,
      );
      if (clearOfRoads && clearOfBuildings) return candidate;
    }
  }
  return null;
}
