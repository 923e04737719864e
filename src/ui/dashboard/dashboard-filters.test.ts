import { describe, expect, it } from 'vitest';
import { districtChoices } from './DashboardFilters';

describe('districtChoices', () => {
  it('lists the districts layer in name order, by name where it has one, by id where not', () => {
    const districts = [
      { properties: { id: 'D2', name: '槐岸片区' } },
      { properties: { id: 7, name: '  ' } },
      { id: 'D9', properties: {} },
      { properties: { name: '无编号' } },
    ];
    // The Chinese collation puts digits, then Han characters (by pinyin), then Latin letters.
    expect(districtChoices(districts, ['X'])).toEqual([
      { id: '7', name: '7' },
      { id: 'D2', name: '槐岸片区' },
      { id: 'D9', name: 'D9' },
    ]);
  });

  it('orders numbered districts by their numbers, not by pinyin or the file', () => {
    const names = ['城东十片区', '城东二片区', '安平片区', '城东一片区'];
    const choices = districtChoices(names.map((name, i) => ({ properties: { id: `D${i}`, name } })), []);
    expect(choices.map((choice) => choice.name)).toEqual(['安平片区', '城东一片区', '城东二片区', '城东十片区']);
  });

  it('without a districts layer, offers the communities’ districtIds, once each, sorted', () => {
    expect(districtChoices(undefined, ['B', 'A', null, 'B', '', undefined, 3])).toEqual([
      { id: '3', name: '3' },
      { id: 'A', name: 'A' },
      { id: 'B', name: 'B' },
    ]);
    expect(districtChoices([], [])).toEqual([]);
  });
});
