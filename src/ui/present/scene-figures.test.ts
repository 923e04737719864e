import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_WEIGHTS } from '../../analysis/priority/params';
import { requestsFor } from '../analyses/requests';
import { figureRequest, sceneFigures, sceneRequests } from './scene-figures';

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

  it('a parking comparison (方案比选) prefetches scenario B and its card shows the three modes', () => {
    const url = { mode: 'self', compare: '1', b_mode: 'cross' };
    const requests = requestsFor('parking', url);
    expect(requests.map((request) => [request.name, request.params.mode])).toEqual([['parking', 'self'], ['parkingModes', undefined], ['parking', 'cross']]);
    expect(requestsFor('parking', { mode: 'self', b_mode: 'cross' })).toHaveLength(2);
    expect(figureRequest({ analysis: 'parking', params: url }).name).toBe('parkingModes');
    expect(figureRequest({ analysis: 'parking', params: { mode: 'district' } })).toEqual(requestsFor('parking', { mode: 'district' })[0]);
    const modes = [{ mode: 'self', allocated: 12 }, { mode: 'district', allocated: 340 }, { mode: 'cross', allocated: 1500 }];
    expect(sceneFigures('parkingModes', modes as never, 'zh')).toEqual([
      { label: '小区内自平衡挖潜', value: '12' },
      { label: '大片区统筹挖潜', value: '340' },
      { label: '跨片区组合挖潜', value: '1,500' },
    ]);
    expect(sceneFigures('parkingModes', modes as never, 'en')[2]).toEqual({ label: 'Found by cross-district', value: '1,500' });
  });

  it('an overview as of a year shows the status as of that year, from the dashboard’s query', () => {
    const request = figureRequest({ analysis: 'summary', params: {}, year: 2026, filter: {} });
    expect(request).toEqual({ name: 'dashboard', params: { year: 2026, filter: {} } });
    expect(figureRequest({ analysis: 'summary', params: {}, year: null }).name).toBe('summary');
    expect(sceneRequests({ analysis: 'summary', params: {}, year: 2026 }).map((r) => r.name)).toEqual(['summary', 'dashboard']);
    const byStatus = { candidate: { communities: 7 }, planned: { communities: 1 }, approved: { communities: 2 }, under_construction: { communities: 3 }, completed: { communities: 1234 } };
    expect(sceneFigures('dashboard', { year: 2026, byStatus }, 'zh')).toEqual([
      { label: '2026 年已完工小区', value: '1,234' },
      { label: '在建小区', value: '3' },
      { label: '待改造小区', value: '7' },
    ]);
    expect(sceneFigures('dashboard', { year: 2026, byStatus }, 'en').map((figure) => figure.label)).toEqual(['Communities completed by 2026', 'Communities under construction', 'Candidate communities']);
  });

  it('加装电梯 counts its verdicts in units, with the unit said (UX.md: counts with 部)', () => {
    const data = { totals: { feasible: 1155, conditional: 348, infeasible: 442 } };
    expect(sceneFigures('elevators', data, 'zh')).toEqual([
      { label: '可行（部）', value: '1,155' },
      { label: '需协调（部）', value: '348' },
      { label: '不可行（部）', value: '442' },
    ]);
    expect(sceneFigures('elevators', data, 'en').map((figure) => figure.label)).toEqual(['Feasible units', 'Conditional units', 'Infeasible units']);
  });

  it('a services scene prefetches the catchment its map draws', () => {
    const names = requestsFor('services', { type: 'elderly_care' }).map((request) => request.name);
    expect(names).toEqual(['services', 'catchment', 'lifeCircles']);
    expect(requestsFor('services', { type: 'elderly_care' })[1].params).toEqual({ type: 'elderly_care', radiusM: undefined, distance: 'euclidean' });
  });
});
