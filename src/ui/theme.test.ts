import { describe, expect, it } from 'vitest';
import { createThemeStore, parseTheme, THEME_STORAGE_KEY } from './theme';

function fakeStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { values, getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

function fakeRoot() {
  const attributes = new Map<string, string>();
  return { attributes, setAttribute: (name: string, value: string) => void attributes.set(name, value) };
}

describe('theme', () => {
  it('is light unless dark was chosen', () => {
    expect(parseTheme(null)).toBe('light');
    expect(parseTheme(undefined)).toBe('light');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('auto')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
  });

  it('starts light with nothing stored and marks the root', () => {
    const root = fakeRoot();
    const store = createThemeStore(fakeStorage(), root);
    expect(store.get()).toBe('light');
    expect(root.attributes.get('data-theme')).toBe('light');
  });

  it('keeps the choice and a new store (a reload) reads it back', () => {
    const storage = fakeStorage();
    const root = fakeRoot();
    const store = createThemeStore(storage, root);
    let heard = 0;
    store.subscribe(() => heard++);
    store.toggle();
    expect(store.get()).toBe('dark');
    expect(root.attributes.get('data-theme')).toBe('dark');
    expect(storage.values.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(heard).toBe(1);
    const reloaded = fakeRoot();
    expect(createThemeStore(storage, reloaded).get()).toBe('dark');
    expect(reloaded.attributes.get('data-theme')).toBe('dark');
    store.set('light');
    expect(storage.values.get(THEME_STORAGE_KEY)).toBe('light');
    expect(createThemeStore(storage, fakeRoot()).get()).toBe('light');
  });

  it('works when storage refuses (private mode)', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    const store = createThemeStore(refusing, fakeRoot());
    expect(store.get()).toBe('light');
    store.set('dark');
    expect(store.get()).toBe('dark');
  });
});
