/**
 * Differential test on a generated demo, through the command line: `atlas demo --communities 20`
 * then `atlas analyze elevators --data DIR`, its JSON against the naive reference run on the
 * folder's files. The reference is brute force (every prism for every sample), so here it
 * analyses the candidates of three communities only; every building of the folder still
 * blocks, spaces and receives sunlight. (Whole demos agree too, run by hand: 20 communities,
 * 913 and 932 units with these two flag sets; 40 communities (--seed 7), 2,087 units, default
 * flags and --required-hours 5 --date 2025-12-22: 11–64 s each.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compareElevators, viewOfJson } from '../../../test/fixtures/elevators/reference/compare';
import { referenceElevators } from '../../../test/fixtures/elevators/reference/reference';
import { LAYER_FILES } from '../../model/layer-names';
import { main } from '../../cli/main';

const COMMUNITIES = new Set(['C0001', 'C0007', 'C0013']);

describe('engine = reference on a generated demo (CLI)', () => {
  it('agrees on every unit and building of three communities, with the default parameters and with others', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const dir = mkdtempSync(join(tmpdir(), 'ref-elevators-demo-'));
    expect(await main(['demo', '--out', dir, '--communities', '20'])).toBe(0);
    const layers = Object.fromEntries(
      Object.entries(LAYER_FILES).filter(([, file]) => existsSync(join(dir, file))).map(([name, file]) => [name, JSON.parse(readFileSync(join(dir, file), 'utf8'))]),
    );
    const buildings = layers.buildings.features as { properties: { id: string; communityId: string } }[];
    const chosen = new Set(buildings.filter((b) => COMMUNITIES.has(b.properties.communityId)).map((b) => b.properties.id));
    let units = 0;
    let sunlight = 0;
    for (const [flags, params] of [
      [[], {}],
      [['--required-hours', '8', '--date', '2025-03-01', '--min-floors', '3'], { requiredHours: 8, date: '2025-03-01', minFloors: 3 }],
    ] as const) {
      const out = join(dir, 'elevators.json');
      expect(await main(['analyze', 'elevators', '--data', dir, ...flags, '--out', out])).toBe(0);
      const json = JSON.parse(readFileSync(out, 'utf8'));
      const ref = referenceElevators(layers, params, { candidates: (id) => chosen.has(id as string) });
      const comparison = compareElevators(viewOfJson(json), ref, { only: chosen });
      expect(comparison.differences).toEqual([]);
      units += comparison.units;
      sunlight += comparison.sunlightEntries;
    }
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
    expect(units).toBeGreaterThan(100);
    expect(sunlight).toBeGreaterThan(0);
  });
});
