/**
 * One ECharts chart (modular import, so only bar/line/pie and the canvas renderer ship),
 * created once per element and fed options; clicks come back as {seriesName, name, dataIndex}.
 * Screen readers get the chart as an image named by its title and figures in the UI's language
 * (chart-description.ts), not ECharts' English description.
 *
 * `data-drawn` is "true" once ECharts has finished drawing the current option, its entry
 * animation included (its 'finished' event), and "false" from a new option until then: where
 * a bar is can be read (or clicked) only then. The e2e tests wait on it.
 *
 * The text and axes follow the UI's theme (深色: chart-theme.ts).
 */
import { useEffect, useMemo, useRef } from 'react';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useLang } from '../i18n';
import { describeChart, type FigureFormat, type OptionLike } from './chart-description';
import { useTheme } from '../theme';
import { chartTheme } from './chart-theme';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, CanvasRenderer]);

export interface ChartClick {
  seriesName?: string;
  name?: string;
  dataIndex?: number;
  data?: unknown;
}

/**
 * `title`: what the chart shows (its caption); `format`: how its figures read (counts grouped by
 * default). Its height is the stylesheet's (styles.css: in the dashboard, what its row leaves
 * under the caption) unless `height` is given.
 */
export function EChart({ option, title, format, onClick, testId, height }: {
  option: EChartsCoreOption; title: string; format?: FigureFormat; onClick?(event: ChartClick): void; testId?: string; height?: number;
}) {
  const lang = useLang();
  const description = useMemo(() => describeChart(title, option as OptionLike, lang, format), [title, option, lang, format]);
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;
  // 深色: the chart is made again in the theme's text and axis colours (chart-theme.ts), then given its option.
  const theme = useTheme();

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, chartTheme(theme), { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event as ChartClick));
    instance.on('finished', () => element.current?.setAttribute('data-drawn', 'true'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    if (!chart.current) return;
    element.current?.setAttribute('data-drawn', 'false');
    chart.current.setOption(option, { notMerge: true });
  }, [option, theme]);

  return <div ref={element} className="chart" style={height === undefined ? undefined : { height }} data-testid={testId} role="img" aria-label={description} />;
}
