import { describe, expect, it } from 'vitest';
import { formatShare } from '../../i18n/format';
import { pieOption } from './pie-option';

describe('pieOption', () => {
  const entries = [{ name: '专业物业', value: 3171 }, { name: '准物业', value: 9960 }, { name: '自管', value: 5714 }, { name: '无物业', value: 5994 }];
  const option = pieOption(entries, (_, share) => formatShare(share), {});

  it('keys every entry with its share to one decimal, beside the ring rather than round it', () => {
    expect(option.legend.formatter('专业物业')).toBe('专业物业  12.8%');
    expect(option.legend.formatter('准物业')).toBe('准物业  40.1%');
    expect(option.tooltip.formatter({ name: '无物业' })).toBe('无物业  24.1%');
    expect(option.series[0].label.show).toBe(false);
  });

  it('passes the value to the figure (counts with their unit) and keeps colours', () => {
    const votes = pieOption([{ name: 'passed', value: 83, colour: '#2e7d32' }, { name: 'short', value: 0 }], (entry) => `${entry.value}`, {});
    expect(votes.legend.formatter('passed')).toBe('passed  83');
    expect(votes.series[0].data[0]).toEqual({ name: 'passed', value: 83, itemStyle: { color: '#2e7d32' } });
    expect(pieOption([{ name: 'a', value: 0 }], (_, share) => formatShare(share), {}).legend.formatter('a')).toBe('a  0.0%');
  });
});
