/**
 * The engine's notes on a result (priority, residents) are English sentences, as the CLI
 * prints them; the panel shows them in the UI's language. Known notes are matched by their
 * wording (kept beside the engine's tests) and anything else is shown as it is.
 */
import type { Lang } from '../../i18n/strings';

const ANALYSIS_ZH: Record<string, string> = { parking: '停车挖潜', elevators: '加装电梯', services: '服务设施' };

const ZH_NOTES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^priority: no surveys table/, () => '没有居民调查表：各小区的需求与出资意愿均按 0 计'],
  [/^priority: no elevator votes table/, () => '没有加梯表决表：各小区的表决达标数均按 0 计'],
  [/^priority: (\d+) communities not surveyed/, (m) => `${m[1]} 个小区未做居民调查：其需求与出资意愿按 0 计`],
  [/^priority: (\d+) communities without builtYear/, (m) => `${m[1]} 个小区缺建成年代：其房龄按 0 计`],
  [/^no surveys table: needs/, () => '没有居民调查表：需求、出资意愿与满意度未知'],
  [/^no elevator votes table/, () => '没有加梯表决表：所有候选楼栋均为“未表决”'],
  [/^elevators not used: no buildings layer/, () => '未纳入加装电梯：没有楼栋图层'],
  [/^(parking|elevators|services) not used: (.*)$/, (m) => `未纳入${ANALYSIS_ZH[m[1]]}：${m[2]}`],
];

export function noteText(note: string, lang: Lang): string {
  if (lang !== 'zh') return note;
  for (const [pattern, text] of ZH_NOTES) {
    const match = note.match(pattern);
    if (match) return text(match);
  }
  return note;
}
