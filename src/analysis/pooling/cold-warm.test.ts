/**
 * The caches kept per LayerSet (parcel table, pairs, flat edges, network attachments, kept
 * parking outputs, distances) must never move a result: every analysis run on a fresh
 * LayerSet equals the same analysis run on one LayerSet that already ran the whole suite, in
 * the suite's order, on the committed demo and on a larger generated city.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../cli/demo';
import { loadDataDir } from '../../cli/data-dir';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { runParking } from '../parking';
import { lifeCircleCompliance, runServices } from '../services';
import { runPooling } from './index';

type Step = [name: string, run: (layers: LayerSet) => Promise<unknown>];

const value = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }> | { ok: true; value: T } | { ok: false; error: unknown }) => {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value;
};

/** The suite's analyses I own, in its order (the parking modes first share the parcel table and pairs). */
const STEPS: Step[] = [
  ...(['self', 'district', 'cross'] as const).map((mode): Step => [`parking ${mode}`, (layers) => value(runParking(layers, { mode, maxWalkM: 300 }))]),
  ['coverage euclidean', (layers) => value(lifeCircleCompliance(layers, { distance: 'euclidean' }))],
  ['coverage network', (layers) => value(lifeCircleCompliance(layers, { distance: 'network' }))],
  ['siting network', (layers) => value(runServices(layers, { type: 'elderly_care', sites: 5, distance: 'network' }))],
  ['siting network self', (layers) => value(runServices(layers, { type: 'market', sites: 3, distance: 'network', mode: 'self' }))],
  ['pooling', (layers) => value(runPooling(layers))],
  ['pooling network', (layers) => value(runPooling(layers, { distance: 'network', maxWalkM: 250 }))],
];

async function compareColdWarm(fresh: () => LayerSet): Promise<void> {
  const shared = fresh();
  for (const [name, run] of STEPS) {
    const warm = await run(shared);
    const cold = await run(fresh());
    expect(warm, name).toEqual(cold);
  }
  // Asked again on the warm data, parking returns what it returned (no drift from warm starts).
  const again = await value(runParking(shared, { mode: 'cross', maxWalkM: 300 }));
  expect(again).toEqual(await value(runParking(fresh(), { mode: 'cross', maxWalkM: 300 })));
}

describe('cold and warm caches give the same results', () => {
  it('on the committed demo', async () => {
    const text = JSON.stringify(loadDataDir(join(import.meta.dirname, '../../../data/demo')));
    await compareColdWarm(() => JSON.parse(text) as LayerSet);
  }, 60_000);

  it('on a generated city of 400 communities', async () => {
    const output = generateDemo({ communities: 400, seed: 'cold-warm' });
    const texts = LAYER_NAMES.map((name) => [name, output.files[LAYER_FILES[name]]] as const);
    await compareColdWarm(() => Object.fromEntries(texts.map(([name, text]) => [name, JSON.parse(text)])) as LayerSet);
  }, 120_000);
});
