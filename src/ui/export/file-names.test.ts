import { describe, expect, it } from 'vitest';
import { proposeRole } from '../../io/fields';
import { parseProject, serialiseProject } from '../../io/project-file';
import { LAYER_NAMES } from '../../model/layer-names';
import { downloadName, layerFileBase, PROJECT_EXTENSION } from './file-names';

describe('download file names', () => {
  it('are Chinese in the Chinese UI', () => {
    expect(downloadName('tables', 'zh')).toBe('老旧小区改造-表格.xlsx');
    expect(downloadName('map', 'zh')).toBe('老旧小区改造-地图.png');
    expect(downloadName('deck', 'zh')).toBe('老旧小区改造-汇报.pptx');
    expect(downloadName('project', 'zh')).toBe('老旧小区改造.atlas.json');
    expect(layerFileBase('idleLand', 'zh')).toBe('闲置资源');
  });

  it('stay English in the English UI', () => {
    expect(downloadName('tables', 'en')).toBe('renewal-atlas-tables.xlsx');
    expect(downloadName('map', 'en')).toBe('renewal-atlas-map.png');
    expect(downloadName('deck', 'en')).toBe('renewal-atlas-review-deck.pptx');
    expect(downloadName('project', 'en')).toBe('renewal-atlas.atlas.json');
    expect(layerFileBase('idleLand', 'en')).toBe('idle_land');
  });

  it('a project file keeps its .atlas.json ending and opens by content, whatever its name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const name = downloadName('project', lang);
      expect(name.endsWith(PROJECT_EXTENSION)).toBe(true);
      const text = serialiseProject({ name: 'x', layers: {}, tables: {}, view: {}, state: {}, scenes: [] } as never);
      expect(parseProject(name, text).ok).toBe(true);
    }
  });

  it("a layer exported under its Chinese name is recognised as that layer when imported again", () => {
    for (const layer of LAYER_NAMES) {
      for (const extension of ['geojson', 'zip', 'csv']) {
        const fileName = `${layerFileBase(layer, 'zh')}.${extension}`;
        expect(proposeRole({ fileName, features: [], columns: [], hasGeometry: true }).role, fileName).toBe(layer);
      }
    }
  });
});
