import { describe, expect, it } from 'vitest';
import { captureScene, deleteScene, duplicateScene, frameZoomShift, moveScene, renameScene, sceneState, scenesFromProject, scenesToProject } from './scenes';
import { initialState, type AppState } from './store';

const view: AppState = {
  ...initialState,
  analysis: 'parking',
  params: { mode: 'cross', walk: '400' },
  camera: { zoom: 16, latitude: 30.31, longitude: 120.14, bearing: -20, pitch: 45 },
  visibleLayers: ['communities', 'idleLand'],
  selection: { layer: 'communities', id: 'C0003' },
  year: 2024,
  filter: { status: 'completed' },
};

describe('scenes', () => {
  it('serialise → restore gives the same view', () => {
    const scene = captureScene(view, '跨片区组合', '说明 400 m 步行');
    const restored = sceneState(scene);
    expect(restored.analysis).toBe('parking');
    expect(restored.params).toEqual({ mode: 'cross', walk: '400' });
    expect(restored.camera).toEqual(view.camera);
    expect(restored.visibleLayers).toEqual(['communities', 'idleLand']);
    expect(restored.selection).toEqual({ layer: 'communities', id: 'C0003' });
    expect(restored.year).toBe(2024);
    expect(restored.filter).toEqual({ status: 'completed' });
  });

  it('survives the project file', () => {
    const scenes = [captureScene(view, 'A', 'notes A', [750, 540]), captureScene(initialState, 'B')];
    expect(scenes[0].frame).toEqual([750, 540]);
    expect('frame' in scenes[1]).toBe(false);
    const back = scenesFromProject(JSON.parse(JSON.stringify(scenesToProject(scenes))));
    expect(back).toEqual(scenes);
  });

  it('a view framed for one map size fits another by the smaller ratio, one zoom level per doubling', () => {
    expect(frameZoomShift([750, 540], [1500, 1080])).toBe(1);
    expect(frameZoomShift([750, 540], [1500, 540])).toBe(0);
    expect(frameZoomShift([1000, 800], [500, 800])).toBe(-1);
    expect(frameZoomShift([750, 540], [1400, 900])).toBeCloseTo(Math.log2(900 / 540), 12);
    expect(frameZoomShift([0, 540], [1400, 900])).toBe(0);
    expect(captureScene(initialState, 'x', '', [0, 10]).frame).toBeUndefined();
    expect(scenesFromProject([{ id: 's', title: 't', state: { hash: '#', frame: ['a', 3] } }])[0].frame).toBeUndefined();
  });

  it('reorders, renames, duplicates and deletes', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((title) => captureScene(initialState, title));
    let scenes = [a, b, c];
    scenes = moveScene(scenes, 0, 2);
    expect(scenes.map((s) => s.title)).toEqual(['B', 'C', 'A']);
    scenes = renameScene(scenes, c.id, 'C2', 'n');
    expect(scenes[1]).toMatchObject({ title: 'C2', notes: 'n' });
    scenes = duplicateScene(scenes, 0);
    expect(scenes.map((s) => s.title)).toEqual(['B', 'B (2)', 'C2', 'A']);
    expect(new Set(scenes.map((s) => s.id)).size).toBe(4);
    scenes = deleteScene(scenes, b.id);
    expect(scenes.map((s) => s.title)).toEqual(['B (2)', 'C2', 'A']);
    expect(moveScene(scenes, 5, 0)).toEqual(scenes);
  });
});
