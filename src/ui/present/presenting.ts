/**
 * Entering, stepping through and leaving presenter mode. Each scene's analyses are
 * prefetched into the query cache first, so nothing waits on stage.
 */
import type { QueryClient } from '@tanstack/react-query';
import { datasetStore } from '../../data/dataset';
import { appStore, createStore } from '../../state/store';
import { fitBoundsCamera, frameZoomShift, sceneState } from '../../state/scenes';
import { FIT_MAX_ZOOM } from '../../map/camera-moves';
import { atlasMap } from '../map-context';
import { sceneRequests } from './scene-figures';
import { analysisQueryOptions, type RunnableName } from '../use-analysis';
import { PRESENTER_FIT_MARGIN, presenterViewSize } from './presenter-layout';
import { type PresenterAction, steppedIndex } from './presenter-keys';

let client: QueryClient | null = null;
export function registerQueryClient(queryClient: QueryClient) {
  client = queryClient;
}
/** The app's query client (the deck export reads each scene's figures through it). */
export const sceneQueryClient = (): QueryClient | null => client;

export function prefetchScenes(): Promise<unknown> {
  const { version } = datasetStore.get();
  const jobs = appStore.get().scenes.flatMap((scene) => {
    const state = sceneState(scene);
    return sceneRequests(state).map((request) =>
      client?.prefetchQuery(analysisQueryOptions(request.name as RunnableName, version, request.params as never)));
  });
  return Promise.all(jobs);
}

export function showScene(index: number) {
  const scenes = appStore.get().scenes;
  const clamped = Math.max(0, Math.min(scenes.length - 1, index));
  const scene = scenes[clamped];
  if (!scene) return;
  const { panels: _panels, ...state } = sceneState(scene);
  // A scene saved on the normal layout's map, shown on the presenter's (the whole window): the
  // same area, larger, rather than the same zoom with more around it. The standard deck's
  // scenes show the whole data: its bounds fitted in the clear area, a narrow margin round them.
  const fitted = state.camera && scene.bounds ? fitBoundsCamera(scene.bounds, presenterMapSize(), PRESENTER_FIT_MARGIN, FIT_MAX_ZOOM) : null;
  if (state.camera && fitted) state.camera = { ...state.camera, ...fitted };
  else if (state.camera && scene.frame) state.camera = { ...state.camera, zoom: state.camera.zoom + frameZoomShift(scene.frame, presenterMapSize()) };
  appStore.update({ ...state, presenting: clamped });
}

/** The control that started presenting (a 汇报 button): it takes the focus back on leaving. */
let opener: HTMLElement | null = null;
export const presentingOpener = () => opener;

/**
 * Full screen for presenting. Asked for by presentFrom within the click or key that starts
 * presenting, before anything is awaited: a browser grants it only while the page holds the
 * user's activation (about 5 s in Chromium), which a cold chunk or the standard deck's words
 * on a slow network can outlast.
 */
export function enterFullScreen(): void {
  if (document.fullscreenElement) return;
  void document.documentElement.requestFullscreen?.().then(() => {
    // A browser's own Esc (or F11) leaves full screen without a key event reaching the page:
    // leaving full screen leaves presenting too, rather than the overlay on a normal window.
    const onChange = () => {
      if (document.fullscreenElement) return;
      document.removeEventListener('fullscreenchange', onChange);
      if (appStore.get().presenting !== null) stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
  }).catch(() => {});
}

/** Shows scene `index` in presenter mode (full screen is presentFrom's, asked for first). */
export function startPresenting(index = 0) {
  opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  void prefetchScenes();
  showScene(index);
}

/**
 * The audience's screen blanked (B: black, W: white, as in PowerPoint), to draw the room's eyes
 * away from the projector; shared by both windows, not part of any link or scene.
 */
export const blankStore = createStore<{ blank: 'black' | 'white' | null }>({ blank: null });

/**
 * What a presenter's key does while presenting, from either window (PresenterOverlay,
 * SpeakerView). A blank screen comes back with any key, without stepping. Returns false for
 * the notes and full-screen keys, which are each window's own.
 */
export function presenterAction(action: PresenterAction, index: number): boolean {
  const { blank } = blankStore.get();
  if (action === 'black' || action === 'white') blankStore.update({ blank: blank === action ? null : action });
  else if (action === 'stop') stopPresenting();
  else if (blank !== null) blankStore.update({ blank: null });
  else if (action === 'notes' || action === 'fullscreen') return false;
  else showScene(steppedIndex(action, index, appStore.get().scenes.length));
  return true;
}

export function stopPresenting() {
  blankStore.update({ blank: null });
  appStore.update({ presenting: null });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/**
 * The part of the map a scene is framed in while presenting: the map is the whole window (the
 * panels are hidden), or its own size once it is presenting, less what the overlay covers.
 */
function presenterMapSize(): [number, number] {
  const container = atlasMap()?.map.getContainer();
  if (appStore.get().presenting !== null && container) return presenterViewSize([container.clientWidth, container.clientHeight]);
  return presenterViewSize([window.innerWidth, window.innerHeight]);
}
