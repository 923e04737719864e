/**
 * The default demo must make the three pooling modes tell apart in a review meeting:
 * a land-rich district's works yard (旧厂区) has parking land to spare that only pooling
 * across districts brings to the land-poor corner next door (self < district < cross).
 */
import { describe, expect, it } from 'vitest';
import { runParking } from '../../analysis/parking';
import type { LayerSet } from '../../model/types';
import { generateDemo } from './index';
import { parseLayers } from './test-support';

describe('demo generator: parking pooling modes', () => {
  it('allocates strictly more spaces as pooling widens: self < district < cross', async () => {
    const layers = parseLayers(generateDemo()) as unknown as LayerSet;
    const allocated: Record<string, number> = {};
    for (const mode of ['self', 'district', 'cross'] as const) {
      const result = await runParking(layers, { mode });
      if (!result.ok) throw new Error(result.error.message);
      allocated[mode] = result.value.totals.allocated;
      // Capacity is below the deficit overall, so a mode's gain is real, not a ceiling effect.
      expect(result.value.totals.capacity).toBeLessThan(result.value.totals.deficit);
    }
    expect(allocated.self).toBeLessThan(allocated.district);
    // A visible step for the side-by-side comparison, not a rounding difference.
    expect(allocated.cross - allocated.district).toBeGreaterThan(200);
  });

  it('has a land-rich district whose parking capacity is unused in district mode', async () => {
    const layers = parseLayers(generateDemo()) as unknown as LayerSet;
    const result = await runParking(layers, { mode: 'district' });
    if (!result.ok) throw new Error(result.error.message);
    const idle = result.value.parcels.filter((p) => p.retained && p.allocated < p.capacity);
    expect(idle.length).toBeGreaterThan(0);
  });
});
