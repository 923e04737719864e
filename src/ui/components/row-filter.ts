/**
 * The find box of a long table (DataTable.tsx): a planner with 12,000 communities in a table
 * looks one up by a piece of its name or its id. Every word typed must appear in one of the
 * row's text cells or its id, in any case, or, for a word of letters, in the pinyin initials of
 * a Chinese cell ("jcby" finds 橘池北苑, as the map's 定位 does); numbers are not searched (a
 * count is not a name).
 */
import { HAN, isInitialsQuery, pinyinInitials } from '../pinyin-initials';

/** The query's words, lower-cased; none for an empty or blank query. */
export function queryWords(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** The rows that have every word of `query` in one of their `texts`; `rows` itself when nothing is typed. */
export function rowsMatching<Row>(rows: readonly Row[], query: string, texts: (row: Row) => readonly (string | number | null)[]): readonly Row[] {
  const words = queryWords(query);
  return words.length === 0 ? rows : rows.filter((row) => rowMatches(texts(row), words));
}

/** Whether every word is in one of `texts` (null cells are skipped). No words: every row matches. */
export function rowMatches(texts: readonly (string | number | null)[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = texts.filter((text) => text !== null).map((text) => String(text).toLowerCase());
  let spelt: string[] | null = null; // the Chinese cells' initials, read at the first word of letters that needs them
  return words.every((word) => haystack.some((text) => text.includes(word))
    || (isInitialsQuery(word) && (spelt ??= haystack.filter((text) => HAN.test(text)).flatMap(pinyinInitials)).some((reading) => reading.includes(word))));
}
