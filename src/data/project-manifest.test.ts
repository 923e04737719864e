import { describe, expect, it } from 'vitest';
import { DEMO_PARTS_KEY } from './demo-parts';
import { manifestFromProjectState, manifestToProjectState } from './project-manifest';
import { TABLE_SOURCES_KEY } from './table-sources';

const SOURCES = { 'surveys.csv': { fileName: '居民意愿.xlsx', sheet: '调查', rows: [4, 5] } };

describe('the manifest in a project file', () => {
  it('keeps the demo parts and the tables’ sources of imported data, and gives them back on opening', () => {
    const manifest = { name: '拱墅区', [DEMO_PARTS_KEY]: ['roads'], [TABLE_SOURCES_KEY]: SOURCES };
    const state = manifestToProjectState({ source: 'imported', manifest });
    expect(state).toEqual({ [DEMO_PARTS_KEY]: ['roads'], [TABLE_SOURCES_KEY]: SOURCES });
    expect(manifestFromProjectState({ hash: '#', source: 'imported', ...state })).toEqual(state);
  });

  it('keeps nothing of the demo’s own manifest, and opens a project without them as no manifest', () => {
    expect(manifestToProjectState({ source: 'demo', manifest: { name: '示例', [TABLE_SOURCES_KEY]: SOURCES } })).toEqual({});
    expect(manifestToProjectState({ source: 'imported', manifest: null })).toEqual({});
    expect(manifestFromProjectState({ hash: '#', source: 'imported' })).toBeNull();
  });
});
