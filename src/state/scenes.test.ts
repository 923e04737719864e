import { describe, expect, it } from 'vitest';
import { captureScene, deleteScene, duplicateScene, fitBoundsCamera, frameZoomShift, moveScene, renameScene, sceneState, scenesFromProject, scenesToProject } from './scenes';
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
    const scenes = [captureScene(view, 'A', 'notes A', [750, 540], [120.1, 30.2, 120.2, 30.3]), captureScene(initialState, 'B')];
    expect(scenes[0].frame).toEqual([750, 540]);
    expect(scenes[0].bounds).toEqual([120.1, 30.2, 120.2, 30.3]);
    expect('frame' in scenes[1]).toBe(false);
    expect('bounds' in scenes[1]).toBe(false);
    const back = scenesFromProject(JSON.parse(JSON.stringify(scenesToProject(scenes))));
    expect(back).toEqual(scenes);
  });

  it('fits bounds in a clear area: the smaller of the two zooms, the Mercator centre, at most the zoom cap', () => {
    // 0°–45° E is 45/360 of the 512 px world: 64 px at zoom 0; 928 px of room (1000 less 2 × 36)
    // is 14.5 times that. 10° S–10° N is ln(tan 50°)/π of the world's height: 28.6 px, so the
    // width decides, and the centre of a band symmetric about the equator is on it.
    const wide = fitBoundsCamera([0, -10, 45, 10], [1000, 1000], 36, 17.5)!;
    expect(wide.zoom).toBeCloseTo(Math.log2(14.5), 12);
    expect(wide.longitude).toBe(22.5);
    expect(wide.latitude).toBeCloseTo(0, 12);
    // Height decides on a short, wide area: 28.6 px into 200 − 2 × 36 = 128 px.
    const short = fitBoundsCamera([0, -10, 45, 10], [1000, 200], 36, 17.5)!;
    expect(short.zoom).toBeCloseTo(Math.log2(128 / ((512 * Math.log(Math.tan((50 * Math.PI) / 180))) / Math.PI)), 12);
    // The Mercator centre of 0°–60° N lies north of 30° (the y of the two edges, averaged).
    expect(fitBoundsCamera([0, 0, 10, 60], [800, 800], 0, 17.5)!.latitude).toBeCloseTo((Math.atan(Math.sinh(Math.log(Math.tan((75 * Math.PI) / 180)) / 2)) * 180) / Math.PI, 9);
    // One building, or one point, stops at the cap.
    expect(fitBoundsCamera([120.1, 30.2, 120.1001, 30.2001], [1000, 600], 24, 17.5)!.zoom).toBe(17.5);
    expect(fitBoundsCamera([120.1, 30.2, 120.1, 30.2], [1000, 600], 24, 17.5)!.zoom).toBe(17.5);
    // Nothing to frame.
    expect(fitBoundsCamera([120.2, 30.2, 120.1, 30.3], [1000, 600], 24, 17.5)).toBeNull();
    expect(fitBoundsCamera([0, -10, 45, 10], [40, 600], 24, 17.5)).toBeNull();
    expect(captureScene(initialState, 'x', '', undefined, [0, 0, Number.NaN, 1]).bounds).toBeUndefined();
    expect(scenesFromProject([{ id: 's', title: 't', state: { hash: '#', bounds: [1, 2, 3] } }])[0].bounds).toBeUndefined();
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
