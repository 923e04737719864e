import { useCallback } from 'react';
import { translate, type StringKey } from '../i18n/strings';
import { useAppState } from '../state/store';

/** The translate function for the current language. */
export function useT() {
  const lang = useAppState((state) => state.lang);
  return useCallback((key: StringKey, values?: Record<string, string | number>) => translate(lang, key, values), [lang]);
}

export function useLang() {
  return useAppState((state) => state.lang);
}

/** Picks the label of a code list entry in the current language. */
export function useLabel() {
  const lang = useLang();
  return useCallback((label: { zh: string; en: string } | undefined, fallback = '') => (label ? label[lang] : fallback), [lang]);
}
