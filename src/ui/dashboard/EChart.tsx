/**
 * One ECharts chart (modular import, so only bar/line/pie and the canvas renderer ship),
 * created once per element and fed options; clicks come back as {seriesName, name, dataIndex}.
 */
import { useEffect, useRef } from 'react';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, TitleComponent, CanvasRenderer]);

export interface ChartClick {
  seriesName?: string;
  name?: string;
  dataIndex?: number;
  data?: unknown;
}

export function EChart({ option, onClick, testId, height = 180 }: { option: EChartsCoreOption; onClick?(event: ChartClick): void; testId?: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // aria: ECharts writes a text description (series, categories, values) for screen readers.
    chart.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={element} className="chart" style={{ height }} data-testid={testId} />;
}
