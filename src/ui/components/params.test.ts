import { describe, expect, it } from 'vitest';
import { PARKING_SPECS } from '../analyses/parking-specs';
import { ELEVATOR_SPECS } from '../analyses/elevator-specs';
import { SERVICES_SPECS } from '../analyses/services-specs';
import { defaultText } from './params';

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
