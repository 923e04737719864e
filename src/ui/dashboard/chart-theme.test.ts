import { describe, expect, it } from 'vitest';
import { chartInk, chartTheme, darkChartTheme, DARK_CHART_THEME } from './chart-theme';
import { statusOption } from './count-options';
import { RENOVATION_STATUSES } from '../../model/codes';

describe('the charts under 深色', () => {
  it('light is ECharts’ own theme; dark is ours, with light text and axes', () => {
    expect(chartTheme('light')).toBeUndefined();
    expect(chartTheme('dark')).toBe(DARK_CHART_THEME);
    expect(darkChartTheme.textStyle.color).toBe('#e6eaee');
    expect(darkChartTheme.categoryAxis.axisLabel.color).toBe('#e6eaee');
    expect(darkChartTheme.valueAxis.nameTextStyle.color).toBe('#e6eaee');
    expect(darkChartTheme.legend.textStyle.color).toBe('#e6eaee');
  });

  it('the households’ line is drawn in the theme’s ink', () => {
    const data = { byStatus: Object.fromEntries(RENOVATION_STATUSES.map((s) => [s, { communities: 1, households: 2 }])) } as Parameters<typeof statusOption>[0];
    const line = (ink?: string) => (statusOption(data, true, (code) => code.zh, undefined, {}, ink).series[1] as { itemStyle: { color: string } }).itemStyle.color;
    expect(line()).toBe('#37474f');
    expect(line(chartInk('dark'))).toBe('#cfd8dc');
    expect(chartInk('light')).toBe('#37474f');
  });
});
