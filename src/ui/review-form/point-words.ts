/**
 * What the review points are written from (PointContext) and the small phrases they share:
 * lists of building ids cut after a few, an item's cost line, "not assessed".
 */
import type { CostEstimate, CostItem, CostLine } from '../../analysis/cost';
import { formatCount, joinList } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { FeatureId } from '../../model/types';
import type { ReviewFindings } from './review-findings';
import type { ReviewFacts } from './review-points';

/** How many building ids a point names before it says "and N more". */
export const LISTED_BUILDINGS = 4;

/** "楼栋 B1、B2" / "楼栋 B1、B2、B3、B4 等 7 栋"; "buildings B1, B2" / "… and 3 more". */
export function buildingList(ids: readonly FeatureId[], lang: Lang): string {
  const shown = joinList(ids.slice(0, LISTED_BUILDINGS).map(String), lang);
  const more = ids.length - LISTED_BUILDINGS;
  if (lang === 'zh') return more > 0 ? `楼栋 ${shown} 等 ${formatCount(ids.length)} 栋` : `楼栋 ${shown}`;
  return `${ids.length === 1 ? 'building' : 'buildings'} ${shown}${more > 0 ? ` and ${formatCount(more)} more` : ''}`;
}

/** The estimate's line of a planned item, when the item is among the community's items. */
export function costLine(estimate: CostEstimate, item: CostItem): CostLine | undefined {
  return estimate.lines.find((line) => line.item === item);
}

/** What every department's points are written from. */
export interface PointContext {
  facts: ReviewFacts;
  findings: ReviewFindings;
  lang: Lang;
  t: (zh: string, en: string) => string;
  planned: (item: string) => boolean;
}

export const notAssessedElevators = ({ t }: PointContext) => t('加装电梯未评估（缺少楼栋图层或分析未完成）', 'Added elevators not assessed (no buildings layer, or the analysis did not finish)');
export const notAssessedParking = ({ t }: PointContext) => t('停车挖潜未评估（缺少户数或图层，或分析未完成）', 'Parking not assessed (households or layers missing, or the analysis did not finish)');

