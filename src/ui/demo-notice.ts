/**
 * The fictional-data notice (示例数据为虚拟片区) as the header badge, the PNG's source line and
 * the plan sheet show it: the whole demo, or the demo's layers kept next to imported data
 * (示例数据为虚拟片区:楼栋、道路). Null when none of the loaded data is the demo's.
 */
import { demoParts } from '../data/demo-parts';
import type { Dataset } from '../data/dataset';
import { ROLE_LABELS } from '../io/table-files';
import type { Lang } from '../i18n/strings';

export function demoNotice(dataset: Pick<Dataset, 'source' | 'manifest' | 'layers' | 'tables'>, lang: Lang): string | null {
  const parts = demoParts(dataset);
  if (parts === null) return null;
  if (parts === 'all') return lang === 'zh' ? '示例数据为虚拟片区' : 'Demo data: a fictional district';
  const names = parts.map((part) => ROLE_LABELS[part][lang]);
  return lang === 'zh' ? `示例数据为虚拟片区：${names.join('、')}` : `Demo data, a fictional district: ${names.join(', ').toLowerCase()}`;
}
