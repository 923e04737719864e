/**
 * The funding chart: stacked bars of each source by district, in 万元 (¥ m in English, the
 * tooltips' unit too). Its key wraps in full above the bars: a scrolling key showed
 * "central subsidy | local b" and a pager at 260 px (two lines of key in Chinese, three in English).
 * The unit is the caption's (各片区资金来源（万元）): an axis name above the bars ran into the
 * key's second line in the browser's CJK font, where the test's estimated metrics saw room.
 */
import type { DashboardOutput } from '../../analysis/status';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '../../model/codes';
import { formatMoneyWan, moneyAxis } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';

const FUNDING_COLOURS = ['#1565c0', '#42a5f5', '#7e57c2', '#26a69a', '#9ccc65', '#ffa726', '#8d6e63'];
const KEY_LINE = 17;

export function fundingOption(funding: DashboardOutput['fundingByDistrict'], lang: Lang, textStyle: object) {
  const zh = lang === 'zh';
  const axis = moneyAxis(lang);
  return {
    textStyle,
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatMoneyWan(value, lang) },
    legend: { top: 0, padding: 0, itemWidth: 10, itemHeight: 8, itemGap: 6, textStyle: { ...textStyle, fontSize: 11 } },
    // Below the key, with room for the top tick's label (half a line above the grid).
    grid: { left: 60, right: 10, top: (zh ? 2 : 3) * KEY_LINE + 10, bottom: 24 },
    xAxis: { type: 'category', data: funding.map((row) => row.name ?? (row.districtId === null ? (zh ? '未划入片区' : 'none') : String(row.districtId))) },
    yAxis: { type: 'value', axisLabel: { formatter: axis.label } },
    series: FUNDING_SOURCES.map((source, i) => ({
      name: FUNDING_SOURCE_LABELS[source][lang], type: 'bar', stack: 'funding', itemStyle: { color: FUNDING_COLOURS[i] },
      data: funding.map((row) => Math.round(row.bySource[source])),
    })),
  };
}
