/**
 * Whether the app's own window (the audience's, while presenting) is full screen. Read from the
 * speaker window too: its script runs in the app's window, so `document` is the audience's.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (callback: () => void) => {
  document.addEventListener('fullscreenchange', callback);
  return () => document.removeEventListener('fullscreenchange', callback);
};
const isFullScreen = () => document.fullscreenElement !== null;

export const useFullScreen = (): boolean => useSyncExternalStore(subscribe, isFullScreen);
