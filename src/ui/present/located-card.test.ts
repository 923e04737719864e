import { describe, expect, it } from 'vitest';
import { locatedCard } from './located-card';
import type { SummaryRow } from '../../analysis/summary';

const community = { layer: 'communities' as const, id: 'C0001', name: '橘池北苑', district: '清洲片区', facilityType: null };

describe('the presenter\'s card for a located feature', () => {
  it('a community: its households, year built and status, and its district', () => {
    const card = locatedCard(community, { id: 'C0001', households: 1790, builtYear: 1992, renovationStatus: 'planned' }, undefined, 'zh');
    expect(card).toEqual({
      title: '橘池北苑', where: '小区 · 清洲片区',
      figures: [{ label: '户数', value: '1,790' }, { label: '建成年代', value: '1992' }, { label: '改造状态', value: '已纳入计划' }],
    });
    expect(locatedCard(community, { households: 1790, renovationStatus: 'planned' }, undefined, 'en').figures)
      .toEqual([{ label: 'Households', value: '1,790' }, { label: 'Status', value: 'Planned' }]);
  });

  it('leaves out what the file does not give (no year, an unknown status), and names an unnamed feature by its id', () => {
    const card = locatedCard({ ...community, name: null, district: null }, { renovationStatus: 'demolished' }, undefined, 'zh');
    expect(card).toEqual({ title: 'C0001', where: '小区', figures: [] });
  });

  it('a district: its street and 概况\'s row for it, once the summary has run', () => {
    const district = { layer: 'districts' as const, id: 'D001', name: '清洲片区', district: null, facilityType: null };
    const row = { communities: 14, households: 8966, population: 21891 } as SummaryRow;
    expect(locatedCard(district, { street: '秋亭街道' }, row, 'zh')).toEqual({
      title: '清洲片区', where: '片区 · 秋亭街道',
      figures: [{ label: '小区', value: '14' }, { label: '户数', value: '8,966' }, { label: '人口', value: '21,891' }],
    });
    expect(locatedCard(district, {}, undefined, 'zh').figures).toEqual([]);
  });

  it('a facility: its type and district, its capacity, and a service\'s standard radius', () => {
    const facility = { layer: 'facilities' as const, id: 'F00002', name: '景池三区托育园', district: '清洲片区', facilityType: 'childcare' };
    // 托育: 300 m (GB 50180-93, DOMAIN.md).
    expect(locatedCard(facility, { type: 'childcare', capacity: 1280 }, undefined, 'zh')).toEqual({
      title: '景池三区托育园', where: '托育 · 清洲片区',
      figures: [{ label: '规模', value: '1,280' }, { label: '服务半径（米）', value: '300' }],
    });
    expect(locatedCard(facility, { type: 'childcare' }, undefined, 'en').figures).toEqual([{ label: 'Radius (m)', value: '300' }]);
    // A charging station is no community service: its capacity alone; a canteen's radius is 500 m.
    const station = { ...facility, name: '橘池北苑充电站', facilityType: 'ev_charging' };
    expect(locatedCard(station, { type: 'ev_charging', capacity: 19 }, undefined, 'zh').figures).toEqual([{ label: '规模', value: '19' }]);
    expect(locatedCard({ ...facility, facilityType: 'canteen' }, { type: 'canteen', capacity: 'many' }, undefined, 'zh').figures).toEqual([{ label: '服务半径（米）', value: '500' }]);
    expect(locatedCard({ ...facility, facilityType: null }, { type: 'toString' }, undefined, 'zh').figures).toEqual([]);
  });
});
