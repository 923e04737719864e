import { describe, expect, it } from 'vitest';
import { paramsForTab, poolingParams, poolingParamsLine } from './pooling-params';
import { requestsFor } from './requests';

describe('pooling runs with the parking parameters', () => {
  it('reads the parking keys from the URL, mode aside', () => {
    expect(poolingParams({ walk: '500', ratio: '1', mode: 'self' })).toEqual({ ratio: 1, areaPerSpaceM2: 30, maxWalkM: 500, levels: 1, minSpaces: 5 });
    expect(requestsFor('pooling', { walk: '500' })).toEqual([{ name: 'pooling', params: { ratio: 0.8, areaPerSpaceM2: 30, maxWalkM: 500, levels: 1, minSpaces: 5 } }]);
  });

  it('keeps the shared keys when switching between parking and pooling, and nothing elsewhere', () => {
    const url = { mode: 'self', walk: '500', ratio: '1', area: '25', levels: '2', min: '3' };
    expect(paramsForTab('parking', 'pooling', url)).toEqual({ walk: '500', ratio: '1', area: '25', levels: '2', min: '3' });
    expect(paramsForTab('pooling', 'parking', { walk: '500' })).toEqual({ walk: '500' });
    expect(paramsForTab('parking', 'services', url)).toEqual({});
    expect(paramsForTab('elevators', 'pooling', { walk: '500' })).toEqual({});
  });

  it('says which parameters it used', () => {
    const line = poolingParamsLine({ ratio: 1, areaPerSpaceM2: 25, maxWalkM: 500, levels: 2, minSpaces: 3, mode: 'cross' }, 'zh');
    expect(line).toBe('停车参数（同“停车挖潜”，按跨片区组合）：配建指标（车位/户） 1 · 单车位面积 25 ㎡ · 步行距离上限 500 m · 停车层数 2 · 最少车位数 3');
    expect(poolingParamsLine({ maxWalkM: 500 }, 'en')).toContain('Walking limit 500 m');
  });
});
