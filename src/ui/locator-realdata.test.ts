import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../cli/data-dir';
import { locate, locatorIndex } from './locator-search';

// Real OSM-derived Hangzhou layers (../shared/realdata/README.md); absent in a fresh clone.
const DIR = join(import.meta.dirname, '../../../shared/realdata/hangzhou-osm');
const present = existsSync(`${DIR}/communities.geojson`);

describe.skipIf(!present)('the locator on the real Hangzhou set (skipped when /work/shared/realdata is absent)', () => {
  const index = present ? locatorIndex(loadDataDir(DIR)) : [];
  const names = (query: string, limit = 20) => locate(index, query, limit).matches.map((match) => match.name);

  it('lists numbered estates in their numbers\' order, not the file\'s (朝晖六小区 first) or by pinyin', () => {
    expect(names('朝晖').filter((name) => name?.endsWith('小区'))).toEqual(['朝晖一小区', '朝晖二小区', '朝晖三小区', '朝晖四小区', '朝晖五小区', '朝晖六小区']);
    expect(names('大关东')).toEqual(['大关东一苑', '大关东二苑', '大关东三苑', '大关东四苑', '大关东五苑', '大关东六苑', '大关东七苑', '大关东八苑', '大关东九苑', '大关东十苑']);
  });
});
