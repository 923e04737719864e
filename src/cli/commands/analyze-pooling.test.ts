/**
 * The pooling command end to end through main(): the table written with --out, exit 2 on a
 * --mode (pooling is always cross) or a missing folder.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

const DEMO = join(import.meta.dirname, '../../../data/demo');

afterEach(() => vi.restoreAllMocks());

describe('analyze pooling (CLI)', () => {
  it('writes the district table as JSON with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pooling-cli-')), 'pooling.json');
    expect(await main(['analyze', 'pooling', '--data', DEMO, '--walk', '250', '--out', out])).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.params.parking).toMatchObject({ mode: 'cross', maxWalkM: 250 });
    expect(result.districts.map((d: { id: string }) => d.id)).toEqual(['D001', 'D002', 'D003']);
    expect(Object.keys(result.districts[0])).toEqual(expect.arrayContaining([
      'id', 'households', 'idleAreaM2', 'parkingDeficit', 'parkingMetInside', 'parkingImported', 'parkingExported', 'coverage',
    ]));
    expect(Object.keys(result.districts[0].coverage).sort()).toEqual(['canteen', 'childcare', 'clinic', 'community_service', 'elderly_care', 'market']);
  });

  it('refuses --mode and a missing folder with exit 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['analyze', 'pooling', '--data', DEMO, '--mode', 'district'])).toBe(2);
    expect(await main(['analyze', 'pooling', '--data', '/no/such/folder'])).toBe(2);
    expect(String(stderr.mock.calls[0][0])).toContain('--mode');
  });
});
