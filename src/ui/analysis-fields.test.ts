import { describe, expect, it } from 'vitest';
import { layerTitle, shownField } from './analysis-fields';
import { fieldLabel, fieldValue } from './inspector-fields';

describe('the inspector on an analysis layer', () => {
  it('is titled by the layer drawn, never by a deck layer id', () => {
    expect(layerTitle('parking-communities')).toEqual({ zh: '小区', en: 'Community' });
    expect(layerTitle('district-choropleth').zh).toBe('片区');
    expect(layerTitle('elevator-votes').en).toBe('Building');
    expect(layerTitle('protected').en).toBe('Protected object');
    expect(layerTitle('parking-flows').zh).toBe('停车调配');
    expect(layerTitle('something-new').en).toBe('Analysis layer');
  });

  it("names the drawn layer's fields and codes as the base map does", () => {
    expect(fieldLabel('parking-communities', 'builtYear', 'zh')).toBe('建成年代');
    expect(fieldValue('parking-communities', 'propertyManagement', 'self', 'zh')).toBe('自管');
    expect(fieldValue('services-communities', 'renovationStatus', 'candidate', 'zh')).toBe('待改造');
    expect(fieldValue('priority-score', 'category', 'improve', 'en')).toBe('improvement');
    expect(fieldValue('parking-communities', 'investmentWan', 1201, 'zh')).toBe('1,201 万元');
  });

  it('names and rounds the fields the analysis adds, in both languages', () => {
    expect(fieldLabel('parking-communities', 'shareMet', 'zh')).toBe('缺口满足率');
    expect(fieldValue('parking-communities', 'shareMet', 0.4166666666666667, 'zh')).toBe('41.7%');
    expect(fieldValue('parking-communities', 'deficit', 264, 'zh')).toBe('264 个');
    expect(fieldLabel('services-communities', 'distanceM', 'en')).toBe('to the nearest facility');
    expect(fieldValue('services-communities', 'distanceM', 815.621945, 'en')).toBe('816 m');
    expect(fieldValue('services-communities', 'coverage', 'newly', 'zh')).toBe('新址覆盖');
    expect(fieldValue('priority-score', 'value', 0.2807340465743523, 'en')).toBe('0.28');
    expect(fieldValue('resident-needs', 'value', 0.4125, 'zh')).toBe('41.3%');
    expect(fieldValue('district-choropleth', 'aggregate', 7089.4, 'zh')).toBe('7,089');
    expect(fieldValue('elevator-votes', 'voteStatus', 'short', 'en')).toBe('short of the threshold');
    expect(fieldValue('parking-flows', 'crossDistrict', true, 'zh')).toBe('是');
  });

  it('leaves out what only the drawing needs', () => {
    expect(shownField('priority-score', 'heat')).toBe(false);
    expect(shownField('parking-flows', 'from')).toBe(false);
    expect(shownField('communities', 'displayStatus')).toBe(false);
    expect(shownField('roads', 'from')).toBe(true);
  });
});
