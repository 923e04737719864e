/**
 * The dashboard's count charts (各状态小区与户数, 年度进展) as ECharts options. Their axes count
 * communities and households, so their ticks are whole numbers (minInterval 1): a single
 * compound (火炬小区) drew ticks at 0.2, 0.4 … of a community.
 */
import { RENOVATION_STATUS_LABELS, RENOVATION_STATUSES, type CodeLabel } from '../../model/codes';
import type { DashboardOutput } from '../../analysis/status';
import { STATUS_COLOURS_OF, type MapTheme } from '../../map/palette';

type Text = Record<string, unknown>;

/**
 * `ink`: the households' line, in the theme's ink (chart-theme.ts chartInk); the bars in the
 * statuses' colours of the map legend in `theme` (status-colours.ts).
 */
export function statusOption(data: Pick<DashboardOutput, 'byStatus'>, zh: boolean, label: (code: CodeLabel) => string, selected: string | undefined, text: Text, ink = '#37474f', theme: MapTheme = 'light') {
  const colours = STATUS_COLOURS_OF[theme];
  return {
    textStyle: text,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: text },
    grid: { left: 40, right: 50, top: 44, bottom: 24 },
    xAxis: { type: 'category', data: RENOVATION_STATUSES.map((s) => label(RENOVATION_STATUS_LABELS[s])), axisLabel: { fontSize: 10, interval: 0, rotate: 25 } },
    yAxis: [{ type: 'value', name: zh ? '小区' : 'comm.', minInterval: 1 }, { type: 'value', name: zh ? '户' : 'hh', minInterval: 1 }],
    series: [
      { name: zh ? '小区数' : 'Communities', type: 'bar', data: RENOVATION_STATUSES.map((s) => ({ value: data.byStatus[s].communities, itemStyle: { color: colours[s], opacity: !selected || selected === s ? 1 : 0.35 } })) },
      { name: zh ? '户数' : 'Households', type: 'line', yAxisIndex: 1, data: RENOVATION_STATUSES.map((s) => data.byStatus[s].households), itemStyle: { color: ink } },
    ],
  };
}

/** The lines in the colours of the statuses they count (纳入计划 planned, 开工 under construction, 完工 completed), as the legend in `theme`. */
export function progressOption(data: Pick<DashboardOutput, 'progress'>, zh: boolean, text: Text, theme: MapTheme = 'light') {
  const colours = STATUS_COLOURS_OF[theme];
  return {
    textStyle: text,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: text },
    grid: { left: 36, right: 10, top: 28, bottom: 24 },
    xAxis: { type: 'category', data: data.progress.map((p) => String(p.year)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: zh ? '纳入计划' : 'Planned', type: 'line', data: data.progress.map((p) => p.planned), itemStyle: { color: colours.planned } },
      { name: zh ? '开工' : 'Started', type: 'line', data: data.progress.map((p) => p.started), itemStyle: { color: colours.under_construction } },
      { name: zh ? '完工' : 'Completed', type: 'line', data: data.progress.map((p) => p.completed), itemStyle: { color: colours.completed } },
    ],
  };
}
