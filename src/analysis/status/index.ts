/**
 * Project status (项目进展, DESIGN §3.5): the state of each community as of a year, and the
 * dashboard tables a review meeting reads — communities and households by status,
 * investment by funding source and district, progress by year, property-management cover.
 */
import {
  FUNDING_SOURCES, PROPERTY_MANAGEMENT, RENOVATION_STATUSES,
  type FundingSource, type PropertyManagement, type RenovationStatus,
} from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { prepareLayers } from '../prepare';
import { FIRST_YEAR, LAST_YEAR } from './years';

export { FIRST_YEAR, LAST_YEAR };
/** Years a record can widen the span to: a typo (20223, 1900) must not make a century of bars. */
const EARLIEST_RECORDED = 2000;
const LATEST_RECORDED = 2040;

/**
 * FIRST_YEAR…LAST_YEAR widened to every plan, start and completion year on record within
 * EARLIEST_RECORDED…LATEST_RECORDED: a 2027 plan must show on the chart and the slider.
 */
export function yearSpan(communities: readonly { properties: CommunityProperties }[]): { first: number; last: number } {
  let first = FIRST_YEAR;
  let last = LAST_YEAR;
  for (const { properties } of communities) {
    for (const year of [properties.planYear, properties.startYear, properties.completedYear]) {
      if (typeof year !== 'number' || !Number.isInteger(year) || year < EARLIEST_RECORDED || year > LATEST_RECORDED) continue;
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  return { first, last };
}

/** DESIGN §3.5, literally. A missing year never counts as ≤ Y. */
export function statusAsOf(community: Pick<CommunityProperties, 'renovationStatus' | 'planYear' | 'startYear' | 'completedYear'>, year: number): RenovationStatus {
  const atOrBefore = (value: number | undefined) => value !== undefined && value !== null && value <= year;
  if (atOrBefore(community.completedYear)) return 'completed';
  if (atOrBefore(community.startYear)) return 'under_construction';
  const status = community.renovationStatus ?? 'candidate';
  if (atOrBefore(community.planYear) && status !== 'candidate') return status === 'planned' ? 'planned' : 'approved';
  return 'candidate';
}

const sameId = (a: FeatureId | null, b: FeatureId | null): boolean => a === b || (a !== null && b !== null && String(a) === String(b));

export interface StatusFilter {
  /** A district id; the app's filter carries it as text (the URL), so "1" selects district 1. */
  districtId?: FeatureId | null;
  status?: RenovationStatus;
}

export interface StatusCommunity {
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  status: RenovationStatus;
  households: number;
}

export interface DashboardOutput {
  year: number | null;
  /** The years of `progress` (and of the slider): yearSpan. */
  years: { first: number; last: number };
  communities: StatusCommunity[];
  byStatus: Record<RenovationStatus, { communities: number; households: number }>;
  /** 万元 by district and source; districts in file order, null last. */
  fundingByDistrict: { districtId: FeatureId | null; name: string | null; bySource: Record<FundingSource, number>; investmentWan: number }[];
  progress: { year: number; planned: number; started: number; completed: number }[];
  propertyManagement: Record<PropertyManagement | 'unknown', { communities: number; households: number }>;
}

const zeroBy = <K extends string, V>(keys: readonly K[], make: () => V) => Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

export function runDashboard(layers: LayerSet, params: { year?: number | null; filter?: StatusFilter } = {}): Result<DashboardOutput> {
  const prepared = prepareLayers(layers);
  const year = params.year ?? null;
  const filter = params.filter ?? {};
  const districtNames = new Map<FeatureId | null, string | null>();
  for (const district of prepared.layer<{ name?: string }>('districts').features) districtNames.set(district.id, district.properties.name ?? null);

  const all = prepared.layer<CommunityProperties>('communities').features.map((feature, position) => ({
    feature,
    row: {
      id: feature.id,
      name: feature.properties.name ?? null,
      districtId: prepared.districtOf('communities', position),
      status: year === null ? feature.properties.renovationStatus ?? 'candidate' : statusAsOf(feature.properties, year),
      households: feature.properties.households ?? 0,
    } satisfies StatusCommunity,
  }));
  const selected = all.filter(({ row }) =>
    (filter.districtId === undefined || sameId(row.districtId, filter.districtId)) && (filter.status === undefined || row.status === filter.status));

  const byStatus = zeroBy(RENOVATION_STATUSES, () => ({ communities: 0, households: 0 }));
  const propertyManagement = zeroBy([...PROPERTY_MANAGEMENT, 'unknown' as const], () => ({ communities: 0, households: 0 }));
  const funding = new Map<FeatureId | null, DashboardOutput['fundingByDistrict'][number]>();
  for (const id of districtNames.keys()) funding.set(id, { districtId: id, name: districtNames.get(id) ?? null, bySource: zeroBy(FUNDING_SOURCES, () => 0), investmentWan: 0 });

  for (const { feature, row } of selected) {
    byStatus[row.status].communities += 1;
    byStatus[row.status].households += row.households;
    const management = feature.properties.propertyManagement ?? 'unknown';
    propertyManagement[management].communities += 1;
    propertyManagement[management].households += row.households;
    let entry = funding.get(row.districtId);
    if (!entry) {
      entry = { districtId: row.districtId, name: null, bySource: zeroBy(FUNDING_SOURCES, () => 0), investmentWan: 0 };
      funding.set(row.districtId, entry);
    }
    for (const source of FUNDING_SOURCES) entry.bySource[source] += feature.properties.funding?.[source] ?? 0;
    entry.investmentWan += feature.properties.investmentWan ?? 0;
  }

  const years = yearSpan(all.map(({ feature }) => feature));
  const progress: DashboardOutput['progress'] = [];
  for (let y = years.first; y <= years.last; y++) {
    let planned = 0;
    let started = 0;
    let completed = 0;
    for (const { feature } of selected) {
      const status = statusAsOf(feature.properties, y);
      if (status !== 'candidate') planned += 1;
      if (status === 'under_construction' || status === 'completed') started += 1;
      if (status === 'completed') completed += 1;
    }
    progress.push({ year: y, planned, started, completed });
  }

  return ok({
    year,
    years,
    communities: all.map(({ row }) => row),
    byStatus,
    fundingByDistrict: [...funding.values()],
    progress,
    propertyManagement,
  });
}
