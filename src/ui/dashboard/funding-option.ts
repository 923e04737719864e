/**
 * The funding chart: stacked bars of each source by district, in 万元 (¥ m in English, the
 * tooltips' unit too). Its key wraps in full above the bars: a scrolling key showed
 * "central subsidy | local b" and a pager at 260 px (two lines of key in Chinese, three in English).
 * The unit is the caption's (各片区资金来源（万元）): an axis name above the bars ran into the
 * key's second line in the browser's CJK font, where the test's estimated metrics saw room.
 * With more districts than FUNDING_BARS, the chart shows those with the most money and its
 * caption says what the rest add up to (fundingCaption): 902 districts made 6,300 bars no one could read in a
 * 300 px chart, and ECharts took a second of the page to lay them out. The rest is not a bar:
 * at province scale the sum of 887 districts dwarfed the 15 drawn, which then looked empty.
 */
import type { DashboardOutput } from '../../analysis/status';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from '../../model/codes';
import type { FeatureId } from '../../model/types';
import { formatCount, formatMoneyWan, formatShare, moneyAxis } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';

const FUNDING_COLOURS = ['#1565c0', '#42a5f5', '#7e57c2', '#26a69a', '#9ccc65', '#ffa726', '#8d6e63'];
const KEY_LINE = 17;

export const FUNDING_BARS = 15;

export interface FundingBar {
  districtId: FeatureId | null;
  name: string;
  bySource: Record<FundingSource, number>;
}

/** The districts not drawn: how many, their money (万元) and its share of all districts' money. */
export interface FundingRest {
  districts: number;
  wan: number;
  share: number;
}

const total = (bySource: Record<FundingSource, number>) => FUNDING_SOURCES.reduce((sum, source) => sum + bySource[source], 0);

/**
 * The bars of the funding chart: every district in file order when there are at most
 * FUNDING_BARS; else the FUNDING_BARS with the most funding, largest first (ties in file
 * order), and what the others add up to.
 */
export function fundingBars(funding: DashboardOutput['fundingByDistrict'], lang: Lang): { bars: FundingBar[]; rest: FundingRest | null } {
  const zh = lang === 'zh';
  const bars = funding.map((row) => ({
    districtId: row.districtId,
    name: row.name ?? (row.districtId === null ? (zh ? '未划入片区' : 'none') : String(row.districtId)),
    bySource: row.bySource,
  }));
  if (bars.length <= FUNDING_BARS) return { bars, rest: null };
  const ranked = bars.map((bar, order) => ({ bar, order, total: total(bar.bySource) })).sort((a, b) => b.total - a.total || a.order - b.order);
  const folded = ranked.slice(FUNDING_BARS);
  const wan = folded.reduce((sum, row) => sum + row.total, 0);
  const all = ranked.reduce((sum, row) => sum + row.total, 0);
  return { bars: ranked.slice(0, FUNDING_BARS).map(({ bar }) => bar), rest: { districts: folded.length, wan, share: all > 0 ? wan / all : 0 } };
}

/**
 * The chart's caption: 各片区资金来源（万元）, or 资金最多的 15 个片区（万元） when some are not drawn,
 * with a line under it for those (另 887 个片区合计 1.23 亿元（占 83.0%））. Both lines fit the
 * narrowest chart (260 px); a third would push the chart below the dashboard at 720 px.
 */
export function fundingCaption(rest: FundingRest | null, lang: Lang): { title: string; note: string | null } {
  if (lang === 'zh') {
    if (!rest) return { title: '各片区资金来源（万元）', note: null };
    return { title: `资金最多的 ${FUNDING_BARS} 个片区（万元）`, note: `另 ${formatCount(rest.districts)} 个片区合计 ${formatMoneyWan(rest.wan, lang)}（占 ${formatShare(rest.share)}）` };
  }
  if (!rest) return { title: 'Funding by source and district (¥ m)', note: null };
  return { title: `Top ${FUNDING_BARS} districts by funding (¥ m)`, note: `${formatCount(rest.districts)} more: ${formatMoneyWan(rest.wan, lang)} (${formatShare(rest.share)})` };
}

export function fundingOption(funding: readonly FundingBar[], lang: Lang, textStyle: object) {
  const zh = lang === 'zh';
  const axis = moneyAxis(lang);
  return {
    textStyle,
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatMoneyWan(value, lang) },
    legend: { top: 0, padding: 0, itemWidth: 10, itemHeight: 8, itemGap: 6, textStyle: { ...textStyle, fontSize: 11 } },
    // Below the key, with room for the top tick's label (half a line above the grid).
    grid: { left: 60, right: 10, top: (zh ? 2 : 3) * KEY_LINE + 10, bottom: 24 },
    xAxis: { type: 'category', data: funding.map((row) => row.name) },
    yAxis: { type: 'value', axisLabel: { formatter: axis.label } },
    series: FUNDING_SOURCES.map((source, i) => ({
      name: FUNDING_SOURCE_LABELS[source][lang], type: 'bar', stack: 'funding', itemStyle: { color: FUNDING_COLOURS[i] },
      data: funding.map((row) => Math.round(row.bySource[source])),
    })),
  };
}
