import { describe, expect, it } from 'vitest';
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '../../model/codes';
import type { Lang } from '../../i18n/strings';
import { FUNDING_BARS, fundingBars, fundingCaption, fundingOption } from './funding-option';

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

describe('the funding chart\'s bars', () => {
  const row = (id: string | null, name: string | null, wan: number) => ({
    districtId: id, name, investmentWan: 0,
    bySource: Object.fromEntries(FUNDING_SOURCES.map((source, k) => [source, k === 0 ? wan : k === 1 ? 1 : 0])) as Record<(typeof FUNDING_SOURCES)[number], number>,
  });

  it('shows every district in file order up to FUNDING_BARS, naming the unassigned row', () => {
    const { bars, rest } = fundingBars([row('D2', '槐岸片区', 5), row('D1', null, 9), row(null, null, 1)], 'zh');
    expect(bars.map((bar) => bar.name)).toEqual(['槐岸片区', 'D1', '未划入片区']);
    expect(rest).toBeNull();
    expect(fundingBars([row(null, null, 1)], 'en').bars[0].name).toBe('none');
  });

  it('past FUNDING_BARS, the 15 with the most money (largest first, ties in file order), and the rest in words, not as a bar', () => {
    // 20 districts: D0..D19 with 100 + i 万元 of central money and 1 of local, D7 and D8 tied at 200.
    const rows = Array.from({ length: 20 }, (_, i) => row(`D${i}`, `片区${i}`, i === 7 || i === 8 ? 200 : 100 + i));
    const { bars, rest } = fundingBars(rows, 'zh');
    expect(bars).toHaveLength(FUNDING_BARS);
    expect(bars.slice(0, 3).map((bar) => bar.districtId)).toEqual(['D7', 'D8', 'D19']);
    expect(bars.every((bar) => bar.districtId !== null)).toBe(true);
    // Not drawn: the five smallest, D0..D4: 100..104 central and 1 local each, 515 万元 of 2,395.
    // All: D0..D19 is 2,190 of central (100 + i; D7 and D8 raised to 200, by 93 and 92) and 20 local.
    const all = rows.reduce((sum, r) => sum + Object.values(r.bySource).reduce((a, b) => a + b, 0), 0);
    expect(all).toBe(2190 + 93 + 92 + 20);
    expect(rest).toEqual({ districts: 5, wan: 515, share: 515 / all });
    expect(fundingCaption(rest, 'zh')).toEqual({ title: '资金最多的 15 个片区（万元）', note: '另 5 个片区合计 515 万元（占 21.5%）' });
    expect(fundingCaption(rest, 'en')).toEqual({ title: 'Top 15 districts by funding (¥ m)', note: '5 more: ¥5.15 m (21.5%)' });
    expect(fundingCaption(null, 'zh')).toEqual({ title: '各片区资金来源（万元）', note: null });
    // Nothing lost: the bars and the rest add up to the districts' total.
    const drawn = bars.reduce((total, r) => total + Object.values(r.bySource).reduce((a, b) => a + b, 0), 0);
    expect(drawn + rest!.wan).toBe(all);
  });
});
