/**
 * The charts' text and axes under 深色 (ui/theme.ts), as an ECharts theme: the options set only
 * the font (and the series' colours, which keep their meanings: palette.ts), so the theme gives
 * the text, axis, grid-line and tooltip colours. The light theme is ECharts' default.
 * Colours as theme.css's dark variables: ink #e6eaee (13 : 1 on the panel), muted #aab6c1.
 */
import { registerTheme } from 'echarts/core';
import type { Theme } from '../theme';

export const DARK_CHART_THEME = 'atlas-dark';

const INK = '#e6eaee';
const MUTED = '#aab6c1';
const LINE = '#3d4955';

const axis = {
  axisLine: { lineStyle: { color: MUTED } },
  axisTick: { lineStyle: { color: MUTED } },
  axisLabel: { color: INK },
  splitLine: { lineStyle: { color: LINE } },
  nameTextStyle: { color: INK },
};

export const darkChartTheme = {
  backgroundColor: 'transparent',
  textStyle: { color: INK },
  title: { textStyle: { color: INK }, subtextStyle: { color: MUTED } },
  legend: { textStyle: { color: INK }, inactiveColor: '#5f6b76', pageTextStyle: { color: INK } },
  categoryAxis: axis,
  valueAxis: axis,
  tooltip: { backgroundColor: '#232c35', borderColor: LINE, textStyle: { color: INK } },
};

let registered = false;

/** The ECharts theme name for the UI's theme (undefined: ECharts' own, light). */
export function chartTheme(theme: Theme): string | undefined {
  if (theme !== 'dark') return undefined;
  if (!registered) {
    registerTheme(DARK_CHART_THEME, darkChartTheme);
    registered = true;
  }
  return DARK_CHART_THEME;
}

/** A line drawn in ink (the households' line): dark on the light panel, light on the dark. */
export const chartInk = (theme: Theme): string => (theme === 'dark' ? '#cfd8dc' : '#37474f');
