/**
 * 民法典 art. 278 in words, by households and by floor area alike: the thresholds of a
 * candidate building (the unit card, the plan sheet, the inspector) and a building's vote
 * verdict (已达标 / 户数已达标，面积未知 / 差 N 户、N ㎡ / 未表决). Plain text: React renders
 * it as text. Area thresholds and shortfalls are shown rounded up to a whole ㎡ (they are
 * minimums); the floor area is the engine's estimate, footprint area × floors (DESIGN §3.6).
 */
import type { ElevatorBuilding } from '../analysis/elevators/params';
import type { BuildingVote } from '../analysis/residents/types';
import { countNoun, formatCount, formatFloorArea, formatMinimumArea } from '../i18n/format';
import type { Lang } from '../i18n/strings';

export type ConsentThresholds = Pick<ElevatorBuilding, 'households' | 'mustTakePart' | 'mustAgree' | 'floorAreaM2' | 'mustTakePartAreaM2' | 'mustAgreeAreaM2'>;

/** The unit card's sentence: the building's households and floor area, and what must take part and agree. */
export function consentSentence(building: ConsentThresholds, lang: Lang): string {
  const households = formatCount(building.households);
  const floorArea = formatFloorArea(building.floorAreaM2);
  const takePart = formatMinimumArea(building.mustTakePartAreaM2);
  const agree = formatMinimumArea(building.mustAgreeAreaM2);
  return lang === 'zh'
    ? `本楼 ${households} 户、建筑面积 ${floorArea}（民法典第 278 条）：需 ≥${formatCount(building.mustTakePart)} 户且 ≥${takePart} 参与表决，其中 ≥${formatCount(building.mustAgree)} 户且 ≥${agree} 同意（建筑面积按占地面积 × 层数估算）。`
    : `${households} households, ${floorArea} floor area (Civil Code art. 278): ≥ ${formatCount(building.mustTakePart)} households and ≥ ${takePart} must take part, and ≥ ${formatCount(building.mustAgree)} households and ≥ ${agree} of them agree (floor area estimated as footprint × floors).`;
}

/** A threshold by head count and by area in one cell: "16 户 · 800 ㎡" (English "16 · 800 ㎡", the column says households). */
export function thresholdCell(households: number, areaM2: number, lang: Lang): string {
  return `${formatCount(households, lang === 'zh' ? '户' : '')} · ${formatMinimumArea(areaM2)}`;
}

export type VoteVerdict = Pick<BuildingVote, 'status' | 'missingHouseholds' | 'areaStatus' | 'missingAreaM2'>;

/**
 * A building's vote in words. Without areas in the votes table a vote is judged by head count
 * and says its area is unknown: neither passed nor failed by area.
 */
export function voteWords(vote: VoteVerdict | null, lang: Lang): string {
  const zh = lang === 'zh';
  if (!vote || vote.status === 'none') return zh ? '未表决' : 'no vote';
  const areaUnknown = vote.areaStatus === 'unknown';
  if (vote.status === 'reached') {
    if (areaUnknown) return zh ? '户数已达标，面积未知' : 'passed by households; area unknown';
    return zh ? '已达标' : 'passed';
  }
  const short: string[] = [];
  if (vote.missingHouseholds > 0) short.push(zh ? `${formatCount(vote.missingHouseholds)} 户` : countNoun(vote.missingHouseholds, 'household'));
  if (vote.missingAreaM2 > 0) short.push(formatMinimumArea(vote.missingAreaM2));
  const words = short.length === 0 ? (zh ? '未达标' : 'short') : zh ? `差 ${short.join('、')}` : `${short.join(' and ')} short`;
  return areaUnknown ? (zh ? `${words}，面积未知` : `${words}; area unknown`) : words;
}
