/**
 * Numbers as a Chinese official reads them (UX.md): money in 万元 (亿元 from 10,000 万元),
 * areas in m² (公顷 from 10,000 m²), thousands grouped, shares as percentages with one
 * decimal, whole numbers for counts.
 */
import type { Lang } from './strings';

/**
 * One Intl.NumberFormat per digits, kept: `toLocaleString` with options builds a new formatter
 * on every call (≈0.1 ms), which at province scale (a table of 902 districts, a chart's
 * description per district) held the page for 0.7 s. The output is the same.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits })));
  return format;
}

/** Grouped, with exactly `digits` decimals. */
export const formatFixed = (value: number, digits = 0) => numberFormat(digits, digits).format(value);

/** Grouped, with up to `maximumFractionDigits` decimals (none shown when not needed). */
export const formatUpTo = (value: number, maximumFractionDigits: number) => numberFormat(0, maximumFractionDigits).format(value);

/** A district aggregate (the pooling panel's table, key and inspector): three decimals under 10, whole numbers above. */
export const formatAggregate = (value: number) => formatUpTo(value, Math.abs(value) < 10 ? 3 : 0);

export function formatCount(value: number, unit = ''): string {
  return `${formatFixed(Math.round(value))}${unit ? ` ${unit}` : ''}`.trim();
}

/** An English count with its noun, singular for one: "1 error", "3 errors". */
export function countNoun(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(value)} ${value === 1 ? singular : plural}`;
}

/** A layer's feature count: "12 个要素"; "1 feature", "12 features". */
export function featureCount(value: number, lang: Lang): string {
  return lang === 'zh' ? `${formatCount(value)} 个要素` : countNoun(value, 'feature');
}

/** Items in a running text: 、 between Chinese ones, a comma between English ones. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

export function formatArea(squareMetres: number, lang: Lang = 'zh'): string {
  if (Math.abs(squareMetres) >= 10_000) return `${formatFixed(squareMetres / 10_000, 2)} ${lang === 'zh' ? '公顷' : 'ha'}`;
  return `${formatFixed(Math.round(squareMetres))} ㎡`;
}

/** A building's floor area (建筑面积): whole ㎡, grouped, never in 公顷 (floor areas are quoted in ㎡ however large). */
export function formatFloorArea(squareMetres: number): string {
  return `${formatFixed(Math.round(squareMetres))} ㎡`;
}

/**
 * A minimum area (a vote threshold, an area still short) in whole ㎡, rounded UP so the
 * figure shown is still enough: 666.7 → 667 ㎡, 0.1 → 1 ㎡. The 1e-9 keeps 800 at 800.
 */
export function formatMinimumArea(squareMetres: number): string {
  return `${formatFixed(Math.ceil(squareMetres - 1e-9))} ㎡`;
}

/**
 * Money given in 万元. English says it in millions of yuan, as precisely as the Chinese
 * (one 万元 is ¥0.01 m): 3,250 万元 → ¥32.50 m, 2.57 亿元 → ¥257 m.
 */
export function formatMoneyWan(wan: number, lang: Lang = 'zh'): string {
  if (lang === 'en') return `¥${formatFixed(wan / 100, Math.abs(wan) >= 10_000 ? 0 : 2)} m`;
  if (Math.abs(wan) >= 10_000) return `${formatFixed(wan / 10_000, 2)} 亿元`;
  return `${formatFixed(wan, 0)} 万元`;
}

/** A money axis (values in 万元): its name and tick labels, in the same units as formatMoneyWan. */
export function moneyAxis(lang: Lang): { name: string; label(wan: number): string } {
  return lang === 'zh' ? { name: '万元', label: (wan) => formatFixed(wan) } : { name: '¥ m', label: (wan) => formatFixed(wan / 100) };
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * A mean walk (parking's meanWalkM): null when nothing was allocated, so nobody walks; a dash,
 * not formatDistance's 不可达 (which would say the parcels are out of reach, when there may be none).
 */
export function formatMeanWalk(metres: number | null, lang: Lang = 'zh'): string {
  return metres == null ? '—' : formatDistance(metres, lang);
}

export function formatDistance(metres: number | null | undefined, lang: Lang = 'zh'): string {
  if (metres == null || !Number.isFinite(metres)) return lang === 'zh' ? '不可达' : 'unreachable';
  if (metres >= 1000) return `${formatFixed(metres / 1000, 2)} km`;
  return `${formatFixed(Math.round(metres))} m`;
}

/**
 * A document's date (YYYY-MM-DD) on the user's own calendar: toISOString's is UTC's, a day
 * behind in Beijing from midnight to 08:00, when a plan sheet printed at 07:30 said yesterday.
 */
export function documentDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
