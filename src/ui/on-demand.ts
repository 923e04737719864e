/**
 * Parts of the screen not needed for the map's first frame, loaded on demand (React.lazy, own
 * chunks): the Scenes tab, the presenter's overlay and the feature inspector. Once the map has
 * drawn they are fetched in the background (`prefetchOnDemand`), so opening them stays instant;
 * what starts presenting awaits the overlay's code first (`presentFrom`), so the presenter's keys
 * work from the first scene even when that code had not arrived yet; full screen is asked for
 * before that wait, while the click still counts as the user's.
 */
import { lazy } from 'react';
import { enterFullScreen, startPresenting } from './present/presenting';

const load = {
  scenes: () => import('./present/ScenesPanel'),
  presenter: () => import('./present/PresenterOverlay'),
  inspector: () => import('./Inspector'),
};

export const LazyScenesPanel = lazy(() => load.scenes().then((module) => ({ default: module.ScenesPanel })));
export const LazyPresenterOverlay = lazy(() => load.presenter().then((module) => ({ default: module.PresenterOverlay })));
export const LazyInspector = lazy(() => load.inspector().then((module) => ({ default: module.Inspector })));

/** Fetches the on-demand parts' code (a browser fetches a module once; React.lazy then resolves at once). */
export function prefetchOnDemand(): Promise<unknown> {
  return Promise.all(Object.values(load).map((fetch) => fetch().catch(() => null)));
}

/**
 * Starts presenting at scene `index` once the overlay's code is here, so the overlay (and its
 * keys) mount with the first scene; `prepare` (e.g. building the standard deck) runs after it
 * and before the first scene. Call it from the click or key that starts presenting: full
 * screen is asked for at once, within that click, and left again if the code cannot load.
 */
export async function presentFrom(index: number, prepare?: () => Promise<void> | void): Promise<void> {
  enterFullScreen();
  try {
    await load.presenter();
    await prepare?.();
  } catch (error) {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    throw error;
  }
  startPresenting(index);
}
