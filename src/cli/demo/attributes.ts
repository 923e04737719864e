/**
 * A community's attributes: households from its buildings, population, elderly share, the
 * (too few) parking spaces, property management and the renovation record: status, class,
 * items, years (DESIGN §3.5: the state as of 2025 equals the status) and funding in 万元.
 */
import type { Category, FundingSource, PropertyManagement, RenovationItem, RenovationStatus } from '../../model/codes';
import { FUNDING_SOURCES } from '../../model/codes';
import type { CommunityProperties, Funding } from '../../model/layers';
import type { PlannedCommunity } from './plan-types';
import { type Random, roundTo } from './random';

/** The year the demo data describes: statuses are the §3.5 state as of this year. */
export const DEMO_AS_OF_YEAR = 2025;

const BASIC_ITEMS: [RenovationItem, number][] = [['roof', 0.7], ['facade', 0.6], ['fire_safety', 0.5]];
const IMPROVE_ITEMS: [RenovationItem, number][] = [['elevator', 0.6], ['parking', 0.6], ['ev_charging', 0.5], ['barrier_free', 0.5]];
const ENHANCE_ITEMS: [RenovationItem, number][] = [['elderly_care', 0.6], ['childcare', 0.4], ['canteen', 0.5]];

function pickItems(options: [RenovationItem, number][], random: Random, atLeastOne: boolean): RenovationItem[] {
  const chosen = options.filter(([, chance]) => random.chance(chance)).map(([item]) => item);
  if (atLeastOne && chosen.length === 0) chosen.push(random.pick(options)[0]);
  return chosen;
}

function itemsFor(category: Category, random: Random): RenovationItem[] {
  const items: RenovationItem[] = ['pipes', ...pickItems(BASIC_ITEMS, random, false)];
  if (category !== 'basic') items.push(...pickItems(IMPROVE_ITEMS, random, true));
  if (category === 'enhance') items.push(...pickItems(ENHANCE_ITEMS, random, true));
  return items;
}

/** Years consistent with the status as of DEMO_AS_OF_YEAR, all within 2019–2026. */
function yearsFor(status: RenovationStatus, random: Random): Pick<CommunityProperties, 'planYear' | 'startYear' | 'completedYear'> {
  switch (status) {
    case 'completed': {
      const planYear = random.int(2019, 2023);
      const startYear = planYear + random.int(0, 1);
      return { planYear, startYear, completedYear: Math.min(DEMO_AS_OF_YEAR, startYear + random.int(0, 1)) };
    }
    case 'under_construction': {
      const planYear = random.int(2021, DEMO_AS_OF_YEAR);
      return { planYear, startYear: Math.min(DEMO_AS_OF_YEAR, planYear + random.int(0, 1)) };
    }
    case 'approved': {
      const planYear = random.int(2023, DEMO_AS_OF_YEAR);
      return random.chance(0.4) ? { planYear, startYear: DEMO_AS_OF_YEAR + 1 } : { planYear };
    }
    case 'planned':
      return { planYear: random.int(2024, DEMO_AS_OF_YEAR) };
    case 'candidate':
      return {};
  }
}

/** Whole 万元 per source, summing exactly to the investment (integers add without rounding error). */
function fundingFor(investmentWan: number, random: Random): Funding {
  const weights: Record<FundingSource, number> = {
    central: random.range(0.12, 0.3),
    local: random.range(0.25, 0.45),
    bonds: random.chance(0.5) ? random.range(0.05, 0.25) : 0,
    residents: random.range(0.02, 0.08),
    maintenanceFund: random.chance(0.5) ? random.range(0.01, 0.05) : 0,
    utilities: random.range(0.05, 0.15),
    social: random.chance(0.35) ? random.range(0.02, 0.12) : 0,
  };
  const total = FUNDING_SOURCES.reduce((sum, source) => sum + weights[source], 0);
  const funding = {} as Record<FundingSource, number>;
  for (const source of FUNDING_SOURCES) funding[source] = Math.floor((investmentWan * weights[source]) / total);
  funding.local += investmentWan - FUNDING_SOURCES.reduce((sum, source) => sum + funding[source], 0);
  return funding;
}

export function describeCommunity(community: PlannedCommunity, random: Random): CommunityProperties {
  const households = community.buildings.reduce((sum, b) => sum + b.households, 0);
  const status = random.weighted<RenovationStatus>([['completed', 0.3], ['under_construction', 0.15], ['approved', 0.12], ['planned', 0.15], ['candidate', 0.28]]);
  const category = random.weighted<Category>([['basic', 0.35], ['improve', 0.45], ['enhance', 0.2]]);
  const items = itemsFor(category, random);
  const done = status === 'completed';
  const propertyManagement = random.weighted<PropertyManagement>(
    done ? [['professional', 0.35], ['quasi', 0.45], ['self', 0.15], ['none', 0.05]] : [['professional', 0.1], ['quasi', 0.3], ['self', 0.3], ['none', 0.3]],
  );
  const properties: CommunityProperties = {
    id: community.id,
    name: community.name,
    districtId: community.districtId,
    builtYear: community.builtYear,
    households,
    population: Math.round(households * random.range(2.2, 2.8)),
    elderlyShare: roundTo(random.range(0.15, 0.35), 2),
    // Old compounds were built with almost no parking: 0.08–0.4 spaces per household.
    parkingSpaces: Math.round(households * random.range(0.08, 0.4)),
    propertyManagement,
    renovationStatus: status,
    category,
    items,
    ...yearsFor(status, random),
  };
  if (status !== 'candidate') {
    const perHousehold = category === 'basic' ? random.range(1.2, 2.2) : category === 'improve' ? random.range(2.2, 3.4) : random.range(3.2, 4.8);
    properties.investmentWan = Math.max(1, Math.round(households * perHousehold));
    properties.funding = fundingFor(properties.investmentWan, random);
  }
  // Where elevators were part of finished or running works, some buildings have them now.
  if ((status === 'completed' || status === 'under_construction') && items.includes('elevator')) {
    const candidates = community.buildings.filter((b) => b.floors >= 4 && !b.hasElevator);
    const count = Math.min(candidates.length, status === 'completed' ? random.int(1, 3) : random.int(0, 1));
    for (let i = 0; i < count; i++) candidates.splice(random.int(0, candidates.length - 1), 1)[0].hasElevator = true;
  }
  return properties;
}
