import { describe, expect, it } from 'vitest';
import { parcelSources, sourcesLine } from './parking-sources';

const flows = [
  { communityId: 'C1', parcelId: 'P1', spaces: 5 },
  { communityId: 'C1', parcelId: 'P2', spaces: 23 },
  { communityId: 'C2', parcelId: 'P1', spaces: 7 },
  { communityId: 'C1', parcelId: 'P3', spaces: 12 },
  { communityId: 'C1', parcelId: 'P4', spaces: 12 },
];

describe('parking sources cell', () => {
  it('groups flows by community, largest first (ties in flow order)', () => {
    const sources = parcelSources(flows);
    expect(sources.get('C1')!.map((s) => s.parcelId)).toEqual(['P2', 'P3', 'P4', 'P1']);
    expect(sources.get('C2')).toEqual([{ parcelId: 'P1', spaces: 7 }]);
  });

  it('lists the first two and counts them all; a short list is given whole', () => {
    const sources = parcelSources(flows);
    expect(sourcesLine(sources.get('C1')!, 'zh')).toBe('P2（23）、P3（12）等 4 处');
    expect(sourcesLine(sources.get('C1')!, 'en')).toBe('P2 (23), P3 (12) and 2 more');
    expect(sourcesLine(sources.get('C1')!, 'zh', Infinity)).toBe('P2（23）、P3（12）、P4（12）、P1（5）');
    expect(sourcesLine(sources.get('C2')!, 'zh')).toBe('P1（7）');
    expect(sourcesLine([], 'zh')).toBe('');
  });
});
