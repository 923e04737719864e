/**
 * Each verdict reason in plain words: which rule, which object, by how many metres.
 */
import type { ReasonDetail } from '../../analysis/elevators';
import type { Lang } from '../../i18n/strings';

const m = (value: number | undefined) => (value === undefined ? '?' : value.toFixed(1));

export function explainReason(detail: ReasonDetail, lang: Lang): string {
  const id = detail.objectId ?? '?';
  if (lang === 'zh') {
    switch (detail.reason) {
      case 'OUTSIDE_SITE': return `超出小区 ${id} 用地红线约 ${m(detail.distanceM)} m（不可行）`;
      case 'OVERLAPS_BUILDING': return `与楼栋 ${id} 重叠 ${m(detail.overlapM2)} ㎡（不可行）`;
      case 'FIRE_LANE': return `距道路 ${id} 中心线 ${m(detail.distanceM)} m，小于半幅路宽 ${m(detail.limitM)} m，占用消防车道（不可行）`;
      case 'PROTECTED': return `距保护对象 ${id} ${m(detail.distanceM)} m，小于保护范围 ${m(detail.limitM)} m（不可行）`;
      case 'SPACING': return `与楼栋 ${id} 相距 ${m(detail.distanceM)} m，小于防火间距 ${m(detail.limitM)} m（GB 50016，需协调）`;
      case 'SUNLIGHT': return `楼栋 ${id} 大寒日日照由 ${m(detail.hoursBefore)} h 降至 ${m(detail.hoursAfter)} h，低于 ${m(detail.requiredHours)} h（GB 50180-2018 第 4.0.9 条对加装电梯豁免，需与邻里协商）`;
    }
  }
  switch (detail.reason) {
    case 'OUTSIDE_SITE': return `Reaches about ${m(detail.distanceM)} m outside community ${id} (infeasible)`;
    case 'OVERLAPS_BUILDING': return `Overlaps building ${id} by ${m(detail.overlapM2)} m² (infeasible)`;
    case 'FIRE_LANE': return `${m(detail.distanceM)} m from road ${id}'s centreline, under half its width ${m(detail.limitM)} m: on the fire lane (infeasible)`;
    case 'PROTECTED': return `${m(detail.distanceM)} m from protected ${id}, inside its ${m(detail.limitM)} m buffer (infeasible)`;
    case 'SPACING': return `${m(detail.distanceM)} m from building ${id}, under the ${m(detail.limitM)} m fire separation (GB 50016; conditional)`;
    case 'SUNLIGHT': return `Building ${id} drops from ${m(detail.hoursBefore)} h to ${m(detail.hoursAfter)} h of Major Cold day sun, under ${m(detail.requiredHours)} h (exempt under GB 50180-2018 §4.0.9; negotiate)`;
  }
}
