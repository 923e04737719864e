/**
 * The funding chart: stacked bars of each source by district, in 万元 (¥ m in English, the
 * tooltips' unit too). Its key wraps in full above the bars: a scrolling key showed
 * "central subsidy | local b" and a pager at 260 px (two lines of key in Chinese, three in English).
 * The unit is the caption's (各片区资金来源（万元）): an axis name above the bars ran into the
 * key's second line in the browser's CJK font, where the test's estimated metrics saw room.
 * With more districts than FUNDING_BARS, the chart shows those with the most money and one bar
 * for the rest: 902 districts made 6,300 bars no one could read in a 300 px chart, and ECharts
 * took a second of the page to lay them out.
 */
import type { DashboardOutput } from '../../analysis/status';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from '../../model/codes';
import type { FeatureId } from '../../model/types';
import { formatMoneyWan, moneyAxis } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';

const FUNDING_COLOURS = ['#1565c0', '#42a5f5', '#7e57c2', '#26a69a', '#9ccc65', '#ffa726', '#8d6e63'];
const KEY_LINE = 17;

export const FUNDING_BARS = 16;

export interface FundingBar {
  districtId: FeatureId | null;
  name: string;
  bySource: Record<FundingSource, number>;
  /** On the last bar only, when districts were folded into it: how many. */
  rest?: number;
}

const total = (bySource: Record<FundingSource, number>) => FUNDING_SOURCES.reduce((sum, source) => sum + bySource[source], 0);

/**
 * The bars of the funding chart: every district in file order when there are at most
 * FUNDING_BARS; else the FUNDING_BARS − 1 with the most funding, largest first (ties in file
 * order), and one bar summing the rest (其余 N 个片区).
 */
export function fundingBars(funding: DashboardOutput['fundingByDistrict'], lang: Lang): FundingBar[] {
  const zh = lang === 'zh';
  const bars = funding.map((row) => ({
    districtId: row.districtId,
    name: row.name ?? (row.districtId === null ? (zh ? '未划入片区' : 'none') : String(row.districtId)),
    bySource: row.bySource,
  }));
  if (bars.length <= FUNDING_BARS) return bars;
  const ranked = bars.map((bar, order) => ({ bar, order, total: total(bar.bySource) })).sort((a, b) => b.total - a.total || a.order - b.order);
  const shown = ranked.slice(0, FUNDING_BARS - 1).map(({ bar }) => bar);
  const folded = ranked.slice(FUNDING_BARS - 1);
  const bySource = Object.fromEntries(FUNDING_SOURCES.map((source) => [source, folded.reduce((sum, { bar }) => sum + bar.bySource[source], 0)])) as Record<FundingSource, number>;
  const name = zh ? `其余 ${folded.length} 个片区` : `${folded.length} other districts`;
  return [...shown, { districtId: null, name, bySource, rest: folded.length }];
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
