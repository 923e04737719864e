/**
 * Files in a data folder that `analyze` does not read: a layer under another name was silently
 * left out (parking ran with no idle land: capacity 0), and a folder with no layer file at all
 * gave an empty summary with exit 0.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from './data-dir';
import { intendedLayerFile, unreadDataFiles } from './data-dir-files';
import { runCli } from './run-cli.test-support';

const DEMO = join(import.meta.dirname, '../../data/demo');

describe('intendedLayerFile', () => {
  it.each([
    ['idle-land.geojson', 'idle_land.geojson'],
    ['idleLand.geojson', 'idle_land.geojson'],
    ['Idle Land.json', 'idle_land.geojson'],
    ['Communities.geojson', 'communities.geojson'],
    ['building.geojson', 'buildings.geojson'],
    ['facility.geojson', 'facilities.geojson'],
    ['comunities.geojson', 'communities.geojson'],
  ])('%s → %s', (name, meant) => expect(intendedLayerFile(name)).toBe(meant));
  it('suggests nothing for a name near no layer', () => {
    expect(intendedLayerFile('小区.geojson')).toBeUndefined();
    expect(intendedLayerFile('parks.geojson')).toBeUndefined();
  });
});

describe('unreadDataFiles', () => {
  it('names every data file analyze leaves out, and none of those it reads or expects', () => {
    const names = ['communities.geojson', 'surveys.csv', 'elevator_votes.xlsx', 'manifest.json', 'notes.txt', '.DS_Store', 'idle-land.geojson', '小区.zip', 'facilities.csv'];
    expect(unreadDataFiles(names, (name) => `d/${name}`)).toEqual([
      'd/facilities.csv: not read: analyze reads GeoJSON layer files; convert it first with npm run atlas -- import d/facilities.csv --out DIR',
      'd/idle-land.geojson: not read: analyze reads the layer files by their names (DESIGN §2); if this is that layer, rename it idle_land.geojson',
      'd/小区.zip: not read: analyze reads GeoJSON layer files; convert it first with npm run atlas -- import d/小区.zip --out DIR',
    ]);
  });
});

describe('loadDataDir and the files it does not read', () => {
  it('warns of a layer file under another name instead of running without that layer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-files-'));
    cpSync(join(DEMO, 'communities.geojson'), join(dir, 'communities.geojson'));
    cpSync(join(DEMO, 'idle_land.geojson'), join(dir, 'idle-land.geojson'));
    const warnings: string[] = [];
    const layers = loadDataDir(dir, (line) => warnings.push(line));
    expect(layers.idleLand).toBeUndefined();
    expect(warnings).toEqual([`warning: ${join(dir, 'idle-land.geojson')}: not read: analyze reads the layer files by their names (DESIGN §2); if this is that layer, rename it idle_land.geojson`]);
  });

  it('analyze summary refuses a folder that holds no layer file (it printed zeros, exit 0), naming what it does hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-files-'));
    writeFileSync(join(dir, '小区.geojson'), '{"type":"FeatureCollection","features":[]}');
    const { code, stdout, stderr } = await runCli('analyze', 'summary', '--data', dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${dir}: holds none of the layer files (districts.geojson, communities.geojson, buildings.geojson, idle_land.geojson, facilities.geojson, roads.geojson, protected.geojson)`);
    expect(stderr).toContain(`${join(dir, '小区.geojson')}: not read`);
  });
});

describe('loadDataDir and references between layer files', () => {
  it('warns of a building whose communityId names no community, first and apart from the files\' own warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-dir-refs-'));
    for (const name of ['communities.geojson', 'districts.geojson']) cpSync(join(DEMO, name), join(dir, name));
    const buildings = JSON.parse(readFileSync(join(DEMO, 'buildings.geojson'), 'utf8'));
    buildings.features[0].properties.communityId = 'C9999';
    writeFileSync(join(dir, 'buildings.geojson'), JSON.stringify(buildings));
    const warnings: string[] = [];
    loadDataDir(dir, (line) => warnings.push(line));
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^warning: ${join(dir, 'buildings.geojson')}: feature #1 \\(id "[^"]+"\\), field communityId: "C9999" is no community of ${join(dir, 'communities.geojson')}`))]);
  });
});
