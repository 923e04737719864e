/**
 * A name's pinyin initials (拼音首字母), for the locator: at a meeting's laptop, switched to an
 * English keyboard, "jcby" finds 橘池北苑 as Chinese search boxes do. No dictionary is shipped:
 * the Chinese collator (Intl.Collator 'zh', ICU's pinyin order, in Node and Chromium alike) sorts
 * a character between the first characters of two initials, so a binary search over 23
 * boundary characters gives its initial. A character with several readings is sorted by one of
 * them (长 as zhǎng, 朝 as cháo, 行 as xíng); POLYPHONES adds the others common in place names,
 * so both "cq" and "zq" find 长庆, and "zh" finds 朝晖 (zhāo).
 */

const PINYIN_ORDER = new Intl.Collator('zh-CN');

/**
 * The first character of each initial's run in the pinyin order (no word starts with i, u or v):
 * CLDR's index characters for it, each checked against ICU's order of all of U+4E00–U+9FFF (the
 * character sorted before each is of the previous initial: 驁 ào before 丷 bā, 纙 luó before 呣 m).
 */
const BOUNDARIES = '吖丷嚓咑妸发旮哈丌咔垃呣拏喔妑七呥仨他屲夕丫帀';
const LETTERS = 'abcdefghjklmnopqrstwxyz';

/** Other readings of characters common in names, which the collator sorts by another. */
const POLYPHONES: Record<string, string> = {
  长: 'c', 重: 'c', 厦: 'x', 行: 'h', 朝: 'z', 乐: 'y', 单: 's', 曾: 'z', 会: 'k', 解: 'x',
  堡: 'p', 番: 'p', 沈: 'c', 藏: 'z', 传: 'z', 调: 't', 降: 'x', 圩: 'x', 埔: 'p', 弄: 'l',
  泊: 'b', 仇: 'q', 蔚: 'y', 莘: 'x', 栅: 's', 柏: 'p', 省: 'x', 石: 'd', 大: 't', 区: 'o',
};

/** A Chinese character (of any CJK block). */
export const HAN = /\p{Script=Han}/u;

const initials = new Map<string, string>();

/** The initials a character may be read with ('cz' for 长), its lower case for a letter or digit, '' for anything else. */
export function characterInitials(character: string): string {
  let found = initials.get(character);
  if (found !== undefined) return found;
  if (HAN.test(character)) {
    let low = 0;
    let high = BOUNDARIES.length; // the first boundary after the character
    while (low < high) {
      const middle = (low + high) >> 1;
      if (PINYIN_ORDER.compare(character, BOUNDARIES[middle]) >= 0) low = middle + 1;
      else high = middle;
    }
    const primary = low === 0 ? '' : LETTERS[low - 1];
    found = primary + (POLYPHONES[character] ?? '').replace(primary, '');
  } else {
    found = /[\p{L}\p{N}]/u.test(character) ? character.toLowerCase() : '';
  }
  initials.set(character, found);
  return found;
}

/** More readings than this and only the first letters of each character are kept: a bound on one name's cost. */
const MAX_READINGS = 16;

/**
 * The ways a text's initials may be spelt, lower case: ['jcby'] for 橘池北苑, ['zq', 'cq'] for
 * 长庆; letters and digits are kept (3号楼: '3hl'), other characters dropped. [] for no initials.
 */
export function pinyinInitials(text: string): string[] {
  // One reading, grown in place, until a polyphone forks it (most names have none).
  let reading = '';
  let readings: string[] | null = null;
  for (const character of text) {
    const choices = characterInitials(character);
    if (choices.length === 0) continue;
    if (readings === null && choices.length === 1) {
      reading += choices;
      continue;
    }
    const current: string[] = readings ?? [reading];
    const letters = current.length * choices.length > MAX_READINGS ? choices[0] : choices;
    const next: string[] = [];
    for (const start of current) for (const letter of letters) next.push(start + letter);
    readings = next;
  }
  return readings ?? (reading === '' ? [] : [reading]);
}

/** Whether a query word is one to match against initials: letters (and digits), at least two letters. */
export function isInitialsQuery(word: string): boolean {
  return /^[a-z0-9]+$/.test(word) && /[a-z].*[a-z]/.test(word);
}
