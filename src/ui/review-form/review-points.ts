/**
 * 审查要点 of the joint review form: for each reviewing department, what the analyses and
 * the scheme's own figures say that concerns it. Every point is derived from a result the
 * plan sheet already holds; a department nothing applies to reads "无", and a finding that
 * could not be computed says it was not assessed rather than passing for "nothing found".
 * Elevator and parking findings count only when the scheme lists those items.
 */
import { CATEGORIES, CATEGORY_LABELS, FACILITY_TYPE_LABELS, IDLE_LAND_KIND_LABELS, RENOVATION_ITEMS, type IdleLandKind } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { COST_RULES, type CostEstimate } from '../../analysis/cost';
import { ELEVATOR_DEFAULTS } from '../../model/standards';
import { countNoun, formatShare, joinList } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { SheetFunding, SheetItems } from '../plan-sheet/sheet-facts';
import { money, pick, quantity, squareMetres } from '../plan-sheet/sheet-format';
import { buildingList, costLine, notAssessedElevators, notAssessedParking, type PointContext } from './point-words';
import { DEPARTMENT_LABELS, REVIEW_DEPARTMENTS, type ReviewDepartment } from './review-departments';
import type { ReviewFindings } from './review-findings';
import { pipelinePoints, residentsPoints } from './pipeline-points';

/** The scheme's figures, as the plan sheet computes them (sheet-facts.ts). */
export interface ReviewFacts {
  community: CommunityProperties;
  items: SheetItems;
  estimate: CostEstimate;
  funding: SheetFunding;
}

export interface DepartmentReview {
  department: ReviewDepartment;
  label: string;
  /** What concerns the department, one sentence each; ["无"] when nothing does. */
  points: string[];
}

/** Money differences under half a tenth of 万元 (the sheet's precision) count as none. */
const SAME_MONEY_WAN = 0.05;

function construction(context: PointContext): string[] {
  const { findings, lang, t, planned } = context;
  const points: string[] = [];
  if (planned('elevator')) {
    const elevators = findings.elevators;
    if (!elevators) points.push(notAssessedElevators(context));
    else if (elevators.buildings.length === 0) points.push(t('加装电梯：没有 ≥4 层且无电梯的候选楼栋', 'Added elevators: no candidate building (≥ 4 floors without an elevator)'));
    else {
      points.push(t(
        `加装电梯候选 ${quantity(elevators.buildings.length, '栋')}：可行 ${quantity(elevators.feasible, '部')}、需协调 ${quantity(elevators.conditional, '部')}、不可行 ${quantity(elevators.infeasible, '部')}`,
        `Added elevators, ${countNoun(elevators.buildings.length, 'candidate building')}: ${elevators.feasible} feasible, ${elevators.conditional} conditional, ${elevators.infeasible} infeasible`,
      ));
      const overlaps = findings.elevatorReasons?.OVERLAPS_BUILDING;
      if (overlaps && overlaps.units > 0) points.push(t(`井道与相邻楼栋重叠：${quantity(overlaps.units, '个单元')}（${buildingList(overlaps.buildings, lang)}）`, `Shafts overlapping another building: ${countNoun(overlaps.units, 'unit')} (${buildingList(overlaps.buildings, lang)})`));
    }
  }
  if (!findings.services) points.push(t('生活圈覆盖未评估（缺少设施图层或分析未完成）', 'Life-circle coverage not assessed (no facilities layer, or the analysis did not finish)'));
  else {
    const uncovered = findings.services.filter((service) => !service.covered);
    if (uncovered.length > 0) {
      const names = uncovered.map((service) => t(`${FACILITY_TYPE_LABELS[service.type].zh}（${service.radiusM} m）`, `${FACILITY_TYPE_LABELS[service.type].en} (${service.radiusM} m)`));
      const inScheme = uncovered.filter((service) => planned(service.type)).map((service) => FACILITY_TYPE_LABELS[service.type][lang]);
      points.push(t(`生活圈未覆盖：${joinList(names, lang)}`, `Not covered within the life circle: ${joinList(names, lang)}`)
        + (inScheme.length ? t(`；其中${joinList(inScheme, lang)}已列入改造内容`, `; ${joinList(inScheme, lang)} among the items`) : ''));
    }
  }
  return points;
}

function developmentReform({ facts, lang, t }: PointContext): string[] {
  const { estimate, community } = facts;
  const points: string[] = [];
  if (estimate.lines.length === 0) points.push(t('未登记改造内容，无法概算', 'No renovation items recorded: nothing to estimate'));
  else {
    const classes = CATEGORIES.filter((category) => estimate.lines.some((line) => line.category === category)).map((category) => `${CATEGORY_LABELS[category][lang]} ${money(estimate.byCategory[category], lang)}`);
    points.push(t(`工程概算 ${money(estimate.totalWan, lang)}（${joinList(classes, lang)}）`, `Cost estimate ${money(estimate.totalWan, lang)} (${joinList(classes, lang)})`));
  }
  const planned = community.investmentWan;
  if (planned === undefined) points.push(t('未登记计划投资', 'No planned investment recorded'));
  else if (estimate.lines.length === 0) points.push(t(`计划投资 ${money(planned, lang)}`, `Planned investment ${money(planned, lang)}`));
  else {
    const difference = estimate.totalWan - planned;
    if (Math.abs(difference) < SAME_MONEY_WAN) points.push(t(`计划投资 ${money(planned, lang)}，与概算一致`, `Planned investment ${money(planned, lang)}, as estimated`));
    else {
      const share = planned > 0 ? t(`（${formatShare(Math.abs(difference) / planned)}）`, ` (${formatShare(Math.abs(difference) / planned)})`) : '';
      points.push(difference > 0
        ? t(`计划投资 ${money(planned, lang)}，概算高出 ${money(difference, lang)}${share}`, `Planned investment ${money(planned, lang)}; the estimate is ${money(difference, lang)}${share} above it`)
        : t(`计划投资 ${money(planned, lang)}，概算低 ${money(-difference, lang)}${share}`, `Planned investment ${money(planned, lang)}; the estimate is ${money(-difference, lang)}${share} below it`));
    }
  }
  if (estimate.unpriced.length > 0) points.push(t(`未计价内容：${joinList(estimate.unpriced, lang)}`, `Items without a unit cost: ${joinList(estimate.unpriced, lang)}`));
  return points;
}

function finance({ facts, lang, t }: PointContext): string[] {
  const { funding, estimate } = facts;
  if (funding.rows.length === 0) return [t('未登记资金来源', 'No funding sources recorded')];
  const publicWan = funding.rows.filter((row) => row.source === 'central' || row.source === 'local' || row.source === 'bonds').reduce((sum, row) => sum + row.wan, 0);
  const points = [t(
    `资金来源合计 ${money(funding.totalWan, lang)}，其中财政资金（中央补助、地方财政、专项债）${money(publicWan, lang)}，占 ${formatShare(publicWan / funding.totalWan)}`,
    `Funding ${money(funding.totalWan, lang)}, of which public money (central subsidy, local budget, special bonds) ${money(publicWan, lang)}, ${formatShare(publicWan / funding.totalWan)}`,
  )];
  if (estimate.lines.length > 0) {
    const difference = funding.totalWan - estimate.totalWan;
    if (Math.abs(difference) < SAME_MONEY_WAN) points.push(t('资金来源与工程概算持平', 'Funding matches the cost estimate'));
    else if (difference < 0) points.push(t(`较工程概算缺口 ${money(-difference, lang)}`, `${money(-difference, lang)} short of the cost estimate`));
    else points.push(t(`较工程概算多 ${money(difference, lang)}`, `${money(difference, lang)} above the cost estimate`));
  }
  return points;
}

function naturalResources(context: PointContext): string[] {
  const { facts, findings, lang, t, planned } = context;
  const points: string[] = [];
  if (planned('parking')) {
    const parking = findings.parking;
    if (!parking) points.push(notAssessedParking(context));
    else if (parking.parcels.length > 0) {
      const kinds = new Map<string, number>();
      for (const parcel of parking.parcels) {
        const kind = parcel.kind ? IDLE_LAND_KIND_LABELS[parcel.kind as IdleLandKind]?.[lang] ?? parcel.kind : t('未知类型', 'unknown kind');
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      const kindText = joinList([...kinds].map(([kind, n]) => t(`${kind} ${n} 处`, `${kind} ${n}`)), lang);
      const area = parking.parcels.reduce((sum, parcel) => sum + (findings.parcelAreaM2[String(parcel.parcelId)] ?? 0), 0);
      const spaces = parking.parcels.reduce((sum, parcel) => sum + parcel.spaces, 0);
      points.push(t(
        `利用闲置地 ${parking.parcels.length} 处（${kindText}）共 ${squareMetres(area)} 建停车场，新增 ${quantity(spaces, '个车位')}`,
        `Idle land for parking: ${countNoun(parking.parcels.length, 'parcel')} (${kindText}), ${squareMetres(area)}, ${countNoun(spaces, 'new space')}`,
      ));
    }
  }
  for (const line of facts.estimate.lines) {
    if (COST_RULES[line.item].basis !== 'siteArea') continue;
    const name = RENOVATION_ITEMS[line.item][lang];
    points.push(t(
      `新增${name}用房约 ${squareMetres(line.quantity)}${line.assumed ? '（按最小配置面积）' : ''}，需落实选址`,
      `New ${name} room of about ${squareMetres(line.quantity)}${line.assumed ? ' (minimum standard size)' : ''}: a site is needed`,
    ));
  }
  if (planned('elevator')) {
    const reasons = findings.elevatorReasons;
    if (!reasons) points.push(notAssessedElevators(context));
    else {
      const hours = ELEVATOR_DEFAULTS.requiredHours.value;
      if (reasons.SUNLIGHT.units > 0) points.push(t(`井道使邻楼大寒日日照减少且低于 ${hours} 小时：${quantity(reasons.SUNLIGHT.units, '个单元')}（${buildingList(reasons.SUNLIGHT.buildings, lang)}）`, `Shafts leaving a neighbour under ${hours} h of Major Cold day sun: ${countNoun(reasons.SUNLIGHT.units, 'unit')} (${buildingList(reasons.SUNLIGHT.buildings, lang)})`));
      if (reasons.PROTECTED.units > 0) points.push(t(`井道位于保护对象（历史建筑、古树名木）保护范围内：${quantity(reasons.PROTECTED.units, '个单元')}（${buildingList(reasons.PROTECTED.buildings, lang)}）`, `Shafts inside a protected object's buffer (historic building, ancient tree): ${countNoun(reasons.PROTECTED.units, 'unit')} (${buildingList(reasons.PROTECTED.buildings, lang)})`));
    }
  }
  return points;
}

function publicSecurity(context: PointContext): string[] {
  const { findings, t, planned } = context;
  const parking = findings.parking;
  if (!parking) return [notAssessedParking(context)];
  const points = [t(
    `停车需求 ${quantity(parking.demand, '个车位')}，现有 ${quantity(parking.supply, '个车位')}，缺口 ${quantity(parking.deficit, '个车位')}`,
    `Parking demand ${countNoun(parking.demand, 'space')}, existing ${countNoun(parking.supply, 'space')}, deficit ${countNoun(parking.deficit, 'space')}`,
  )];
  if (parking.deficit > 0) {
    points.push(planned('parking')
      ? t(`挖潜新增 ${quantity(parking.allocated, '个车位')}，仍缺 ${quantity(parking.deficit - parking.allocated, '个车位')}`, `${countNoun(parking.allocated, 'new space')} on idle land, ${countNoun(parking.deficit - parking.allocated, 'space')} still short`)
      : t('改造内容未含停车设施', 'The scheme has no parking item'));
  }
  return points;
}

function urbanManagement(context: PointContext): string[] {
  const { facts, findings, lang, t, planned } = context;
  const points: string[] = [];
  const facade = costLine(facts.estimate, 'facade');
  if (facade) points.push(t(`外立面整治 ${squareMetres(facade.quantity)}（含空调机位）`, `Façade works on ${squareMetres(facade.quantity)} (air-conditioner brackets included)`));
  if (planned('elevator')) {
    const outside = findings.elevatorReasons?.OUTSIDE_SITE;
    if (!outside) points.push(notAssessedElevators(context));
    else if (outside.units > 0) points.push(t(`井道超出小区用地红线：${quantity(outside.units, '个单元')}（${buildingList(outside.buildings, lang)}）`, `Shafts reaching outside the community's land: ${countNoun(outside.units, 'unit')} (${buildingList(outside.buildings, lang)})`));
  }
  return points;
}

function fireRescue(context: PointContext): string[] {
  const { facts, findings, lang, t, planned } = context;
  const points: string[] = [];
  if (planned('elevator')) {
    const reasons = findings.elevatorReasons;
    if (!reasons) points.push(notAssessedElevators(context));
    else {
      const { FIRE_LANE: fireLane, SPACING: spacing } = reasons;
      const spacingM = ELEVATOR_DEFAULTS.minSpacingM.value;
      if (fireLane.units > 0) points.push(t(`井道占用消防车道：${quantity(fireLane.units, '个单元')}（${buildingList(fireLane.buildings, lang)}）`, `Shafts on a fire lane: ${countNoun(fireLane.units, 'unit')} (${buildingList(fireLane.buildings, lang)})`));
      if (spacing.units > 0) points.push(t(`井道与相邻楼栋间距小于防火间距 ${spacingM} m（GB 50016）：${quantity(spacing.units, '个单元')}（${buildingList(spacing.buildings, lang)}）`, `Shafts closer than the ${spacingM} m fire separation to another building (GB 50016): ${countNoun(spacing.units, 'unit')} (${buildingList(spacing.buildings, lang)})`));
    }
  }
  if (planned('parking') && findings.parking && findings.parking.parcels.length > 0) {
    const parcels = findings.parking.parcels;
    const ids = joinList(parcels.map((parcel) => String(parcel.parcelId)), lang);
    const spaces = parcels.reduce((sum, parcel) => sum + parcel.spaces, 0);
    points.push(t(`新增停车地块 ${parcels.length} 处（${ids}），共 ${quantity(spaces, '个车位')}`, `New parking on ${countNoun(parcels.length, 'parcel')} (${ids}), ${countNoun(spaces, 'space')}`));
  }
  const fireSafety = costLine(facts.estimate, 'fire_safety');
  if (fireSafety) points.push(t(`消防设施改造 ${quantity(fireSafety.quantity, '栋')}`, `Fire-safety works in ${countNoun(fireSafety.quantity, 'building')}`));
  return points;
}

const BUILDERS: Record<ReviewDepartment, (context: PointContext) => string[]> = {
  construction,
  developmentReform,
  finance,
  naturalResources,
  publicSecurity,
  urbanManagement,
  fireRescue,
  power: (context) => pipelinePoints('power', context),
  water: (context) => pipelinePoints('water', context),
  gas: (context) => pipelinePoints('gas', context),
  telecom: (context) => pipelinePoints('telecom', context),
  broadcast: (context) => pipelinePoints('broadcast', context),
  tower: (context) => pipelinePoints('tower', context),
  residents: residentsPoints,
};

/** One row per department, in the letter's order. */
export function reviewPoints(facts: ReviewFacts, findings: ReviewFindings, lang: Lang): DepartmentReview[] {
  const t = pick(lang);
  const items = new Set(facts.items.all);
  const context: PointContext = { facts, findings, lang, t, planned: (item) => items.has(item) };
  return REVIEW_DEPARTMENTS.map((department) => {
    const points = BUILDERS[department](context);
    return { department, label: DEPARTMENT_LABELS[department][lang], points: points.length > 0 ? points : [t('无', 'None')] };
  });
}
