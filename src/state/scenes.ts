/**
 * Presenter scenes (场景, issue 8): a saved view — the whole URL state (camera, visible
 * layers, filter, analysis and its parameters, selection, year) — with a title and the
 * speaker's notes. Pure functions over plain data; the project file carries them.
 */
import { hashFromState, stateFromHash } from './url';
import type { AppState } from './store';

export interface Scene {
  id: string;
  title: string;
  notes: string;
  /** The URL hash of the view, the one format every part of the app already reads. */
  hash: string;
  /**
   * The map's size in CSS pixels when the scene was saved. Presenting on a wider map, the
   * same area is shown larger (frameZoomShift) rather than the same zoom showing more around it.
   */
  frame?: [number, number];
}

let counter = 0;
const newId = () => `scene-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function captureScene(state: AppState, title: string, notes = '', frame?: [number, number]): Scene {
  return { id: newId(), title, notes, hash: hashFromState(state), ...(validFrame(frame) ? { frame } : {}) };
}

/**
 * The zoom change that shows a view framed for a map of `from` pixels whole on a map of `to`
 * pixels: log2 of the smaller of the two ratios (each zoom level doubles the scale).
 */
export function frameZoomShift(from: readonly [number, number], to: readonly [number, number]): number {
  if (!validFrame(from) || !validFrame(to)) return 0;
  return Math.log2(Math.min(to[0] / from[0], to[1] / from[1]));
}

function validFrame(frame: unknown): frame is [number, number] {
  return Array.isArray(frame) && frame.length === 2 && frame.every((side) => typeof side === 'number' && Number.isFinite(side) && side > 0);
}

/** The state a scene restores; panels and scenes themselves are left as they are. */
export function sceneState(scene: Scene): Partial<AppState> {
  return stateFromHash(scene.hash);
}

export function moveScene(scenes: readonly Scene[], from: number, to: number): Scene[] {
  if (from < 0 || from >= scenes.length || to < 0 || to >= scenes.length) return [...scenes];
  const next = [...scenes];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export function duplicateScene(scenes: readonly Scene[], index: number): Scene[] {
  const scene = scenes[index];
  if (!scene) return [...scenes];
  const copy = { ...scene, id: newId(), title: `${scene.title} (2)` };
  return [...scenes.slice(0, index + 1), copy, ...scenes.slice(index + 1)];
}

export function renameScene(scenes: readonly Scene[], id: string, title: string, notes?: string): Scene[] {
  return scenes.map((scene) => (scene.id === id ? { ...scene, title, notes: notes ?? scene.notes } : scene));
}

export function deleteScene(scenes: readonly Scene[], id: string): Scene[] {
  return scenes.filter((scene) => scene.id !== id);
}

/** Scenes as the project file stores them ({id, title, state}) and back. */
export function scenesToProject(scenes: readonly Scene[]) {
  return scenes.map((scene) => ({ id: scene.id, title: scene.title, state: { hash: scene.hash, notes: scene.notes, ...(scene.frame ? { frame: scene.frame } : {}) } }));
}

export function scenesFromProject(stored: readonly { id: string; title: string; state?: Record<string, unknown> }[]): Scene[] {
  return stored.map((scene) => {
    const frame = scene.state?.frame;
    return { id: scene.id, title: scene.title, notes: String(scene.state?.notes ?? ''), hash: String(scene.state?.hash ?? '#'), ...(validFrame(frame) ? { frame } : {}) };
  });
}
