import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeatureCollection } from 'geojson';
import { locate, locatorIndex, LOCATOR_SHOWN } from './locator-search';
import { isInitialsQuery, pinyinInitials } from './pinyin-initials';

const collection = (rows: Record<string, unknown>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map((properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [120, 30] } })),
});

const layers = {
  districts: collection([{ id: 'D001', name: '清洲片区', street: '秋亭街道' }, { id: 'D002', name: '槐岸片区', street: '望月街道' }]),
  communities: collection([
    { id: 'C0001', name: '橘池北苑', districtId: 'D001' },
    { id: 'C0002', name: '清洲新村', districtId: 'D002' },
    { id: 'C0003', name: '明港北苑', districtId: 'D002' },
    { id: 'C0004', name: '北苑', districtId: 'D009' },
    { id: 'C0005', districtId: 'D001' },
    { id: 7, name: '听川里' },
  ]),
  facilities: collection([
    { id: 'F001', name: '橘池北苑充电站', type: 'ev_charging', districtId: 'D001' },
    { id: 'F002', name: '清洲托育园', type: 'childcare', districtId: 'D002' },
  ]),
};
const index = locatorIndex(layers);
const ids = (query: string) => locate(index, query).matches.map((match) => match.id);

describe('the map locator', () => {
  it('finds by a piece of the name, any case of the id, or the district', () => {
    expect(ids('北苑')).toEqual(['C0004', 'C0001', 'C0003', 'F001']);
    expect(ids('c0003')).toEqual(['C0003']);
    // 清洲: the district itself, the community and the facility whose names start so, then the two
    // communities and the facility in it (by name, facilities after communities).
    expect(ids('清洲')).toEqual(['D001', 'C0002', 'F002', 'C0001', 'C0005', 'F001']);
    // Every word must match somewhere: 北苑 in 清洲片区 is 橘池北苑 and its charging station.
    expect(ids('清洲 北苑')).toEqual(['C0001', 'F001']);
    expect(ids('充电')).toEqual(['F001']);
    // The street (街道) of a district, and of the district a feature is in: 秋亭 is 清洲片区's.
    expect(ids('秋亭街道')).toEqual(['D001', 'C0001', 'C0005', 'F001']);
    expect(ids('望月 北苑')).toEqual(['C0003']);
    // A numeric id, and an unnamed community found by its id.
    expect(ids('7')).toEqual(['7']);
    expect(ids('C0005')).toEqual(['C0005']);
  });

  it('ranks the whole name or id first, then a name that starts with the query', () => {
    // 北苑 is a whole name (rank 0); 橘池北苑, 明港北苑 only contain it (rank 2).
    expect(locate(index, '北苑').matches[0]).toEqual({ layer: 'communities', id: 'C0004', name: '北苑', district: 'D009', facilityType: null });
    // 清洲新村 starts with 清洲 (rank 1) as 清洲片区 does: the district first, then the community.
    expect(ids('清洲').slice(0, 2)).toEqual(['D001', 'C0002']);
  });

  it('orders a rank by name, with numerals by their value (the real Hangzhou set lists 朝晖六 first)', () => {
    const zhaohui = locatorIndex({ communities: collection(['六', '四', '一', '三', '五', '二'].map((n, i) => ({ id: `Z${i}`, name: `朝晖${n}小区` }))) });
    expect(locate(zhaohui, '朝晖').matches.map((match) => match.name)).toEqual(['朝晖一小区', '朝晖二小区', '朝晖三小区', '朝晖四小区', '朝晖五小区', '朝晖六小区']);
  });

  it('names a community\'s or facility\'s district (its id when the districts layer has no such district), and a facility\'s type', () => {
    const [first] = locate(index, 'C0001').matches;
    expect(first).toEqual({ layer: 'communities', id: 'C0001', name: '橘池北苑', district: '清洲片区', facilityType: null });
    expect(locate(index, '听川').matches[0]).toEqual({ layer: 'communities', id: '7', name: '听川里', district: null, facilityType: null });
    expect(locate(index, 'F002').matches[0]).toEqual({ layer: 'facilities', id: 'F002', name: '清洲托育园', district: '槐岸片区', facilityType: 'childcare' });
  });

  it('finds by pinyin initials (拼音首字母): of the name, its district or its street', () => {
    // 橘池北苑 jcby; its charging station 橘池北苑充电站 jcbycdz only starts so (rank 1).
    expect(ids('jcby')).toEqual(['C0001', 'F001']);
    expect(ids('JCBY')).toEqual(['C0001', 'F001']);
    // by (北苑) in 清洲片区 (qzpq): as "清洲 北苑" finds.
    expect(ids('qzpq by')).toEqual(['C0001', 'F001']);
    // qz: 清洲片区 and 清洲新村 start so (rank 1); the rest are in 清洲片区 (rank 2).
    expect(ids('qz')).toEqual(['D001', 'C0002', 'F002', 'C0001', 'C0005', 'F001']);
    // 秋亭街道 qtjd, the street of 清洲片区; 望月 wy of 槐岸片区's.
    expect(ids('qtjd')).toEqual(['D001', 'C0001', 'C0005', 'F001']);
    expect(ids('wy by')).toEqual(['C0003']);
    // An id is still found by its letters and digits, and one letter is not read as initials.
    expect(ids('c0003')).toEqual(['C0003']);
    expect(ids('j')).toEqual([]);
  });

  it('finds a polyphone by any of its common readings (长 cháng or zhǎng, 朝晖 zhāo)', () => {
    const names = locatorIndex({ communities: collection([{ id: 'A', name: '长庆新村' }, { id: 'B', name: '朝晖一小区' }, { id: 'C', name: '中桥' }]) });
    expect(locate(names, 'cqxc').matches.map((match) => match.id)).toEqual(['A']);
    expect(locate(names, 'zqxc').matches.map((match) => match.id)).toEqual(['A']);
    expect(locate(names, 'zhyxq').matches.map((match) => match.id)).toEqual(['B']);
    // 中桥 is the whole of zq (rank 0); 长庆新村 only starts so.
    expect(locate(names, 'zq').matches.map((match) => match.id)).toEqual(['C', 'A']);
  });

  it('shows at most LOCATOR_SHOWN and counts them all; nothing typed finds nothing', () => {
    const many = locatorIndex({ communities: collection(Array.from({ length: 30 }, (_, i) => ({ id: `C${i}`, name: `小区${i}` }))) });
    const found = locate(many, '小区');
    expect(found.matches).toHaveLength(LOCATOR_SHOWN);
    expect(found.total).toBe(30);
    expect(locate(index, '   ')).toEqual({ matches: [], total: 0 });
    expect(locate(index, '无此小区')).toEqual({ matches: [], total: 0 });
  });

  it('never throws, and every match has every word of the query', () => {
    fc.assert(fc.property(fc.string(), (query) => {
      const { matches, total } = locate(index, query);
      expect(matches.length).toBeLessThanOrEqual(Math.min(total, LOCATOR_SHOWN));
      const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
      for (const match of matches) {
        // The street: a district's own, or that of the district the feature is in.
        const district = layers.districts.features.find((feature) => feature.properties?.name === (match.layer === 'districts' ? match.name : match.district));
        const street = String(district?.properties?.street ?? '');
        const fields = [match.id, match.name ?? '', match.district ?? '', street].map((s) => s.toLowerCase());
        const spelt = [match.name ?? '', match.district ?? '', street].flatMap(pinyinInitials);
        for (const word of words) expect(fields.some((field) => field.includes(word)) || (isInitialsQuery(word) && spelt.some((reading) => reading.includes(word)))).toBe(true);
      }
    }));
  });
});
