import { describe, expect, it } from 'vitest';
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '../../model/codes';
import type { Lang } from '../../i18n/strings';
import { fundingOption } from './funding-option';

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

const funding = ['清洲片区', '槐岸片区', '观溪片区'].map((name, i) => ({
  districtId: `D00${i + 1}`, name, investmentWan: 0,
  bySource: Object.fromEntries(FUNDING_SOURCES.map((source, k) => [source, 500 * (k + 1) + i])) as Record<(typeof FUNDING_SOURCES)[number], number>,
}));

/** The chart drawn at the dashboard's narrowest (260 × 180 px), as SVG text: each label with its top. */
function drawnTexts(lang: Lang) {
  const chart = init(null as never, undefined, { renderer: 'svg', ssr: true, width: 260, height: 180 });
  const option = fundingOption(funding, lang, {});
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  const texts = [...svg.matchAll(/<text[^>]*translate\(([-\d.]+) ([-\d.]+)\)[^>]*>([^<]*)<\/text>/g)].map((m) => ({ text: m[3], y: Number(m[2]) }));
  return { texts, gridTop: option.grid.top };
}

describe('the funding chart', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows its whole key above the bars at 260 px, no pager (${lang})`, () => {
      const { texts, gridTop } = drawnTexts(lang);
      const key = FUNDING_SOURCES.map((source) => texts.find((t) => t.text === FUNDING_SOURCE_LABELS[source][lang]));
      expect(key.every(Boolean)).toBe(true);
      expect(texts.some((t) => /^\d+\/\d+$/.test(t.text))).toBe(false);
      // The key ends (a line is 12 px of text) before the top tick's label, half a line over the bars.
      expect(Math.max(...key.map((t) => t!.y)) + 12).toBeLessThanOrEqual(gridTop - 6);
      // No axis name up there: in the browser's CJK font it ran into the key's second line.
      expect(texts.some((t) => t.text === '万元' || t.text === '¥ m')).toBe(false);
    });
  }

  it('counts its money in ¥ m in English, axis and tooltip alike (the unit is in the caption)', () => {
    const option = fundingOption(funding, 'en', {});
    expect('name' in option.yAxis).toBe(false);
    expect(option.yAxis.axisLabel.formatter(21_000)).toBe('210');
    expect(option.tooltip.valueFormatter(5150)).toBe('¥51.50 m');
  });
});
