/**
 * A building's `use` in words: a known code by its name (residential → 住宅, kindergarten →
 * 幼儿园); any other value as the data's own, quoted and marked so (“仓储”（原值）), never
 * passed off as the app's word. Plain text: React renders it as a text node.
 */
import { BUILDING_USE_LABELS } from '../model/codes';
import type { Lang } from '../i18n/strings';

export function buildingUseText(value: unknown, lang: Lang): string {
  const raw = String(value).trim();
  const known = Object.hasOwn(BUILDING_USE_LABELS, raw)
    ? BUILDING_USE_LABELS[raw]
    : Object.values(BUILDING_USE_LABELS).find((label) => label.zh === raw);
  if (known) return known[lang];
  return lang === 'zh' ? `“${raw}”（原值）` : `"${raw}" (as in the data)`;
}
