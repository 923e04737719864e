import { describe, expect, it } from 'vitest';
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { RENOVATION_STATUSES } from '../../model/codes';
import { progressOption, statusOption } from './count-options';

use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The tick labels ECharts draws on the chart's value axes (server-side SVG, the dashboard's size). */
function tickLabels(option: object): string[] {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 300, height: 180 });
  chart.setOption({ ...option, animation: false, tooltip: undefined });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).filter((text) => /^[\d.,]+$/.test(text));
}

const one = { byStatus: Object.fromEntries(RENOVATION_STATUSES.map((s) => [s, s === 'candidate' ? { communities: 1, households: 3 } : { communities: 0, households: 0 }])) } as Parameters<typeof statusOption>[0];

describe('the dashboard count charts', () => {
  it('count one community (火炬小区) in whole numbers, not 0.2, 0.4 … of a community or a household', () => {
    const labels = tickLabels(statusOption(one, true, (code) => code.zh, undefined, {}));
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.filter((text) => text.includes('.'))).toEqual([]);
  });

  it('year progress of a single community ticks whole numbers too', () => {
    const progress = [2023, 2024, 2025].map((year) => ({ year, planned: year === 2024 ? 1 : 0, started: 0, completed: 0 }));
    const labels = tickLabels(progressOption({ progress }, true, {}));
    expect(labels.filter((text) => /^\d+$/.test(text) && Number(text) < 2000).length).toBeGreaterThan(1);
    expect(labels.filter((text) => text.includes('.'))).toEqual([]);
  });
});
