/**
 * The residents' voice in a few figures, for the dashboard: the respondent-weighted share
 * asking for each need item, the mean satisfaction, and the vote totals. The whole
 * ResidentsOutput carries every candidate building with its unit votes (≈120 MB as a
 * structured clone at province scale: a second of the page's main thread to receive); the
 * dashboard's charts need only this.
 */
import type { LayerSet, Result } from '../../model/types';
import type { ElevatorCandidate } from '../elevators/candidates';
import { runResidents } from './index';
import type { ResidentsOutput, ResidentTables } from './types';

export interface ResidentsOverview {
  tables: ResidentsOutput['tables'];
  /** Per need item (needItems order): Σ share × respondents ÷ Σ respondents over the surveyed communities that asked about it. */
  needs: { item: string; share: number }[];
  /** Mean of the communities' satisfaction scores (1–5); null when no community has one. */
  satisfaction: number | null;
  totals: ResidentsOutput['totals'];
}

export function residentsOverview(residents: ResidentsOutput): ResidentsOverview {
  const needs = residents.needItems.map((item) => {
    let asked = 0;
    let respondents = 0;
    for (const community of residents.communities) {
      const share = community.needs[item];
      if (share === undefined || community.respondents === null) continue;
      asked += share * community.respondents;
      respondents += community.respondents;
    }
    return { item, share: respondents ? asked / respondents : 0 };
  });
  let total = 0;
  let scored = 0;
  for (const community of residents.communities) {
    if (community.satisfaction === null) continue;
    total += community.satisfaction;
    scored++;
  }
  return { tables: residents.tables, needs, satisfaction: scored ? total / scored : null, totals: residents.totals };
}

/**
 * The overview with only what it rests on run: the elevator candidates (which buildings, their
 * units, households and thresholds: runElevatorCandidates, without the units' site checks and
 * sunlight) decide the vote totals, so the caller passes them when there are votes (null
 * otherwise); parking and services, which runResidents would also run for each community's
 * findings, enter none of these figures.
 */
export async function runResidentsOverview(layers: LayerSet, tables: ResidentTables, elevators: { buildings: readonly ElevatorCandidate[] } | null): Promise<Result<ResidentsOverview>> {
  const result = await runResidents(layers, tables, {}, { findings: { byCommunity: new Map(), elevators, notes: [] } });
  return result.ok ? { ok: true, value: residentsOverview(result.value) } : result;
}
