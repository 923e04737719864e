import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runDashboard, statusAsOf, yearSpan } from '.';
import { aggregateByDistrict } from './aggregate';
import { collection, deepFreeze, rectangle } from '../../../test/fixtures/geo';
import type { LayerSet } from '../../model/types';
import { RENOVATION_STATUSES } from '../../model/codes';

describe('statusAsOf (DESIGN §3.5)', () => {
  const started2021 = { renovationStatus: 'completed' as const, planYear: 2020, startYear: 2021, completedYear: 2022 };
  it('a community started in 2021 and completed in 2022 is 在建 as of 2021', () => {
    expect(statusAsOf(started2021, 2021)).toBe('under_construction');
    expect(statusAsOf(started2021, 2022)).toBe('completed');
    expect(statusAsOf(started2021, 2020)).toBe('approved');
    expect(statusAsOf(started2021, 2019)).toBe('candidate');
  });
  it('planned stays planned once its plan year comes; candidates stay candidates', () => {
    expect(statusAsOf({ renovationStatus: 'planned', planYear: 2024 }, 2024)).toBe('planned');
    expect(statusAsOf({ renovationStatus: 'planned', planYear: 2024 }, 2023)).toBe('candidate');
    expect(statusAsOf({ renovationStatus: 'candidate', planYear: 2020 }, 2025)).toBe('candidate');
  });
  it('a missing year never counts as ≤ Y', () => {
    expect(statusAsOf({ renovationStatus: 'completed' }, 2026)).toBe('candidate');
    expect(statusAsOf({ renovationStatus: 'under_construction', planYear: 2022 }, 2026)).toBe('approved');
  });
  it('is monotone: a later year is never an earlier stage', () => {
    const order = (s: string) => ['candidate', 'planned', 'approved', 'under_construction', 'completed'].indexOf(s);
    fc.assert(
      fc.property(fc.constantFrom(...RENOVATION_STATUSES), fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 2019, max: 2025 }), (status, planYear, toStart, toEnd, year) => {
        const community = { renovationStatus: status, planYear, startYear: planYear + toStart, completedYear: planYear + toStart + toEnd };
        const a = statusAsOf(community, year);
        const b = statusAsOf(community, year + 1);
        return order(b) >= order(a);
      }),
    );
  });
});

function fixture(): LayerSet {
  return deepFreeze({
    districts: collection([rectangle(-1000, -500, 0, 500, { id: 'W', name: '西' }), rectangle(0, -500, 1000, 500, { id: 'E', name: '东' })]),
    communities: collection([
      rectangle(-500, 0, -400, 100, { id: 'A', households: 100, renovationStatus: 'completed' as const, planYear: 2019, startYear: 2020, completedYear: 2021, investmentWan: 500, funding: { central: 200, local: 300 }, propertyManagement: 'professional' as const }),
      rectangle(-300, 0, -200, 100, { id: 'B', households: 60, renovationStatus: 'planned' as const, planYear: 2025, investmentWan: 100, funding: { residents: 100 } }),
      rectangle(300, 0, 400, 100, { id: 'C', households: 40, renovationStatus: 'under_construction' as const, planYear: 2022, startYear: 2023, investmentWan: 250, funding: { bonds: 250 }, propertyManagement: 'quasi' as const }),
    ]),
  }) as LayerSet;
}

describe('runDashboard', () => {
  it('counts, funding and progress worked by hand', () => {
    const result = runDashboard(fixture(), { year: 2023 });
    if (!result.ok) throw new Error(result.error.message);
    const { byStatus, fundingByDistrict, progress, propertyManagement } = result.value;
    expect(byStatus.completed).toEqual({ communities: 1, households: 100 });
    expect(byStatus.under_construction).toEqual({ communities: 1, households: 40 });
    expect(byStatus.candidate).toEqual({ communities: 1, households: 60 }); // B is planned only from 2025
    const west = fundingByDistrict.find((row) => row.districtId === 'W')!;
    expect(west.bySource).toMatchObject({ central: 200, local: 300, residents: 100 });
    expect(west.investmentWan).toBe(600);
    expect(fundingByDistrict.find((row) => row.districtId === 'E')!.bySource.bonds).toBe(250);
    expect(progress.find((p) => p.year === 2021)).toEqual({ year: 2021, planned: 1, started: 1, completed: 1 });
    expect(progress.find((p) => p.year === 2025)).toEqual({ year: 2025, planned: 3, started: 2, completed: 1 });
    expect(propertyManagement.professional.communities).toBe(1);
    expect(propertyManagement.unknown.households).toBe(60);
  });
  it('filters by district and status', () => {
    const result = runDashboard(fixture(), { year: 2026, filter: { districtId: 'W' } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.byStatus.completed.communities + result.value.byStatus.planned.communities).toBe(2);
    expect(result.value.fundingByDistrict.find((row) => row.districtId === 'E')!.investmentWan).toBe(0);
  });
  it('a district filter given as text (the URL\'s) selects a district whose id is a number', () => {
    const numbered = fixture();
    const districts = numbered.districts!.features.map((feature, i) => ({ ...feature, properties: { ...feature.properties, id: i + 1 } }));
    const layers = { ...numbered, districts: { ...numbered.districts!, features: districts } } as LayerSet;
    const byText = runDashboard(layers, { year: 2026, filter: { districtId: '1' } });
    const byNumber = runDashboard(layers, { year: 2026, filter: { districtId: 1 } });
    if (!byText.ok || !byNumber.ok) throw new Error('dashboard failed');
    expect(byText.value.byStatus.completed.communities + byText.value.byStatus.planned.communities).toBe(2);
    expect(byText.value).toEqual(byNumber.value);
  });
});

describe('the dashboard\'s years', () => {
  it('span 2019–2026, widened to the plan, start and completion years on record (2000–2040 only)', () => {
    const at = (years: Record<string, number>) => ({ properties: { id: 'x', ...years } });
    expect(yearSpan([])).toEqual({ first: 2019, last: 2026 });
    expect(yearSpan([at({ planYear: 2027, startYear: 2028 }), at({ completedYear: 2017 })])).toEqual({ first: 2017, last: 2028 });
    expect(yearSpan([at({ planYear: 20227 }), at({ startYear: 1900 }), at({ completedYear: 2030.5 })])).toEqual({ first: 2019, last: 2026 });
  });
  it('runs the progress chart over them: a community planned for 2027 shows there', () => {
    const layers = fixture();
    const planned = { ...layers, communities: { ...layers.communities!, features: [...layers.communities!.features, rectangle(500, 0, 600, 100, { id: 'D', households: 10, renovationStatus: 'planned' as const, planYear: 2027 })] } } as LayerSet;
    const result = runDashboard(planned, { year: null });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.years).toEqual({ first: 2019, last: 2027 });
    expect(result.value.progress.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(result.value.progress.at(-1)).toEqual({ year: 2027, planned: 4, started: 2, completed: 1 });
  });
});

describe('aggregateByDistrict', () => {
  it('sum, mean and count of a numeric field', () => {
    const sum = aggregateByDistrict(fixture(), { layer: 'communities', field: 'households', operation: 'sum' });
    const mean = aggregateByDistrict(fixture(), { layer: 'communities', field: 'households', operation: 'mean' });
    const count = aggregateByDistrict(fixture(), { layer: 'communities', field: 'households', operation: 'count' });
    if (!sum.ok || !mean.ok || !count.ok) throw new Error('failed');
    expect(sum.value.find((r) => r.districtId === 'W')!.value).toBe(160);
    expect(mean.value.find((r) => r.districtId === 'W')!.value).toBe(80);
    expect(count.value.find((r) => r.districtId === 'E')!.value).toBe(1);
  });
  it('mean of no valued features is null', () => {
    const mean = aggregateByDistrict(fixture(), { layer: 'communities', field: 'population', operation: 'mean' });
    if (!mean.ok) throw new Error('failed');
    expect(mean.value.every((r) => r.value === null)).toBe(true);
  });
});
