import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_WEIGHTS } from '../../analysis/priority/params';
import { requestsFor } from '../analyses/requests';
import { sceneFigures } from './scene-figures';

describe('scene figures', () => {
  it('片区联动 and 改造优先级 ask for the queries their panels show', () => {
    expect(requestsFor('pooling', {})).toEqual([{ name: 'pooling', params: { ratio: 0.8, areaPerSpaceM2: 30, maxWalkM: 300, levels: 1, minSpaces: 5 } }]);
    expect(requestsFor('priority', {})).toEqual([{ name: 'priority', params: { weights: DEFAULT_PRIORITY_WEIGHTS } }]);
    expect(requestsFor('priority', { w_parking: '2' })[0].params).toEqual({ weights: { ...DEFAULT_PRIORITY_WEIGHTS, parking: 2 } });
  });

  it('片区联动 shows the spaces moved between districts, met inside and still short', () => {
    const figures = sceneFigures('pooling', { totals: { parkingImported: 1234, parkingMetInside: 56, parkingUnmet: 7 } }, 'zh');
    expect(figures).toEqual([
      { label: '跨片区调配车位', value: '1,234' },
      { label: '片区内解决车位', value: '56' },
      { label: '仍缺车位', value: '7' },
    ]);
  });

  it('改造优先级 shows the first community, its score and how many were ranked', () => {
    const data = { communities: [{ id: 'C1', name: '映浦三区', score: 2.345 }, { id: 'C2', name: null, score: 1 }] };
    expect(sceneFigures('priority', data, 'en')).toEqual([
      { label: 'First priority', value: '映浦三区' },
      { label: 'Score', value: '2.35' },
      { label: 'Communities ranked', value: '2' },
    ]);
    expect(sceneFigures('priority', { communities: [] }, 'zh')).toEqual([{ label: '参评小区', value: '0' }]);
  });
});
