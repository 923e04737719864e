import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intersectionArea } from '../../analysis/geometry/clip';
import { shapeBBox } from '../../analysis/geometry/planar';
import { buildBoxIndex } from '../../analysis/geometry/spatial-index';
import { parseArgs } from '../args';
import demo from '../commands/demo';
import { generateDemo } from './index';
import { parseLayers, planarPolygon, projectionFor } from './test-support';

describe('demo generator at city scale', () => {
  it('makes 3,000 communities in well under 10 s', () => {
    const started = performance.now();
    const { manifest } = generateDemo({ communities: 3000, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(manifest.layers.communities.count).toBe(3000);
    expect(manifest.layers.buildings.count).toBeGreaterThan(57_000);
    expect(manifest.layers.idleLand.count).toBeGreaterThan(9_500);
    expect(manifest.layers.facilities.count).toBeGreaterThan(4_000);
    expect(manifest.layers.roads.count).toBeGreaterThan(35_000);
  });
});

describe('demo generator: idle land', () => {
  it('keeps idle land off buildings and off other idle land', () => {
    const output = generateDemo({ communities: 100, seed: 9 });
    const layers = parseLayers(output);
    const projection = projectionFor(output);
    const polygons = [...layers.buildings.features, ...layers.idleLand.features].map((f) => planarPolygon(f.geometry, projection));
    const firstIdle = layers.buildings.features.length;
    const boxes = polygons.map((p) => shapeBBox({ type: 'polygon', coordinates: p }));
    const index = buildBoxIndex(boxes);
    for (let i = firstIdle; i < polygons.length; i++) {
      for (const j of index.search(boxes[i])) if (j !== i) expect(intersectionArea(polygons[i], polygons[j])).toBeLessThan(1e-6);
    }
  });
});

describe('demo command', () => {
  it('writes every layer, both tables and the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-demo-'));
    try {
      expect(await demo(parseArgs(['--out', dir, '--communities', '20', '--seed', 'west-lake']))).toBe(0);
      expect(readdirSync(dir).sort()).toEqual([
        'buildings.geojson', 'communities.geojson', 'districts.geojson', 'elevator_votes.csv', 'facilities.geojson',
        'idle_land.geojson', 'manifest.json', 'protected.geojson', 'roads.geojson', 'surveys.csv',
      ]);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.seed).toBe('west-lake');
      expect(manifest.communities).toBe(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing --out or a bad --communities with exit code 2', async () => {
    await expect(demo(parseArgs([]))).rejects.toMatchObject({ exitCode: 2 });
    await expect(demo(parseArgs(['--out', '/tmp/x', '--communities', '0']))).rejects.toMatchObject({ exitCode: 2 });
  });
});
