/**
 * The command line's JSON (DESIGN §4) on a generated demo folder against the literal
 * reference, which reads the folder's GeoJSON files itself (every layer file, so the
 * projection centre is the bbox centre of all of them, §3.6). Half the communities and
 * parcels lose their districtId, so the district overlay is compared too. REF_DEMO_DIR=DIR
 * compares a folder made beforehand (`npm run atlas -- demo --out DIR --communities 60`).
 */
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { generateDemo } from '../../src/cli/demo';
import type { LayerSet } from '../../src/model/types';
import { compareParking, type EngineParking } from './compare-parking';
import { compareServices, type EngineServices } from './compare-services';
import { comparePoolingRows, referencePooling, type EnginePoolingRow } from './pooling';

const FILES: Record<string, string> = {
  districts: 'districts.geojson', communities: 'communities.geojson', buildings: 'buildings.geojson', idleLand: 'idle_land.geojson',
  facilities: 'facilities.geojson', roads: 'roads.geojson', protected: 'protected.geojson',
};

let dir = '';
let outDir = '';
let layers: LayerSet = {};

async function cli(...args: string[]): Promise<unknown> {
  const out = join(outDir, `${args.join('-').replace(/[^a-z0-9-]/gi, '')}.json`);
  const code = await main([...args, '--data', dir, '--out', out]);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

beforeAll(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the loader's warnings, if any
  outDir = mkdtempSync(join(tmpdir(), 'ref-demo-out-'));
  dir = process.env.REF_DEMO_DIR ?? mkdtempSync(join(tmpdir(), 'ref-demo-'));
  if (!process.env.REF_DEMO_DIR) {
    for (const [name, text] of Object.entries(generateDemo({ communities: 24 }).files)) {
      // Every other community and parcel loses its districtId: its district then comes from the overlay.
      const value = name === 'communities.geojson' || name === 'idle_land.geojson' ? JSON.parse(text) : null;
      value?.features.forEach((f: { properties: Record<string, unknown> }, i: number) => i % 2 === 1 && delete f.properties.districtId);
      writeFileSync(join(dir, name), value ? JSON.stringify(value) : text);
    }
  }
  layers = Object.fromEntries(
    Object.entries(FILES).filter(([, file]) => existsSync(join(dir, file))).map(([name, file]) => [name, JSON.parse(readFileSync(join(dir, file), 'utf8'))]),
  ) as LayerSet;
});
afterAll(() => vi.restoreAllMocks());

describe('CLI on a demo folder = reference', () => {
  it('analyze parking, every mode and a changed walk', async () => {
    for (const [mode, walk] of [['district', undefined], ['cross', undefined], ['self', undefined], ['cross', '120']] as const) {
      const args = ['analyze', 'parking', '--mode', mode, ...(walk ? ['--walk', walk] : [])];
      const json = (await cli(...args)) as EngineParking;
      const { problems, ref } = await compareParking(layers, { mode, ...(walk ? { maxWalkM: Number(walk) } : {}) }, json);
      expect(problems).toEqual([]);
      expect(ref.totals.allocated).toBeGreaterThan(0);
      if (!process.env.REF_DEMO_DIR) expect(ref.communities.filter((c, i) => i % 2 === 1 && c.district !== null).length).toBeGreaterThan(5);
    }
  });

  it('analyze services (straight line), two types and modes', async () => {
    for (const [type, mode] of [['elderly_care', 'district'], ['clinic', 'cross']] as const) {
      const json = (await cli('analyze', 'services', '--type', type, '--mode', mode)) as EngineServices;
      const { problems } = await compareServices(layers, { type, mode }, json);
      expect(problems).toEqual([]);
    }
  });

  it('analyze pooling, its flows those of analyze parking --mode cross', async () => {
    const parking = (await cli('analyze', 'parking', '--mode', 'cross')) as EngineParking;
    const pooling = (await cli('analyze', 'pooling')) as { districts: EnginePoolingRow[] };
    const rows = await referencePooling(layers, {}, parking.flows);
    expect(comparePoolingRows(pooling.districts, rows)).toEqual([]);
  });
});
