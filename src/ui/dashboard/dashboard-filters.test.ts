import { describe, expect, it } from 'vitest';
import { districtChoices } from './DashboardFilters';

describe('districtChoices', () => {
  it('lists the districts layer in its order, by name where it has one, by id where not', () => {
    const districts = [
      { properties: { id: 'D2', name: '槐岸片区' } },
      { properties: { id: 7, name: '  ' } },
      { id: 'D9', properties: {} },
      { properties: { name: '无编号' } },
    ];
    expect(districtChoices(districts, ['X'])).toEqual([
      { id: 'D2', name: '槐岸片区' },
      { id: '7', name: '7' },
      { id: 'D9', name: 'D9' },
    ]);
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
