import { describe, expect, it } from 'vitest';
import { PARKING_SPECS } from '../analyses/parking-specs';
import { ELEVATOR_SPECS } from '../analyses/elevator-specs';
import { SERVICES_SPECS } from '../analyses/services-specs';
import { defaultText, paramHint, paramLabel } from './params';

const spec = (specs: typeof PARKING_SPECS, key: string) => specs.find((s) => s.key === key)!;

describe('defaultText', () => {
  it("names a select's default by its option label, in the language asked", () => {
    expect(defaultText(spec(PARKING_SPECS, 'mode'), 'zh')).toBe('大片区统筹');
    expect(defaultText(spec(ELEVATOR_SPECS, 'stairSide'), 'zh')).toBe('北侧');
    expect(defaultText(spec(SERVICES_SPECS, 'type'), 'zh')).toBe('养老');
    expect(defaultText(spec(SERVICES_SPECS, 'distance'), 'zh')).toBe('直线距离');
    expect(defaultText(spec(SERVICES_SPECS, 'distance'), 'en')).toBe('straight line');
  });

  it('gives a number with its unit', () => {
    expect(defaultText(spec(PARKING_SPECS, 'maxWalkM'), 'zh')).toBe('300 m');
    expect(defaultText(spec(PARKING_SPECS, 'areaPerSpaceM2'), 'en')).toBe('30 ㎡');
  });
});

describe('paramHint and paramLabel', () => {
  const specs = [...PARKING_SPECS, ...ELEVATOR_SPECS, ...SERVICES_SPECS];
  // ASCII , : ; ( ) next to Chinese, or around a unit or standard inside Chinese text ("300 m(GB 50180-2018);GB").
  const asciiInChinese = /[\u4e00-\u9fff][,:;()]|[,:;(][\u4e00-\u9fff]|[a-z0-9]\((?=[^)]*[\u4e00-\u9fff])|\);/;

  it('writes Chinese punctuation in every Chinese hint and label', () => {
    for (const one of specs) {
      expect(paramHint(one, 'zh'), one.key).not.toMatch(asciiInChinese);
      expect(paramLabel(one, 'zh'), one.key).not.toMatch(asciiInChinese);
    }
    expect(paramHint(spec(PARKING_SPECS, 'maxWalkM'), 'zh')).toBe('默认 300 m · 依据：取 5 分钟生活圈 300 m（GB 50180-2018）；GB 50180-93 8.0.6 居民停车场服务半径 ≤150 m');
    expect(paramLabel(spec(PARKING_SPECS, 'maxWalkM'), 'zh')).toMatch(/（m）$/);
    expect(paramLabel(spec(PARKING_SPECS, 'maxWalkM'), 'en')).toMatch(/ \(m\)$/);
  });

  it('keeps English hints in English', () => {
    expect(paramHint(spec(PARKING_SPECS, 'maxWalkM'), 'en')).toMatch(/^default 300 m · source: the 5-minute life circle/);
  });

  it('reads the services radius default as "by type", not 0 m', () => {
    expect(paramHint(spec(SERVICES_SPECS, 'radiusM'), 'zh')).toMatch(/^默认 0，按设施类型的生活圈半径 · 依据：/);
    expect(paramHint(spec(SERVICES_SPECS, 'radiusM'), 'en')).toMatch(/^default 0, the facility type's life-circle radius/);
  });
});
