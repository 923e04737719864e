/**
 * Integration on real data (OpenStreetMap extract of Hangzhou, /work/shared/realdata): all three
 * modes run, and their results obey the invariants. Skipped when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { FeatureId, LayerSet } from '../../model/types';
import { runParking, type ParkingOutput } from './index';

const DIR = process.env.ATLAS_REALDATA ?? '/work/shared/realdata/hangzhou-osm';
const present = existsSync(join(DIR, 'communities.geojson'));
if (!present) console.warn(`parking real-data test skipped: ${DIR} is absent`);

function load(): LayerSet {
  const layers: LayerSet = {};
  for (const name of LAYER_NAMES) {
    const path = join(DIR, LAYER_FILES[name]);
    if (existsSync(path)) (layers as Record<string, unknown>)[name] = JSON.parse(readFileSync(path, 'utf8'));
  }
  return layers;
}

function checkInvariants(out: ParkingOutput): void {
  const deficit = new Map(out.communities.map((c) => [c.id, c.deficit]));
  const capacity = new Map(out.parcels.map((p) => [p.id, p.retained ? p.capacity : 0]));
  const used = new Map<FeatureId, number>();
  const filled = new Map<FeatureId, number>();
  for (const flow of out.flows) {
    expect(flow.spaces).toBeGreaterThan(0);
    expect(Number.isInteger(flow.spaces)).toBe(true);
    expect(flow.distanceM).toBeLessThanOrEqual(out.params.maxWalkM + 1e-6);
    if (out.params.mode === 'district') {
      expect(flow.communityDistrictId).not.toBeNull();
      expect(flow.communityDistrictId).toBe(flow.parcelDistrictId);
    }
    if (out.params.mode === 'self') expect(flow.distanceM).toBe(0);
    used.set(flow.communityId, (used.get(flow.communityId) ?? 0) + flow.spaces);
    filled.set(flow.parcelId, (filled.get(flow.parcelId) ?? 0) + flow.spaces);
  }
  for (const [id, u] of used) expect(u).toBeLessThanOrEqual(deficit.get(id)!);
  for (const [id, f] of filled) expect(f).toBeLessThanOrEqual(capacity.get(id)!);
  const { totals } = out;
  expect(totals.allocated).toBe(out.flows.reduce((s, f) => s + f.spaces, 0));
  expect(totals.unmet).toBe(totals.deficit - totals.allocated);
  expect(totals.allocated).toBeLessThanOrEqual(Math.min(totals.deficit, totals.capacity));
  for (const parcel of out.parcels) expect(parcel.usableAreaM2).toBeLessThanOrEqual(parcel.areaM2 + 1e-6);
  expect(JSON.parse(JSON.stringify(out))).toEqual(out);
}

describe.skipIf(!present)('parking on real Hangzhou data', () => {
  it('runs all three modes; pooling wider never allocates less', async () => {
    const layers = load();
    const results: ParkingOutput[] = [];
    for (const mode of ['self', 'district', 'cross'] as const) {
      const result = await runParking(layers, { mode });
      if (!result.ok) throw new Error(result.error.message);
      checkInvariants(result.value);
      results.push(result.value);
    }
    const [self, district, cross] = results.map((r) => r.totals.allocated);
    // Self-mode pairs are district pairs only when both sides share a district, so only cross is a superset of both.
    expect(cross).toBeGreaterThanOrEqual(district);
    expect(cross).toBeGreaterThanOrEqual(self);
    expect(results[2].totals.deficit).toBeGreaterThan(0);
  });
});
