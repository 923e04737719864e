import { describe, expect, it } from 'vitest';
import { cardDistrict, fieldLabel, fieldValue } from './inspector-fields';

describe('inspector fields', () => {
  it('names schema fields by their Chinese name, unknown ones as they are', () => {
    expect(fieldLabel('communities', 'households', 'zh')).toBe('户数');
    expect(fieldLabel('communities', 'builtYear', 'zh')).toBe('建成年代');
    expect(fieldLabel('communities', 'items', 'zh')).toBe('改造内容');
    expect(fieldLabel('buildings', 'hasElevator', 'zh')).toBe('是否有电梯');
    expect(fieldLabel('communities', '备注', 'zh')).toBe('备注');
    expect(fieldLabel('communities', 'builtYear', 'en')).toBe('year built');
  });

  it('says money in English once, in the value: "investment ¥13.70 m", not "investment wan"', () => {
    expect(fieldLabel('communities', 'investmentWan', 'en')).toBe('investment');
    expect(fieldValue('communities', 'investmentWan', 1370, 'en')).toBe('¥13.70 m');
    expect(fieldValue('communities', 'funding', { central: 5150 }, 'en')).toBe('central subsidy ¥51.50 m');
  });

  it('shows codes in words, counts with units, shares, money and lists', () => {
    expect(fieldValue('communities', 'renovationStatus', 'planned', 'zh')).toBe('已纳入计划');
    expect(fieldValue('communities', 'propertyManagement', 'quasi', 'zh')).toBe('准物业');
    expect(fieldValue('communities', 'category', 'enhance', 'en')).toBe('upgrade');
    expect(fieldValue('communities', 'households', 1483, 'zh')).toBe('1,483 户');
    expect(fieldValue('communities', 'elderlyShare', 0.15, 'zh')).toBe('15.0%');
    expect(fieldValue('communities', 'investmentWan', 2309, 'zh')).toBe('2,309 万元');
    // Years and ids stay as written.
    expect(fieldValue('communities', 'builtYear', 1986, 'zh')).toBe('1986');
    expect(fieldValue('communities', 'items', ['pipes', 'roof', 'solar'], 'zh')).toBe('管网改造、屋面修缮、solar');
    expect(fieldValue('communities', 'funding', { central: 627, local: 1184, bonds: 0 }, 'zh')).toBe('中央补助 627 万元、地方财政 1,184 万元');
    expect(fieldValue('buildings', 'hasElevator', false, 'zh')).toBe('否');
    expect(fieldValue('facilities', 'type', 'canteen', 'zh')).toBe('助餐');
    // A value outside the code list, text from a file, stays as it is.
    expect(fieldValue('communities', 'renovationStatus', '<b>待定</b>', 'zh')).toBe('<b>待定</b>');
    expect(fieldValue('communities', 'name', '', 'zh')).toBe('—');
  });

  it("shows a building's use by its name, and a value outside the list as the data's own (hangzhou-huoju's kindergarten)", () => {
    expect(fieldValue('buildings', 'use', 'residential', 'zh')).toBe('住宅');
    expect(fieldValue('buildings', 'use', 'kindergarten', 'zh')).toBe('幼儿园');
    expect(fieldValue('buildings', 'use', 'kindergarten', 'en')).toBe('kindergarten');
    expect(fieldValue('buildings', 'use', '办公', 'en')).toBe('office');
    expect(fieldValue('buildings', 'use', 'warehouse', 'zh')).toBe('“warehouse”（原值）');
    expect(fieldValue('buildings', 'use', 'warehouse', 'en')).toBe('"warehouse" (as in the data)');
    expect(fieldValue('buildings', 'use', '<b>仓储</b>', 'zh')).toBe('“<b>仓储</b>”（原值）');
  });
});

describe('the district a card filters to', () => {
  it('is a district\'s own id, or the district a feature is in', () => {
    expect(cardDistrict('districts', { id: 'D001', name: '清洲片区' })).toBe('D001');
    expect(cardDistrict('communities', { id: 'C0001', districtId: 'D002' })).toBe('D002');
    expect(cardDistrict('facilities', { id: 'F1', districtId: 7 })).toBe('7');
    // An analysis layer's community is its community's.
    expect(cardDistrict('elevator-communities', { id: 'C0001', districtId: 'D003' })).toBe('D003');
  });
  it('is none for a feature in no district, or a district with no id', () => {
    expect(cardDistrict('communities', { id: 'C0001' })).toBeNull();
    expect(cardDistrict('communities', { id: 'C0001', districtId: '' })).toBeNull();
    expect(cardDistrict('districts', { name: '无编号' })).toBeNull();
    expect(cardDistrict('buildings', { id: 'B1', communityId: 'C0001' })).toBeNull();
  });
});
