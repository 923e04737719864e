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
  /**
   * West, south, east, north (degrees) of the data the scene shows whole (the standard deck's
   * scenes): presenting fits them in the presenter's clear area itself (fitBoundsCamera) instead
   * of scaling a camera fitted on the normal layout's map, whose 60 px margins and panels left
   * the demo at 350 × 310 px of a 1280 × 720 projector.
   */
  bounds?: [number, number, number, number];
}

let counter = 0;
const newId = () => `scene-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function captureScene(state: AppState, title: string, notes = '', frame?: [number, number], bounds?: readonly number[]): Scene {
  return { id: newId(), title, notes, hash: hashFromState(state), ...(validFrame(frame) ? { frame } : {}), ...(validBounds(bounds) ? { bounds: [...bounds] } : {}) };
}

/**
 * The zoom change that shows a view framed for a map of `from` pixels whole on a map of `to`
 * pixels: log2 of the smaller of the two ratios (each zoom level doubles the scale).
 */
export function frameZoomShift(from: readonly [number, number], to: readonly [number, number]): number {
  if (!validFrame(from) || !validFrame(to)) return 0;
  return Math.log2(Math.min(to[0] / from[0], to[1] / from[1]));
}

/** Web Mercator's x and y of a longitude and latitude, as fractions of the world (MapLibre's units). */
const mercatorX = (longitude: number) => (longitude + 180) / 360;
const mercatorY = (latitude: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/**
 * The centre and zoom that show `bounds` whole, north up, within `size` pixels less `margin` on
 * every side, at most `maxZoom`: the camera a presenter's map, padded to its clear area, needs.
 * Null for bounds or a size that frame nothing.
 */
export function fitBoundsCamera(bounds: readonly number[], size: readonly [number, number], margin: number, maxZoom: number): { longitude: number; latitude: number; zoom: number } | null {
  if (!validBounds(bounds) || !validFrame(size)) return null;
  const [west, south, east, north] = bounds;
  const width = (mercatorX(east) - mercatorX(west)) * WORLD_PX;
  const height = (mercatorY(south) - mercatorY(north)) * WORLD_PX;
  const room = [size[0] - 2 * margin, size[1] - 2 * margin];
  if (room[0] <= 0 || room[1] <= 0) return null;
  // A point (one feature) has no extent: it is shown at the largest zoom.
  const fits = [width > 0 ? Math.log2(room[0] / width) : maxZoom, height > 0 ? Math.log2(room[1] / height) : maxZoom];
  const y = (mercatorY(south) + mercatorY(north)) / 2;
  return {
    longitude: (west + east) / 2,
    latitude: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI,
    zoom: Math.min(maxZoom, ...fits),
  };
}

function validBounds(bounds: unknown): bounds is [number, number, number, number] {
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every((value) => typeof value === 'number' && Number.isFinite(value))) return false;
  const [west, south, east, north] = bounds as number[];
  return west <= east && south <= north && west >= -180 && east <= 180 && south > -85.06 && north < 85.06;
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
  return scenes.map((scene) => ({
    id: scene.id, title: scene.title,
    state: { hash: scene.hash, notes: scene.notes, ...(scene.frame ? { frame: scene.frame } : {}), ...(scene.bounds ? { bounds: scene.bounds } : {}) },
  }));
}

export function scenesFromProject(stored: readonly { id: string; title: string; state?: Record<string, unknown> }[]): Scene[] {
  return stored.map((scene) => {
    const frame = scene.state?.frame;
    const bounds = scene.state?.bounds;
    return {
      id: scene.id, title: scene.title, notes: String(scene.state?.notes ?? ''), hash: String(scene.state?.hash ?? '#'),
      ...(validFrame(frame) ? { frame } : {}), ...(validBounds(bounds) ? { bounds } : {}),
    };
  });
}
