/**
 * What the other analyses found for each community, gathered once for the residents' view
 * (asked vs planned) and the priority ranking: parking deficit and how much of it pooling
 * meets (runParking, default parameters), elevator candidate units and their verdicts
 * (runElevators), and which of the six service types reach it (the facility census's
 * nearest distances against each type's default radius, DESIGN §3.3). Services use the
 * census rather than runServices because coverage needs no siting solver, and six MIP runs
 * would cost seconds for nothing. Precomputed results (the app already has them) are reused.
 */
import { SERVICE_TYPES, type ServiceType } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { SERVICE_DEFAULTS } from '../../model/standards';
import type { FeatureId, LayerSet } from '../../model/types';
import { runElevators } from '../elevators';
import type { ElevatorOutput } from '../elevators/params';
import type { ElevatorCandidate } from '../elevators/candidates';
import { runParking, type ParkingOutput } from '../parking';
import { communityDemand, lifeCircleCompliance } from '../services';
import type { CommunityFindings } from './types';

export interface PrecomputedAnalyses {
  parking?: ParkingOutput;
  elevators?: ElevatorOutput;
}

export interface Findings {
  byCommunity: Map<string, CommunityFindings>;
  /** The elevator candidates the votes are judged against (the whole analysis's, or the candidates alone: elevators/candidates.ts). */
  elevators: { buildings: readonly ElevatorCandidate[] } | null;
  /** Why an analysis could not contribute (missing layer or field); the others still do. */
  notes: string[];
}

const key = (id: FeatureId) => String(id);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export async function gatherFindings(layers: LayerSet, precomputed: PrecomputedAnalyses = {}): Promise<Findings> {
  const notes: string[] = [];
  const byCommunity = new Map<string, CommunityFindings>();
  const communities = layers.communities?.features ?? [];
  for (const feature of communities) {
    const id = feature.properties?.id ?? feature.id;
    if (id !== undefined && !byCommunity.has(key(id))) byCommunity.set(key(id), { parking: null, elevators: null, services: null });
  }

  let parking = precomputed.parking ?? null;
  if (!parking && communities.length) {
    const result = await runParking(layers);
    if (result.ok) parking = result.value;
    else notes.push(`parking not used: ${result.error.message}`);
  }
  for (const row of parking?.communities ?? []) {
    const entry = byCommunity.get(key(row.id));
    if (!entry) continue;
    const unmet = row.deficit - row.allocated;
    entry.parking = { demand: row.demand, deficit: row.deficit, allocated: row.allocated, unmet, metShare: row.deficit > 0 ? round6(row.allocated / row.deficit) : null };
  }

  let elevators = precomputed.elevators ?? null;
  if (!elevators && layers.buildings?.features.length) {
    const result = runElevators(layers);
    if (result.ok) elevators = result.value;
    else notes.push(`elevators not used: ${result.error.message}`);
  } else if (!elevators) notes.push('elevators not used: no buildings layer');
  if (elevators) {
    for (const entry of byCommunity.values()) entry.elevators = { candidateBuildings: 0, candidateUnits: 0, feasible: 0, conditional: 0, infeasible: 0 };
    for (const row of elevators.communities) {
      const entry = row.id === null ? undefined : byCommunity.get(key(row.id));
      if (!entry) continue;
      entry.elevators = {
        candidateBuildings: row.candidateBuildings, candidateUnits: row.feasible + row.conditional + row.infeasible,
        feasible: row.feasible, conditional: row.conditional, infeasible: row.infeasible,
      };
    }
  }

  if (communities.length) {
    const census = lifeCircleCompliance(layers);
    if (!census.ok) notes.push(`services not used: ${census.error.message}`);
    else {
      const propertiesOf = new Map<string, CommunityProperties>();
      for (const feature of communities) {
        const id = feature.properties?.id ?? feature.id;
        if (id !== undefined && !propertiesOf.has(key(id))) propertiesOf.set(key(id), feature.properties as CommunityProperties);
      }
      for (const row of census.value.communities) {
        const entry = byCommunity.get(key(row.id));
        const properties = propertiesOf.get(key(row.id));
        if (!entry || !properties || entry.services) continue;
        const covered: ServiceType[] = [];
        const uncovered: ServiceType[] = [];
        let demand = 0;
        let uncoveredDemand = 0;
        for (const type of SERVICE_TYPES) {
          const defaults = SERVICE_DEFAULTS[type];
          const typeDemand = communityDemand(properties, defaults.demandShare).demand;
          const distance = row.services[type].distanceM;
          demand += typeDemand;
          // Inclusive limit (DESIGN §3.6): at exactly the radius a community is covered.
          if (distance !== null && distance <= defaults.radiusM.value) covered.push(type);
          else {
            uncovered.push(type);
            uncoveredDemand += typeDemand;
          }
        }
        entry.services = { covered, uncovered, demand: round6(demand), uncoveredDemand: round6(uncoveredDemand) };
      }
    }
  }
  return { byCommunity, elevators, notes };
}
