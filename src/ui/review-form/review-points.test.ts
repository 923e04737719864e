/**
 * The joint review form's 审查要点, on a community worked out by hand: two elevator buildings
 * (five units, their reasons), two idle parcels met for parking, six services against their
 * radii, a survey and votes. The estimate is the plan sheet's (sheet-facts.ts) at the default
 * unit costs; every figure below is computed in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { CostBuilding } from '../../analysis/cost';
import type { ElevatorOutput } from '../../analysis/elevators';
import type { ParkingOutput } from '../../analysis/parking';
import type { PriorityOutput } from '../../analysis/priority';
import type { LifeCircleOutput } from '../../analysis/services';
import type { CommunityProperties } from '../../model/layers';
import { sheetEstimate, sheetFunding, sheetItems } from '../plan-sheet/sheet-facts';
import { buildingList } from './point-words';
import { REVIEW_DEPARTMENTS } from './review-departments';
import { elevatorReasons, reviewFindings, type ReviewResults } from './review-findings';
import { reviewPoints, type ReviewFacts } from './review-points';

const community: CommunityProperties = {
  id: 'C1', name: '测试小区', households: 100, parkingSpaces: 20, category: 'improve',
  items: ['pipes', 'facade', 'fire_safety', 'elevator', 'parking', 'ev_charging', 'elderly_care'],
  investmentWan: 500,
  funding: { central: 100, local: 150, bonds: 50, residents: 20, utilities: 30 },
} as CommunityProperties;

// Façade: 100 m × 6 floors × 3 m + 80 m × 5 × 3 m = 1,800 + 1,200 = 3,000 ㎡.
const measured: CostBuilding[] = [
  { id: 'B1', floors: 6, footprintM2: 400, perimeterM: 100, frameLengthM: 36 },
  { id: 'B2', floors: 5, units: 2, footprintM2: 300, perimeterM: 80, frameLengthM: 24 },
];

const unit = (buildingId: string, communityId: string, n: number, status: string, reasons: string[]) => ({ buildingId, communityId, unit: n, status, reasons, sunlight: [], details: [] });
const elevators = {
  units: [
    unit('B1', 'C1', 1, 'feasible', []),
    unit('B1', 'C1', 2, 'conditional', ['SPACING']),
    unit('B1', 'C1', 3, 'infeasible', ['FIRE_LANE', 'SPACING']),
    unit('B2', 'C1', 1, 'conditional', ['SUNLIGHT']),
    unit('B2', 'C1', 2, 'infeasible', ['FIRE_LANE', 'FIRE_LANE']),
    unit('X1', 'C2', 1, 'infeasible', ['FIRE_LANE', 'OUTSIDE_SITE']),
  ],
  // Consent: ceil(2/3 × 60) = 40, ceil(3/4 × 40) = 30; ceil(2/3 × 40) = 27, ceil(3/4 × 27) = 21.
  // By area, up to 0.1 m²: 1,800 → 1,200 and 900; 1,000 → 666.7 and 500.1; 900 → 600 and 450.
  buildings: [
    { id: 'B1', communityId: 'C1', units: 3, feasible: 1, households: 60, mustTakePart: 40, mustAgree: 30, floorAreaM2: 1800, mustTakePartAreaM2: 1200, mustAgreeAreaM2: 900 },
    { id: 'B2', communityId: 'C1', units: 2, feasible: 0, households: 40, mustTakePart: 27, mustAgree: 21, floorAreaM2: 1000, mustTakePartAreaM2: 666.7, mustAgreeAreaM2: 500.1 },
    { id: 'X1', communityId: 'C2', units: 1, feasible: 0, households: 30, mustTakePart: 20, mustAgree: 15, floorAreaM2: 900, mustTakePartAreaM2: 600, mustAgreeAreaM2: 450 },
  ],
} as unknown as ElevatorOutput;

// Demand ceil(100 × 0.8) = 80, supply 20, deficit 60; 30 + 15 = 45 spaces on P1 and P2.
const parking = {
  communities: [{ id: 'C1', demand: 80, supply: 20, deficit: 60, allocated: 45 }],
  parcels: [
    { id: 'P1', kind: 'vacant', areaM2: 900 },
    { id: 'P2', kind: 'leftover', areaM2: 450 },
    { id: 'P3', kind: 'vacant', areaM2: 5000 },
  ],
  flows: [
    { communityId: 'C1', parcelId: 'P2', spaces: 15, distanceM: 80 },
    { communityId: 'C1', parcelId: 'P1', spaces: 30, distanceM: 120 },
    { communityId: 'C2', parcelId: 'P3', spaces: 10, distanceM: 50 },
  ],
} as unknown as ParkingOutput;

// Radii (defaults): elderly care 300 m, childcare 300, canteen 500, market 500, clinic 500, community service 300.
const cell = (distanceM: number) => ({ distanceM, lifeCircle: null });
const lifeCircles = {
  communities: [{ id: 'C1', services: { elderly_care: cell(450), childcare: cell(200), canteen: cell(600), market: cell(100), clinic: cell(300), community_service: cell(250) } }],
} as unknown as LifeCircleOutput;

const priority = {
  residents: {
    communities: [{ id: 'C1', surveyed: true, respondents: 80, willingToPay: 0.45, satisfaction: null, needs: {}, askedNotPlanned: ['greening'], plannedNotAsked: [] }],
    buildings: [
      { buildingId: 'B1', communityId: 'C1', status: 'reached', missingHouseholds: 0 },
      { buildingId: 'B2', communityId: 'C1', status: 'short', missingHouseholds: 3, missingAreaM2: 40.5 },
    ],
  },
} as unknown as PriorityOutput;

function review(results: ReviewResults, properties: CommunityProperties = community, lang: 'zh' | 'en' = 'zh') {
  const findings = reviewFindings(results, properties.id);
  const facts: ReviewFacts = {
    community: properties,
    items: sheetItems(properties),
    estimate: sheetEstimate(properties, measured, findings.elevators, findings.parking, {}),
    funding: sheetFunding(properties),
  };
  return Object.fromEntries(reviewPoints(facts, findings, lang).map((row) => [row.department, row.points]));
}

describe('elevator reasons of a community', () => {
  it('counts units per reason once each, names their buildings once, leaves other communities out', () => {
    const tallies = elevatorReasons(elevators, 'C1')!;
    expect(tallies.FIRE_LANE).toEqual({ units: 2, buildings: ['B1', 'B2'] });
    expect(tallies.SPACING).toEqual({ units: 2, buildings: ['B1'] });
    expect(tallies.SUNLIGHT).toEqual({ units: 1, buildings: ['B2'] });
    expect(tallies.OUTSIDE_SITE).toEqual({ units: 0, buildings: [] });
    expect(elevatorReasons(undefined, 'C1')).toBeNull();
  });

  it('names four buildings, then how many in all', () => {
    expect(buildingList(['a', 'b', 'c', 'd', 'e', 'f'], 'zh')).toBe('楼栋 a、b、c、d 等 6 栋');
    expect(buildingList(['a', 'b'], 'en')).toBe('buildings a, b');
    expect(buildingList(['a', 'b', 'c', 'd', 'e'], 'en')).toBe('buildings a, b, c, d and 1 more');
  });
});

describe('审查要点 by department', () => {
  const points = review({ elevators, parking, lifeCircles, priority });

  it('has the fourteen departments of the letter, in its order', () => {
    expect(Object.keys(points)).toEqual([...REVIEW_DEPARTMENTS]);
    expect(REVIEW_DEPARTMENTS).toHaveLength(14);
  });

  it('lead department: elevator verdicts and the services the life circle misses', () => {
    expect(points.construction).toEqual([
      '加装电梯候选 2 栋：可行 1 部、需协调 2 部、不可行 2 部',
      '生活圈未覆盖：养老（300 m）、助餐（500 m）；其中养老已列入改造内容',
    ]);
  });

  it('development and reform, finance: the estimate against the planned investment and the funding', () => {
    // Basic: pipes 100 × 1.2 = 120, façade 3,000 × 150 元 = 45, fire safety 2 × 6 = 12 → 177.0.
    // Improve: elevators (1 + 2) × 70 = 210, parking 45 × 2.5 = 112.5, chargers ceil(0.1 × 65) = 7 × 0.8 = 5.6 → 328.1.
    // Upgrade: elderly care 350 ㎡ × 3,500 元 = 122.5. Total 627.6; 127.6 above 500 = 25.5 %.
    expect(points.developmentReform).toEqual([
      '工程概算 627.6 万元（基础类 177.0 万元、完善类 328.1 万元、提升类 122.5 万元）',
      '计划投资 500.0 万元，概算高出 127.6 万元（25.5%）',
    ]);
    // Funding 350, public 100 + 150 + 50 = 300 = 85.7 %; 350 − 627.6 = −277.6.
    expect(points.finance).toEqual([
      '资金来源合计 350.0 万元，其中财政资金（中央补助、地方财政、专项债）300.0 万元，占 85.7%',
      '较工程概算缺口 277.6 万元',
    ]);
  });

  it('natural resources: idle land for parking, the service room to site, the sunlight taken', () => {
    expect(points.naturalResources).toEqual([
      '利用闲置地 2 处（空地 1 处、边角地 1 处）共 1,350 ㎡ 建停车场，新增 45 个车位',
      '新增养老设施用房约 350 ㎡（按最小配置面积），需落实选址',
      '井道使邻楼大寒日日照减少且低于 2 小时：1 个单元（楼栋 B2）',
    ]);
  });

  it('public security, urban management, fire and rescue', () => {
    expect(points.publicSecurity).toEqual(['停车需求 80 个车位，现有 20 个车位，缺口 60 个车位', '挖潜新增 45 个车位，仍缺 15 个车位']);
    expect(points.urbanManagement).toEqual(['外立面整治 3,000 ㎡（含空调机位）']);
    expect(points.fireRescue).toEqual([
      '井道占用消防车道：2 个单元（楼栋 B1、B2）',
      '井道与相邻楼栋间距小于防火间距 6 m（GB 50016）：2 个单元（楼栋 B1）',
      '新增停车地块 2 处（P1、P2），共 45 个车位',
      '消防设施改造 2 栋',
    ]);
  });

  it('pipeline units read their part of the pipes; power also the chargers and elevators', () => {
    expect(points.power).toEqual(['管网改造含强电线路，涉及 100 户', '新增充电桩 7 个', '加装电梯 3 部（可行与需协调），需新增供电']);
    expect(points.water).toEqual(['管网改造含供水、排水管线，涉及 100 户']);
    expect(points.gas).toEqual(['管网改造含燃气管线，涉及 100 户']);
    expect(points.telecom).toEqual(['管网改造含通信线路，涉及 100 户']);
    expect(points.broadcast).toEqual(['管网改造含有线电视线路，涉及 100 户']);
    expect(points.tower).toEqual(['管网改造含通信杆路、管道，涉及 100 户']);
  });

  it('residents: the consent of each elevator building, the votes, the survey', () => {
    // 60 + 40 = 100 households; 40 + 27 = 67 must take part, 30 + 21 = 51 must agree; by area
    // 1,200 + 666.7 = 1,866.7 → 1,867 ㎡ and 900 + 500.1 = 1,400.1 → 1,401 ㎡ (rounded up); B2 is 40.5 → 41 ㎡ short.
    expect(points.residents).toEqual([
      '加装电梯候选 2 栋共 100 户：逐栋须 ≥2/3 参与表决、参与者 ≥3/4 同意，按户数和建筑面积（估算）双重计（民法典第 278 条），合计需参与 67 户、1,867 ㎡，需同意 51 户、1,401 ㎡',
      '表决：已达标 1 栋，未达标 1 栋（差 3 户、41 ㎡），未表决 0 栋',
      '受访 80 户，出资意愿 45.0%',
      '居民提出但未纳入改造内容：绿化',
    ]);
  });

  it('reads in English', () => {
    const english = review({ elevators, parking, lifeCircles, priority }, community, 'en');
    expect(english.fireRescue[0]).toBe('Shafts on a fire lane: 2 units (buildings B1, B2)');
    expect(english.publicSecurity[1]).toBe('45 new spaces on idle land, 15 spaces still short');
    expect(english.tower).toEqual(['Pipe renewal includes telecom poles and ducts: 100 households']);
  });
});

describe('nothing to say, and nothing known', () => {
  it('writes 无 where nothing applies', () => {
    const bare = { id: 'C1', name: '空白小区', households: 100 } as CommunityProperties;
    const points = review({ parking, lifeCircles: { communities: [] } as unknown as LifeCircleOutput }, bare);
    expect(points.developmentReform).toEqual(['未登记改造内容，无法概算', '未登记计划投资']);
    expect(points.finance).toEqual(['未登记资金来源']);
    expect(points.publicSecurity).toEqual(['停车需求 80 个车位，现有 20 个车位，缺口 60 个车位', '改造内容未含停车设施']);
    for (const department of ['naturalResources', 'urbanManagement', 'fireRescue', 'power', 'water', 'gas', 'telecom', 'broadcast', 'tower'] as const) {
      expect(points[department]).toEqual(['无']);
    }
    expect(points.residents).toEqual(['尚未开展居民意愿调查']);
  });

  it('says "not assessed" when a planned item has no finding, never 无', () => {
    const points = review({});
    const elevatorsUnknown = '加装电梯未评估（缺少楼栋图层或分析未完成）';
    const parkingUnknown = '停车挖潜未评估（缺少户数或图层，或分析未完成）';
    expect(points.fireRescue).toEqual([elevatorsUnknown, '消防设施改造 2 栋']);
    expect(points.publicSecurity).toEqual([parkingUnknown]);
    expect(points.naturalResources).toEqual([parkingUnknown, '新增养老设施用房约 350 ㎡（按最小配置面积），需落实选址', elevatorsUnknown]);
    expect(points.construction).toEqual([elevatorsUnknown, '生活圈覆盖未评估（缺少设施图层或分析未完成）']);
    expect(points.power).toEqual(['管网改造含强电线路，涉及 100 户', '新增充电桩 2 个', elevatorsUnknown]);
  });
});
