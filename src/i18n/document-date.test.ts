import { afterAll, describe, expect, it } from 'vitest';
import { documentDate } from './format';

// Beijing time for this file: the machine (and CI) run on UTC, where the fault did not show.
const zone = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('documentDate', () => {
  it('is the local calendar day, not UTC’s', () => {
    // 07:30 on 28 November in Beijing is 23:30 on the 27th in UTC.
    const morning = new Date('2026-11-27T23:30:00Z');
    expect(morning.getDate()).toBe(28); // the zone took effect
    expect(documentDate(morning)).toBe('2026-11-28');
    expect(documentDate(new Date('2026-01-05T04:00:00Z'))).toBe('2026-01-05');
  });
});
