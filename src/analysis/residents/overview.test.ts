/** The dashboard's few figures of the residents' voice, worked out by hand on the three-community fixture. */
import { describe, expect, it } from 'vitest';
import { runElevatorCandidates, runElevators } from '../elevators';
import { threeCommunities, threeCommunityTables } from '../priority/test-fixtures';
import { runResidents } from './index';
import { residentsOverview, runResidentsOverview } from './overview';

describe('residentsOverview', () => {
  it('weights each need by respondents, averages satisfaction, keeps the vote totals', async () => {
    const full = await runResidents(threeCommunities(), threeCommunityTables());
    if (!full.ok) throw new Error(full.error.message);
    const overview = residentsOverview(full.value);
    // A: 60 respondents, B: 90 (row Z matches no community and is left out).
    // elevator (0.8·60 + 0.2·90) / 150 = 0.44; parking (0.4·60 + 0.6·90) / 150 = 0.52; canteen (0.5·60 + 0.1·90) / 150 = 0.26.
    expect(overview.needs.map((n) => n.item)).toEqual(['elevator', 'parking', 'canteen']);
    expect(overview.needs[0].share).toBeCloseTo(0.44, 12);
    expect(overview.needs[1].share).toBeCloseTo(0.52, 12);
    expect(overview.needs[2].share).toBeCloseTo(0.26, 12);
    expect(overview.satisfaction).toBeCloseTo(4.1, 12); // only B has a score
    expect(overview.tables).toEqual({ surveys: true, elevatorVotes: true });
    expect(overview.totals).toMatchObject({ buildingsReached: 1, buildingsShort: 1, buildingsNone: 1 });
  });

  it('says null satisfaction and zero shares where nothing was surveyed', async () => {
    const full = await runResidents(threeCommunities(), { elevatorVotes: threeCommunityTables().elevatorVotes });
    if (!full.ok) throw new Error(full.error.message);
    expect(residentsOverview(full.value)).toMatchObject({ needs: [], satisfaction: null, tables: { surveys: false, elevatorVotes: true } });
  });

  it('run with the elevator analysis only, gives the same figures as the whole residents run', async () => {
    const layers = threeCommunities();
    const tables = threeCommunityTables();
    const elevators = runElevators(layers);
    if (!elevators.ok) throw new Error(elevators.error.message);
    const full = await runResidents(layers, tables);
    const light = await runResidentsOverview(layers, tables, elevators.value);
    if (!full.ok || !light.ok) throw new Error('residents failed');
    expect(light.value).toEqual(residentsOverview(full.value));
  });

  it('run with the elevator candidates alone (no unit’s site or sunlight), gives the same figures', async () => {
    const layers = threeCommunities();
    const tables = threeCommunityTables();
    const candidates = runElevatorCandidates(layers);
    if (!candidates.ok) throw new Error(candidates.error.message);
    const full = await runResidents(layers, tables);
    const light = await runResidentsOverview(layers, tables, candidates.value);
    if (!full.ok || !light.ok) throw new Error('residents failed');
    expect(light.value).toEqual(residentsOverview(full.value));
    expect(light.value.totals).toMatchObject({ buildingsReached: 1, buildingsShort: 1, buildingsNone: 1 });
  });
});
