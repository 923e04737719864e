/** Test helper: the community and parcel drawings and the throwing run the parking tests share. */
import type { LayerSet } from '../../model/types';
import { runParking, type ParkingOutput } from './index';
import type { MetreFeature } from './test-fixtures';

export const community = (id: string, ring: MetreFeature['ring'], households: number, extra: Record<string, unknown> = {}): MetreFeature => ({
  properties: { id, name: `小区${id}`, households, ...extra },
  ring,
});

export const parcel = (id: string, ring: MetreFeature['ring'], kind = 'vacant', extra: Record<string, unknown> = {}): MetreFeature => ({
  properties: { id, kind, ...extra },
  ring,
});

/** runParking's output, or the error's message thrown. */
export async function runParkingValue(layers: LayerSet, params: Parameters<typeof runParking>[1] = {}): Promise<ParkingOutput> {
  const result = await runParking(layers, params);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
