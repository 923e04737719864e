/**
 * The pairs memo grows incrementally (a larger walk measures only the parcels it newly
 * reaches): the pairs must equal those computed from scratch, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../cli/demo';
import { LAYER_FILES, LAYER_NAMES } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { prepareLayers } from '../prepare';
import { pairsWithin } from './pairs';
import { parcelTable } from './parcels';

const demo = generateDemo({ communities: 60, seed: 'parking-pairs' });
const freshLayers = (): LayerSet =>
  Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(demo.files[LAYER_FILES[name]])])) as LayerSet;

function fromScratch(walkM: number) {
  const prepared = prepareLayers(freshLayers());
  return pairsWithin(prepared, parcelTable(prepared).candidates, walkM);
}

describe('pairs within walking distance', () => {
  it('grown step by step equal the pairs computed from scratch', () => {
    const prepared = prepareLayers(freshLayers());
    const candidates = parcelTable(prepared).candidates;
    let total = 0;
    for (const walk of [150, 300, 350, 200, 500, 500, 80]) {
      const pairs = pairsWithin(prepared, candidates, walk);
      expect(pairs).toEqual(fromScratch(walk));
      total += pairs.flat().length;
    }
    expect(total).toBeGreaterThan(0);
  });
});
