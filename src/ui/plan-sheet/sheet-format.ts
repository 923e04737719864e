/**
 * Number formats of the sheet (UX.md): money in 万元 with one decimal (a cost table's lines
 * are often under 10 万元, where whole 万元 would hide them), 亿元 from 10,000 万元 (in English
 * ¥ m as everywhere, formatMoneyWan, with a third decimal under ¥1 m); areas in
 * ㎡ without decimals; counts grouped with their unit.
 */
import { formatFixed, formatMoneyWan, formatUpTo } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';


export function money(wan: number, lang: Lang): string {
  if (lang === 'en' && Math.abs(wan) < 100) return `¥${formatFixed(wan / 100, 3)} m`;
  if (lang === 'en' || Math.abs(wan) >= 10_000) return formatMoneyWan(wan, lang);
  return `${formatFixed(wan, 1)} 万元`;
}

/** A unit cost as typed: up to two decimals, no trailing zeros. */
export function plainNumber(value: number): string {
  return formatUpTo(value, 2);
}

export function quantity(value: number, unit: string): string {
  return `${formatFixed(Math.round(value))} ${unit}`.trim();
}

export function squareMetres(value: number): string {
  return `${formatFixed(Math.round(value))} ㎡`;
}

export const pick = (lang: Lang) => (zh: string, en: string) => (lang === 'zh' ? zh : en);
