import { describe, expect, it } from 'vitest';
import { runElevators } from '../../analysis/elevators';
import type { PoolingOutput } from '../../analysis/pooling';
import { defaultsLines, DEFAULT_SPECS, elevatorExtraLines } from './defaults-note';

describe('the defaults a result took, in the UI language', () => {
  it('names the field by its Chinese label and says what it was taken as', () => {
    expect(defaultsLines({ parkingSpaces: 3, protectedBufferM: 0 }, 'zh')).toEqual(['3 个小区缺少现有车位，按 0 计']);
    expect(defaultsLines({ parkingSpaces: 3, protectedBufferM: 0 }, 'en')).toEqual(['3 communities without parkingSpaces, taken as 0']);
    expect(defaultsLines({ population: 2, elderlyShare: 1 }, 'zh')).toEqual(['2 个小区缺少人口，按户数 × 2.6 计', '1 个小区缺少60岁以上占比，按 20% 计']);
    expect(defaultsLines({ roadWidthM: 4, protectedBufferM: 1 }, 'zh')).toEqual(['4 条道路缺少宽度，按 4 m 计', '1 处保护对象缺少保护范围，按 10 m 计']);
    expect(defaultsLines({ hasElevator: 5, use: 2, communityHouseholds: 1 }, 'zh')).toEqual([
      '5 栋候选楼栋缺少是否有电梯，按无电梯计', '2 栋候选楼栋缺少用途，按住宅计', '1 个有候选楼栋的小区缺少户数，按 0 户计（表决户数随之为 0）',
    ]);
  });

  it('says nothing when nothing was defaulted', () => {
    expect(defaultsLines({ parkingSpaces: 0, protectedBufferM: 0 }, 'zh')).toEqual([]);
    expect(defaultsLines(undefined, 'en')).toEqual([]);
  });

  it('knows every key the elevator and pooling results count', () => {
    const elevators = runElevators({ buildings: { type: 'FeatureCollection', features: [] } }, {});
    if (!elevators.ok) throw new Error(elevators.error.message);
    for (const key of Object.keys(elevators.value.defaultsApplied)) expect(DEFAULT_SPECS[key], key).toBeDefined();
    const pooling: Record<keyof PoolingOutput['defaultsApplied'], number> = { parkingSpaces: 1, protectedBufferM: 1, population: 1, elderlyShare: 1 };
    for (const key of Object.keys(pooling)) expect(DEFAULT_SPECS[key], key).toBeDefined();
  });

  it('lists the uses that kept tall buildings out, and the crowded façades', () => {
    const output = { nonResidential: [{ use: '办公', buildings: 3 }, { use: 'commercial', buildings: 1 }, { use: 'warehouse', buildings: 1 }], crowdedFacades: 2, params: { minFloors: 4 } };
    // Known uses by their names (commercial read as data before); another value marked as the data's own.
    expect(elevatorExtraLines(output, 'zh')).toEqual([
      '5 栋 4 层及以上楼栋因用途不是住宅未列为候选：办公 3 栋、商业 1 栋、“warehouse”（原值） 1 栋',
      '2 栋候选楼栋的各单元井道在楼梯间一侧排不下（单元数 × 井道宽度超过该侧长度）',
    ]);
    expect(elevatorExtraLines({ nonResidential: [], crowdedFacades: 0, params: { minFloors: 4 } }, 'en')).toEqual([]);
  });
});
