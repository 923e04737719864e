/**
 * The two resident tables of DESIGN §2: surveys.csv (问需于民: what residents asked for; and
 * 问效于民: satisfaction, only where works are completed) and elevator_votes.csv (per unit
 * of a candidate building, some votes reaching 民法典 art. 278's 2/3 and 3/4, some not).
 */
import type { CommunityProperties } from '../../model/layers';
import type { PlannedBuilding, PlannedCommunity } from './plan-types';
import { type Random, roundTo } from './random';

export const SURVEY_COLUMNS = [
  'communityId', 'respondents', 'need_elevator', 'need_parking', 'need_elderly_care', 'need_childcare', 'need_canteen',
  'need_greening', 'need_security', 'need_pipes', 'willingToPay', 'satisfaction',
] as const;
export const VOTE_COLUMNS = ['buildingId', 'unit', 'households', 'takingPart', 'agreed'] as const;

const share = (value: number) => roundTo(Math.min(0.98, Math.max(0, value)), 2);

function csv(columns: readonly string[], rows: (string | number)[][]): string {
  return [columns.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
}

export function surveysCsv(communities: readonly PlannedCommunity[], properties: readonly CommunityProperties[], random: Random): { text: string; rows: number } {
  const rows: (string | number)[][] = [];
  communities.forEach((community, i) => {
    if (!random.chance(0.85)) return; // not every community has been surveyed yet
    const p = properties[i];
    const households = p.households ?? 0;
    const elderly = p.elderlyShare ?? 0.2;
    const walkUp = community.buildings.filter((b) => b.floors >= 5 && !b.hasElevator).reduce((sum, b) => sum + b.households, 0);
    const demand = 0.8 * households;
    const shortfall = demand > 0 ? Math.max(0, demand - (p.parkingSpaces ?? 0)) / demand : 0;
    const completed = p.renovationStatus === 'completed';
    rows.push([
      community.id,
      Math.max(10, Math.round(households * random.range(0.3, 0.75))),
      share((households ? walkUp / households : 0) * random.range(0.5, 0.9) + elderly * 0.5),
      share(shortfall * random.range(0.5, 0.9)),
      share(elderly * random.range(1.2, 2.2)),
      share(random.range(0.05, 0.3)),
      share(elderly * random.range(1, 2)),
      share(random.range(0.2, 0.6)),
      share(random.range(0.2, 0.6)),
      share(completed ? random.range(0.05, 0.25) : random.range(0.4, 0.85)),
      share(random.range(0.15, 0.6)),
      completed ? roundTo(random.range(3.6, 4.8), 1) : '',
    ]);
  });
  return { text: csv(SURVEY_COLUMNS, rows), rows: rows.length };
}

/** ceil(2/3 × n) and ceil(3/4 × n) in integers, free of floating-point surprises. */
export const twoThirds = (n: number) => Math.floor((2 * n + 2) / 3);
export const threeQuarters = (n: number) => Math.floor((3 * n + 3) / 4);

export function elevatorVotesCsv(buildings: readonly PlannedBuilding[], random: Random): { text: string; rows: number } {
  const rows: (string | number)[][] = [];
  for (const building of buildings) {
    if (building.floors < 4 || building.hasElevator || !random.chance(0.2)) continue;
    const outcome = random.weighted([['passes', 0.5], ['lowTurnout', 0.25], ['lowAgreement', 0.25]] as const);
    for (let unit = 1; unit <= building.units; unit++) {
      const households = building.floors * building.householdsPerFloorUnit;
      const quorum = twoThirds(households);
      let takingPart: number;
      let agreed: number;
      if (outcome === 'lowTurnout') {
        takingPart = random.int(Math.ceil(households / 3), quorum - 1);
        agreed = random.int(Math.ceil(takingPart / 2), takingPart);
      } else {
        takingPart = random.int(quorum, households);
        const needed = threeQuarters(takingPart);
        agreed = outcome === 'passes' ? random.int(needed, takingPart) : random.int(Math.ceil(takingPart / 2), needed - 1);
      }
      rows.push([building.id, unit, households, takingPart, agreed]);
    }
  }
  return { text: csv(VOTE_COLUMNS, rows), rows: rows.length };
}
