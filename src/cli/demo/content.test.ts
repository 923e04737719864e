import { describe, expect, it } from 'vitest';
import { type PlanarMultiPolygon, type Point, projectGeometry, shapeBBox, shapeDistance } from '../../analysis/geometry/planar';
import { buildBoxIndex } from '../../analysis/geometry/spatial-index';
import { FACILITY_TYPES, FUNDING_SOURCES, IDLE_LAND_KINDS, PARKING_KINDS, PROTECTED_KINDS } from '../../model/codes';
import { DEMO_AS_OF_YEAR } from './attributes';
import { ELEVATOR_VOTES_FILE, generateDemo, SURVEYS_FILE } from './index';
import { threeQuarters, twoThirds } from './tables';
import { parseLayers, planarLine, planarPolygon, projectionFor } from './test-support';

const output = generateDemo();
const layers = parseLayers(output);
const projection = projectionFor(output);
const communities = layers.communities.features.map((f) => ({ p: f.properties as Record<string, any>, polygon: planarPolygon(f.geometry, projection) }));
const buildings = layers.buildings.features.map((f) => ({ p: f.properties as Record<string, any>, polygon: planarPolygon(f.geometry, projection) }));
const polygonShape = (coordinates: PlanarMultiPolygon) => ({ type: 'polygon' as const, coordinates });

/** The status a community shows as of year Y (DESIGN §3.5). */
function stateAsOf(p: Record<string, any>, year: number): string {
  const le = (value: unknown) => typeof value === 'number' && value <= year;
  if (le(p.completedYear)) return 'completed';
  if (le(p.startYear)) return 'under_construction';
  if (le(p.planYear) && p.renovationStatus !== 'candidate') return p.renovationStatus === 'planned' ? 'planned' : 'approved';
  return 'candidate';
}

describe('demo communities: attributes', () => {
  it('has households matching floor area (60–80 m² each), elderly 15–35 %, too little parking', () => {
    for (const { p } of communities) {
      const own = buildings.filter((b) => b.p.communityId === p.id);
      const floorArea = own.reduce((sum, b) => sum + Math.abs(areaOf(b.polygon)) * b.p.floors, 0);
      expect(floorArea / p.households).toBeGreaterThan(58);
      expect(floorArea / p.households).toBeLessThan(82);
      expect(p.builtYear).toBeGreaterThanOrEqual(1980);
      expect(p.builtYear).toBeLessThanOrEqual(2000);
      expect(p.elderlyShare).toBeGreaterThanOrEqual(0.15);
      expect(p.elderlyShare).toBeLessThanOrEqual(0.35);
      expect(p.parkingSpaces).toBeLessThan(0.5 * p.households);
      expect(p.population).toBeGreaterThan(2 * p.households);
    }
  });

  it('keeps renovation years in 2019–2026 and consistent with the status (§3.5)', () => {
    const statuses = new Set<string>();
    for (const { p } of communities) {
      statuses.add(p.renovationStatus);
      for (const key of ['planYear', 'startYear', 'completedYear']) {
        if (p[key] !== undefined) {
          expect(p[key]).toBeGreaterThanOrEqual(2019);
          expect(p[key]).toBeLessThanOrEqual(2026);
        }
      }
      expect(stateAsOf(p, DEMO_AS_OF_YEAR)).toBe(p.renovationStatus);
      if (p.startYear !== undefined) expect(p.startYear).toBeGreaterThanOrEqual(p.planYear);
      if (p.completedYear !== undefined) expect(p.completedYear).toBeGreaterThanOrEqual(p.startYear);
    }
    expect(statuses.size).toBe(5);
  });

  it('funds every project exactly: sources sum to investmentWan', () => {
    for (const { p } of communities) {
      if (p.renovationStatus === 'candidate') continue;
      const total = FUNDING_SOURCES.reduce((sum, source) => sum + (p.funding[source] ?? 0), 0);
      expect(total).toBe(p.investmentWan);
    }
  });
});

describe('demo content: every kind, and analyses with something to find', () => {
  it('has every idle-land kind, facility type and protected kind', () => {
    expect(new Set(layers.idleLand.features.map((f) => f.properties.kind))).toEqual(new Set(IDLE_LAND_KINDS));
    expect(new Set(layers.facilities.features.map((f) => f.properties.type))).toEqual(new Set(FACILITY_TYPES));
    expect(new Set(layers.protected.features.map((f) => f.properties.kind))).toEqual(new Set(PROTECTED_KINDS));
    for (const f of layers.idleLand.features) if (f.properties.kind === 'idle_building') expect(f.properties.floorAreaM2).toBeGreaterThan(0);
    const floors = buildings.map((b) => b.p.floors);
    expect(floors.some((n) => n <= 3)).toBe(true);
    expect(floors.some((n) => n === 4)).toBe(true);
    expect(floors.filter((n) => n >= 5).length).toBeGreaterThan(floors.length / 2);
    const withElevator = buildings.filter((b) => b.p.hasElevator).length;
    expect(withElevator).toBeGreaterThan(0);
    expect(withElevator).toBeLessThan(buildings.length * 0.1);
  });

  it('leaves gaps in service coverage: some communities beyond 300 m of a type, some within', () => {
    for (const type of ['elderly_care', 'childcare', 'community_service']) {
      const points = layers.facilities.features.filter((f) => f.properties.type === type).map((f) => projectGeometry(f.geometry, projection)!);
      const distances = communities.map((c) => Math.min(...points.map((pt) => shapeDistance(pt, polygonShape(c.polygon)))));
      expect(distances.some((d) => d > 300), type).toBe(true);
      expect(distances.some((d) => d <= 300), type).toBe(true);
    }
  });

  it('has parking parcels within 300 m, some only across a district boundary', () => {
    const parcels = layers.idleLand.features
      .filter((f) => (PARKING_KINDS as readonly unknown[]).includes(f.properties.kind))
      .map((f) => ({ districtId: f.properties.districtId, shape: polygonShape(planarPolygon(f.geometry, projection)) }));
    const index = buildBoxIndex(parcels.map((parcel) => shapeBBox(parcel.shape)));
    let ownDistrict = 0;
    let onlyAcross = 0;
    for (const c of communities) {
      const shape = polygonShape(c.polygon);
      const near = index.within(shapeBBox(shape), 300).filter((k) => shapeDistance(shape, parcels[k].shape) <= 300);
      const own = near.filter((k) => parcels[k].districtId === c.p.districtId).length;
      if (own > 0) ownDistrict++;
      else if (near.length > 0) onlyAcross++;
    }
    expect(ownDistrict).toBeGreaterThan(communities.length / 2);
    expect(onlyAcross).toBeGreaterThan(0);
  });

  it('gives elevator shafts every verdict: fire lane, boundary, 6 m neighbour, and free', () => {
    // Shaft zone of each north façade: 3.9 m deep (1.5 corridor + 2.4 shaft), as DESIGN §3.2.
    const fireLanes = layers.roads.features.filter((f) => f.properties.fireLane).map((f) => planarLine(f.geometry, projection));
    const counts = { fireLane: 0, outside: 0, spacing: 0, free: 0 };
    const byId = new Map(communities.map((c) => [c.p.id, c.polygon]));
    const index = buildBoxIndex(buildings.map((b) => shapeBBox(polygonShape(b.polygon))));
    for (const b of buildings) {
      if (b.p.floors < 4 || b.p.hasElevator) continue;
      const box = shapeBBox(polygonShape(b.polygon));
      const zone: Point[] = [[box[0] + 4, box[3]], [box[2] - 4, box[3]], [box[2] - 4, box[3] + 3.9], [box[0] + 4, box[3] + 3.9], [box[0] + 4, box[3]]];
      const zoneShape = polygonShape([[zone]]);
      const lane = fireLanes.some((line) => shapeDistance(zoneShape, { type: 'line', coordinates: [line] }) < 2);
      const community = byId.get(b.p.communityId)!;
      const outside = shapeDistance({ type: 'point', coordinates: [(box[0] + box[2]) / 2, box[3] + 3.9] }, polygonShape(community)) > 0;
      const spacing = index.within(shapeBBox(zoneShape), 6).some((k) => buildings[k] !== b && shapeDistance(zoneShape, polygonShape(buildings[k].polygon)) < 6);
      if (lane) counts.fireLane++;
      if (outside) counts.outside++;
      if (spacing) counts.spacing++;
      if (!lane && !outside && !spacing) counts.free++;
    }
    expect(counts.fireLane).toBeGreaterThan(0);
    expect(counts.outside).toBeGreaterThan(0);
    expect(counts.spacing).toBeGreaterThan(0);
    expect(counts.free).toBeGreaterThan(counts.fireLane);
  });
});

describe('demo tables', () => {
  it('writes surveys with shares in 0–1 and satisfaction only where works are completed', () => {
    const [header, ...rows] = output.files[SURVEYS_FILE].trim().split('\n').map((line) => line.split(','));
    expect(header).toEqual(['communityId', 'respondents', 'need_elevator', 'need_parking', 'need_elderly_care', 'need_childcare', 'need_canteen', 'need_greening', 'need_security', 'need_pipes', 'willingToPay', 'satisfaction']);
    const status = new Map(communities.map((c) => [c.p.id, c.p.renovationStatus]));
    expect(rows.length).toBeGreaterThan(communities.length / 2);
    for (const row of rows) {
      expect(status.has(row[0])).toBe(true);
      for (const cell of row.slice(2, 11)) expect(Number(cell)).toBeGreaterThanOrEqual(0), expect(Number(cell)).toBeLessThanOrEqual(1);
      expect(row[11] !== '').toBe(status.get(row[0]) === 'completed');
    }
  });

  it('writes elevator votes for candidate buildings, some passing 2/3 and 3/4, some not', () => {
    const [header, ...rows] = output.files[ELEVATOR_VOTES_FILE].trim().split('\n').map((line) => line.split(','));
    expect(header).toEqual(['buildingId', 'unit', 'households', 'takingPart', 'agreed']);
    const byId = new Map(buildings.map((b) => [b.p.id, b.p]));
    let passing = 0;
    for (const [buildingId, unit, households, takingPart, agreed] of rows) {
      const building = byId.get(buildingId)!;
      expect(building.floors).toBeGreaterThanOrEqual(4);
      expect(building.hasElevator).toBe(false);
      expect(Number(unit)).toBeLessThanOrEqual(building.units);
      expect(Number(agreed)).toBeLessThanOrEqual(Number(takingPart));
      expect(Number(takingPart)).toBeLessThanOrEqual(Number(households));
      if (Number(takingPart) >= twoThirds(Number(households)) && Number(agreed) >= threeQuarters(Number(takingPart))) passing++;
    }
    expect(passing).toBeGreaterThan(0);
    expect(passing).toBeLessThan(rows.length);
  });
});

function areaOf(polygon: PlanarMultiPolygon): number {
  const ring = polygon[0][0];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}
