/**
 * What the presenter's card shows for a feature found with 定位 in a meeting ("and 橘池北苑?"):
 * its name, what it is and where, and the figures the room asks about — a community's 户数,
 * 建成年代 and 改造状态; a district's 小区, 户数 and 人口 (概况's row for it); a facility's type,
 * district, 规模 (its capacity, as its file gives it) and, for a community service, the walking
 * radius the standard gives its type (服务半径, DOMAIN.md), which the room weighs it by. The scene's
 * card comes back with the next step.
 */
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { RENOVATION_STATUS_LABELS, type RenovationStatus, type ServiceType } from '../../model/codes';
import { SERVICE_DEFAULTS } from '../../model/standards';
import type { SummaryRow } from '../../analysis/summary';
import { kindWord, type LocatorEntry } from '../locator-search';
import type { Figure } from './scene-figures';

export interface LocatedCard { title: string; where: string; figures: Figure[] }

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// Figures without units, as a scene's are: the label says what is counted.
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? formatCount(value) : null);

/** The card for `match` (its properties; a district's summary row, when the summary has run). */
export function locatedCard(match: LocatorEntry, properties: Record<string, unknown>, summary: SummaryRow | undefined, lang: Lang): LocatedCard {
  const zh = lang === 'zh';
  const street = typeof properties.street === 'string' ? properties.street : null;
  const where = [kindWord(match, lang), match.layer === 'districts' ? street : match.district].filter(Boolean).join(' · ');
  const figures: (Figure | null)[] = [];
  if (match.layer === 'communities') {
    const status = properties.renovationStatus as RenovationStatus | undefined;
    const households = count(properties.households);
    figures.push(
      households ? { label: zh ? '户数' : 'Households', value: households } : null,
      typeof properties.builtYear === 'number' ? { label: zh ? '建成年代' : 'Built', value: String(properties.builtYear) } : null,
      // A figure starts a line: 'planned', the English label as it reads mid-sentence, capitalised.
      status && status in RENOVATION_STATUS_LABELS ? { label: zh ? '改造状态' : 'Status', value: capitalised(RENOVATION_STATUS_LABELS[status][lang]) } : null,
    );
  } else if (match.layer === 'districts' && summary) {
    figures.push(
      { label: zh ? '小区' : 'Communities', value: formatCount(summary.communities) },
      { label: zh ? '户数' : 'Households', value: formatCount(summary.households) },
      { label: zh ? '人口' : 'Population', value: formatCount(summary.population) },
    );
  } else if (match.layer === 'facilities') {
    const capacity = count(properties.capacity);
    const service = Object.hasOwn(SERVICE_DEFAULTS, String(properties.type)) ? SERVICE_DEFAULTS[properties.type as ServiceType] : null;
    figures.push(
      capacity ? { label: zh ? '规模' : 'Capacity', value: capacity } : null,
      service ? { label: zh ? '服务半径（米）' : 'Radius (m)', value: formatCount(service.radiusM.value) } : null,
    );
  }
  return { title: match.name ?? match.id, where, figures: figures.filter((figure): figure is Figure => figure !== null) };
}
