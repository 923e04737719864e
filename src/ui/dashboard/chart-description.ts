/**
 * What a chart shows, in words, for screen readers: its title, then each series' figures by
 * category in the UI's language and the app's number formats ("小区数:待改造 11、已纳入计划
 * 6…"; a pie's entries with their shares). ECharts' own description is English only and
 * reads raw values ("the data for childcare is 0.17194048357098576, 0").
 */
import type { Lang } from '../../i18n/strings';
import { formatShare, formatUpTo } from '../../i18n/format';

type Datum = number | null | { value?: number | null; name?: string };
interface SeriesLike { name?: string; type?: string; data?: Datum[] }
interface AxisLike { type?: string; data?: unknown[] }
export interface OptionLike {
  xAxis?: AxisLike | AxisLike[];
  yAxis?: AxisLike | AxisLike[];
  series?: SeriesLike[];
}

/** A figure as text: the value, and which series it belongs to (its index). */
export type FigureFormat = (value: number, seriesIndex: number) => string;

const plain: FigureFormat = (value) => formatUpTo(value, 1);
const first = (axis: AxisLike | AxisLike[] | undefined) => (Array.isArray(axis) ? axis[0] : axis);
const valueOf = (datum: Datum | undefined) => (datum !== null && typeof datum === 'object' ? datum.value ?? null : datum ?? null);

export function describeChart(title: string, option: OptionLike, lang: Lang, format: FigureFormat = plain): string {
  const zh = lang === 'zh';
  const [between, afterName, afterSeries, end] = zh ? ['、', '：', '；', '。'] : [', ', ': ', '; ', '.'];
  const series = option.series ?? [];
  const figure = (value: number | null, index: number) => (value === null || !Number.isFinite(value) ? '—' : format(value, index));
  let parts: string[];
  if (series[0]?.type === 'pie') {
    const data = (series[0].data ?? []) as { name?: string; value?: number }[];
    const total = data.reduce((sum, datum) => sum + (datum.value ?? 0), 0);
    const entries = data.map((datum) => `${datum.name ?? ''} ${figure(datum.value ?? null, 0)}${total > 0 ? (zh ? `（${formatShare((datum.value ?? 0) / total)}）` : ` (${formatShare((datum.value ?? 0) / total)})`) : ''}`);
    parts = [entries.join(between)];
  } else {
    const axis = first(option.xAxis)?.type === 'category' ? first(option.xAxis) : first(option.yAxis);
    const categories = (axis?.data ?? []).map(String);
    parts = series.map((one, index) => {
      const figures = categories.map((category, i) => `${category} ${figure(valueOf(one.data?.[i]), index)}`).join(between);
      return one.name ? `${one.name}${afterName}${figures}` : figures;
    });
  }
  return `${title}${zh ? '。' : '. '}${parts.join(afterSeries)}${end}`;
}
