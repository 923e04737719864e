/**
 * The parking table's 来源地块 cell: which parcels feed a community and with how many spaces.
 * A community fed by a dozen parcels would make a row a dozen lines tall, so the cell lists
 * the largest few and counts the rest; the whole list goes in its tooltip.
 */
import type { Lang } from '../../i18n/strings';

export interface ParcelSource {
  parcelId: string;
  spaces: number;
}

/** Parcels listed in the cell; the rest are counted. */
export const SOURCES_SHOWN = 2;

/** Each community's source parcels (key: its id as a string), largest first; ties keep flow order. */
export function parcelSources(flows: readonly { communityId: unknown; parcelId: unknown; spaces: number }[]): Map<string, ParcelSource[]> {
  const sources = new Map<string, ParcelSource[]>();
  for (const flow of flows) {
    const key = String(flow.communityId);
    const list = sources.get(key) ?? [];
    list.push({ parcelId: String(flow.parcelId), spaces: flow.spaces });
    sources.set(key, list);
  }
  for (const list of sources.values()) list.sort((a, b) => b.spaces - a.spaces);
  return sources;
}

/** "P1（23）、P2（12）等 5 处": at most `shown` parcels, then how many there are in all. */
export function sourcesLine(sources: readonly ParcelSource[], lang: Lang, shown = SOURCES_SHOWN): string {
  const listed = sources.slice(0, shown);
  const text = listed.map((source) => (lang === 'zh' ? `${source.parcelId}（${source.spaces}）` : `${source.parcelId} (${source.spaces})`)).join(lang === 'zh' ? '、' : ', ');
  if (listed.length === sources.length) return text;
  return lang === 'zh' ? `${text}等 ${sources.length} 处` : `${text} and ${sources.length - listed.length} more`;
}
