/**
 * 深色 / Dark: the UI's colour theme (UX.md: light by default, as review rooms are lit and
 * projectors wash out dark themes; dark only as the planner's explicit choice, never from the
 * system's prefers-color-scheme). Kept in this browser's localStorage and set as
 * data-theme="light" | "dark" on <html>, which theme.css reads; index.html sets the stored
 * dark theme before the first paint, so a dark page does not flash white.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../state/store';

export type Theme = 'light' | 'dark';

/** The localStorage key; index.html's inline script reads the same one. */
export const THEME_STORAGE_KEY = 'renewal-atlas:theme';

/** Only a stored "dark" is dark: anything else (nothing stored, an old value) is the default light. */
export function parseTheme(raw: string | null | undefined): Theme {
  return raw === 'dark' ? 'dark' : 'light';
}

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem'>;
type ThemeRoot = { setAttribute(name: string, value: string): void };

/** A theme store over a storage and a root element (the document's, or stand-ins in a test). */
export function createThemeStore(storage: ThemeStorage | undefined, root: ThemeRoot | undefined) {
  const read = (): Theme => {
    try {
      return parseTheme(storage?.getItem(THEME_STORAGE_KEY));
    } catch {
      return 'light'; // storage refused (private mode)
    }
  };
  const store = createStore<{ theme: Theme }>({ theme: read() });
  root?.setAttribute('data-theme', store.get().theme);
  const set = (theme: Theme) => {
    root?.setAttribute('data-theme', theme);
    try {
      storage?.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // kept for this page only
    }
    store.update({ theme });
  };
  return {
    get: (): Theme => store.get().theme,
    set,
    toggle: () => set(store.get().theme === 'dark' ? 'light' : 'dark'),
    subscribe: store.subscribe,
  };
}

function browserStorage(): ThemeStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const themeStore = createThemeStore(browserStorage(), typeof document === 'undefined' ? undefined : document.documentElement);

export const useTheme = (): Theme => useSyncExternalStore(themeStore.subscribe, themeStore.get);
