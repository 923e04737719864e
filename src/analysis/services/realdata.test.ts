import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../cli/data-dir';
import { SERVICE_TYPES } from '../../model/codes';
import { lifeCircleCompliance, runServices, serviceCatchment } from './index';

// Real OSM geometry of Huangpu/Lujiazui (../shared/realdata/README.md); absent in a fresh clone.
const DIR = join(import.meta.dirname, '../../../../shared/realdata/shanghai-tilezen');
const present = existsSync(`${DIR}/roads.geojson`);

describe.skipIf(!present)('services on real Shanghai data (skipped when /work/shared/realdata is absent)', () => {
  const layers = present ? loadDataDir(DIR) : {};

  it('covers every type in both distance modes, the network never below the straight line', async () => {
    for (const type of SERVICE_TYPES) {
      const straight = await runServices(layers, { type, mode: 'cross' });
      const network = await runServices(layers, { type, mode: 'cross', distance: 'network' });
      if (!straight.ok || !network.ok) throw new Error('analysis failed');
      expect(network.value.solver.status).toBe('optimal');
      expect(network.value.totals.communities).toBe(18);
      straight.value.communities.forEach((row, i) => {
        const walked = network.value.communities[i].distanceM;
        if (walked !== null && row.distanceM !== null) expect(walked).toBeGreaterThanOrEqual(row.distanceM - 1e-6);
      });
      // Coverage can only shrink when walking.
      expect(network.value.totals.covered).toBeLessThanOrEqual(straight.value.totals.covered);
    }
  });

  it('drops the short fragments and keeps the two river banks apart', async () => {
    const result = await runServices(layers, { type: 'community_service', distance: 'network', sites: 0 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.network!.droppedComponents).toBeGreaterThan(0);
    // Both community-service points are on one bank: most communities cannot reach them.
    expect(result.value.communities.filter((c) => c.distanceM === null).length).toBeGreaterThan(0);
  });

  it('gives the census and a catchment', () => {
    const census = lifeCircleCompliance(layers, { distance: 'network' });
    expect(census.ok && census.value.communities.length).toBe(18);
    const catchment = serviceCatchment(layers, { type: 'market', distance: 'network' });
    expect(catchment.ok && catchment.value.distance === 'network' && catchment.value.lengthM > 0).toBe(true);
  });
});
