import { describe, expect, it } from 'vitest';
import { formatShare } from '../../i18n/format';
import { describeChart } from './chart-description';

describe('chart descriptions for screen readers', () => {
  const status = {
    xAxis: { type: 'category', data: ['待改造', '已纳入计划'] },
    series: [
      { name: '小区数', type: 'bar', data: [{ value: 11 }, { value: 6 }] },
      { name: '户数', type: 'line', data: [5234, 2100] },
    ],
  };

  it('read in Chinese in the Chinese UI, figures grouped', () => {
    expect(describeChart('各状态小区与户数', status, 'zh')).toBe('各状态小区与户数。小区数：待改造 11、已纳入计划 6；户数：待改造 5,234、已纳入计划 2,100。');
  });

  it('read in English in the English UI, with no raw floats', () => {
    const needs = { xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['childcare', 'canteen'] }, series: [{ type: 'bar', data: [0.17194048357098576, 0.31274023558586483] }] };
    expect(describeChart('Residents asking for (share)', needs, 'en', (value) => formatShare(value))).toBe('Residents asking for (share). childcare 17.2%, canteen 31.3%.');
    expect(describeChart('x', { xAxis: { type: 'category', data: ['a'] }, series: [{ name: 's', data: [0.123456] }] }, 'en')).toBe('x. s: a 0.1.');
  });

  it("give a pie's entries with their shares", () => {
    const pie = { series: [{ type: 'pie', data: [{ name: '已达标', value: 83 }, { name: '未表决', value: 17 }] }] };
    expect(describeChart('加梯表决', pie, 'zh', (value) => `${value} 栋`)).toBe('加梯表决。已达标 83 栋（83.0%）、未表决 17 栋（17.0%）。');
  });
});
