/**
 * Analysis parameters as the panel shows them: each with its URL key, default and source
 * (shown on hover, UX.md). Values live in the URL hash, so a link reopens the same result.
 */
import { useMemo } from 'react';
import type { CodeLabel } from '../../model/codes';
import type { Sourced } from '../../model/standards';
import { appStore, useAppState } from '../../state/store';

export interface ParamSpec {
  key: string;
  urlKey: string;
  label: CodeLabel;
  kind: 'number' | 'select' | 'text';
  default: number | string;
  source?: CodeLabel;
  unit?: string;
  min?: number;
  max?: number;
  step?: number;
  options?: { value: string; label: CodeLabel }[];
  /** How the default reads when its value alone would mislead (radius 0 means "by type", not 0 m). */
  defaultLabel?: CodeLabel;
}

/** The default as a planner reads it: a select's option label (默认 大片区统筹, not "district"), else the value and its unit as results write them (300 m). */
export function defaultText(spec: ParamSpec, lang: 'zh' | 'en'): string {
  if (spec.defaultLabel) return spec.defaultLabel[lang];
  const option = spec.kind === 'select' ? spec.options?.find((o) => o.value === String(spec.default)) : undefined;
  return option ? option.label[lang] : `${spec.default}${spec.unit ? ` ${spec.unit}` : ''}`;
}

/** The hint beside a parameter: its default and the default's source, with Chinese punctuation in Chinese (默认 300 m · 依据：…). */
export function paramHint(spec: ParamSpec, lang: 'zh' | 'en'): string {
  const source = spec.source ? (lang === 'zh' ? ` · 依据：${spec.source.zh}` : ` · source: ${spec.source.en}`) : '';
  return `${lang === 'zh' ? '默认' : 'default'} ${defaultText(spec, lang)}${source}`;
}

/** A parameter's label with its unit: 服务半径（m） in Chinese, Radius (m) in English. */
export function paramLabel(spec: ParamSpec, lang: 'zh' | 'en'): string {
  if (!spec.unit) return spec.label[lang];
  return lang === 'zh' ? `${spec.label.zh}（${spec.unit}）` : `${spec.label.en} (${spec.unit})`;
}

export function numberSpec(key: string, urlKey: string, label: CodeLabel, sourced: Sourced<number>, extra: Partial<ParamSpec> = {}): ParamSpec {
  return { key, urlKey, label, kind: 'number', default: sourced.value, source: sourced.source, ...extra };
}

/** Typed parameter values from the URL, falling back to defaults on missing or bad values. */
export function paramsFromUrl(specs: readonly ParamSpec[], url: Record<string, string>): Record<string, number | string> {
  const values: Record<string, number | string> = {};
  for (const spec of specs) {
    const raw = url[spec.urlKey];
    if (raw === undefined) values[spec.key] = spec.default;
    else if (spec.kind === 'number') {
      const value = Number(raw);
      values[spec.key] = Number.isFinite(value) ? value : spec.default;
    } else if (spec.kind === 'select') values[spec.key] = spec.options?.some((o) => o.value === raw) ? raw : spec.default;
    else values[spec.key] = raw;
  }
  return values;
}

export function useUrlParams<T>(specs: readonly ParamSpec[]): T {
  const url = useAppState((state) => state.params);
  return useMemo(() => paramsFromUrl(specs, url) as T, [specs, url]);
}

export function setUrlParam(spec: ParamSpec, value: string | number) {
  appStore.update((state) => {
    const params = { ...state.params };
    if (String(value) === String(spec.default)) delete params[spec.urlKey];
    else params[spec.urlKey] = String(value);
    return { params };
  });
}
