/**
 * 定位: a box in the map's control row that finds a district, community or facility by a piece
 * of its name, its id, its district or their pinyin initials (locator-search.ts), and on a pick selects it everywhere (map
 * outline, tables, URL), flies the map to it as a table row does, and opens its card (the
 * inspector, through `onPicked`), the map fitted clear of the card (`fit`). The presenter's
 * overlay has one too, for the meeting's "and 橘池北苑?". A combobox from the keyboard: / anywhere
 * but in a field goes to the box, ↓ ↑ move through the list, Enter takes the marked match (or the
 * first), Esc closes the list, then clears the box, then (in a dialog: the presenter) gives the
 * focus back to the dialog, whose own Esc comes next.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FeatureCollection } from 'geojson';
import { formatCount } from '../i18n/format';
import { useLang } from './i18n';
import { useDataset } from './use-dataset';
import { typingInField } from './tools/use-map-tool';
import { flyToFeature, selectFeature } from './map-context';
import { kindWord, locate, locatorIndex, type LocatorEntry } from './locator-search';
import { besideCard } from './locator-fit';
import type { FlyToBoundsOptions } from '../map/camera-moves';

export function Locator({ onPicked, fit = besideCard, testId = 'locator' }: {
  onPicked?(layer: LocatorEntry['layer'], properties: Record<string, unknown>, match: LocatorEntry): void;
  /** How the map is fitted to the pick, asked once its card (if any) has opened. */
  fit?(): FlyToBoundsOptions | Promise<FlyToBoundsOptions>;
  /** The prefix of the test ids (locator-input, locator-option…). */
  testId?: string;
}) {
  const lang = useLang();
  const zh = lang === 'zh';
  const { layers } = useDataset();
  const communities = layers.communities as FeatureCollection | undefined;
  const districts = layers.districts as FeatureCollection | undefined;
  const facilities = layers.facilities as FeatureCollection | undefined;
  const [query, setQuery] = useState('');
  // Built once something is typed (13k entries at province scale), not with every dataset the app loads.
  const typed = query.trim() !== '';
  const index = useMemo(() => (typed ? locatorIndex({ communities, districts, facilities }) : []), [typed, communities, districts, facilities]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { matches, total } = useMemo(() => locate(index, query), [index, query]);
  const listId = useId();
  const box = useRef<HTMLInputElement>(null);
  // "/" goes to the box, as in most web apps' search; not while typing elsewhere, nor with a modifier.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingInField(event) || !box.current?.offsetParent) return;
      // Not from behind a modal (the import dialog; the presenter, unless the box is its own), whose focus stays inside it.
      const modal = document.querySelector('[aria-modal="true"]');
      if (modal && !modal.contains(box.current)) return;
      event.preventDefault();
      box.current.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const optionId = (i: number) => `${listId}-${i}`;
  const showing = open && typed;

  const pick = (match: LocatorEntry) => {
    const collection = { communities, districts, facilities }[match.layer];
    const properties = selectFeature(match.layer, collection, match.id);
    if (properties) onPicked?.(match.layer, properties, match);
    void Promise.resolve(fit()).then((options) => flyToFeature(collection, match.id, options));
    setQuery(match.name ?? match.id);
    setOpen(false);
    setActive(-1);
    // In a dialog (the presenter) the focus goes back to it, so the clicker's → steps the scenes again.
    box.current?.closest<HTMLElement>('[role="dialog"]')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      setOpen(true);
      // From none marked, ↓ marks the first and ↑ the last; past either end it wraps round.
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : matches.length - 1) : (current + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      const match = matches[active] ?? matches[0];
      if (match) {
        event.preventDefault();
        pick(match);
      }
    } else if (event.key === 'Escape') {
      // The box's own Esc (a dialog's handler lets it through: data-own-escape, focus.ts); the map's is not reached.
      event.stopPropagation();
      const dialog = box.current?.closest<HTMLElement>('[role="dialog"]');
      if (showing) setOpen(false);
      else if (query) setQuery('');
      else dialog?.focus();
      setActive(-1);
    }
  };

  const summary = total > matches.length
    ? (zh ? `共 ${formatCount(total)} 个，显示前 ${matches.length} 个；再输入几个字可缩小范围` : `${formatCount(total)} found, the first ${matches.length} shown; type more to narrow them`)
    : null;

  return (
    <div className="locator" data-own-escape>
      <input
        ref={box} type="search" role="combobox" data-testid={`${testId}-input`} value={query} autoComplete="off" spellCheck={false} aria-keyshortcuts="/"
        title={zh ? '快捷键 /' : 'Shortcut: /'}
        placeholder={zh ? '定位：名称、编号或拼音首字母' : 'Find: name, id or pinyin initials'}
        aria-label={zh ? '定位小区、片区或设施：输入名称、编号或拼音首字母' : 'Find a community, district or facility by name, id or pinyin initials'}
        aria-expanded={showing} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={showing && active >= 0 && active < matches.length ? optionId(active) : undefined}
        onChange={(event) => { setQuery(event.target.value); setOpen(true); setActive(-1); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="locator-drop">
        <ul id={listId} role="listbox" className="locator-list" data-testid={`${testId}-list`} hidden={!showing}
          aria-label={zh ? '定位结果' : 'Matches'}>
          {matches.map((match, i) => (
            // mousedown, not click: a click would blur the box first, which closes the list.
            <li key={`${match.layer}:${match.id}`} id={optionId(i)} role="option" aria-selected={i === active} data-testid={`${testId}-option`}
              onMouseDown={(event) => { event.preventDefault(); pick(match); }} onMouseEnter={() => setActive(i)}>
              <span className="locator-name">{match.name ?? match.id}</span>
              <span className="locator-detail">{[kindWord(match, lang), match.district, match.name === null ? null : match.id].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
        {/* Told to screen readers as it changes; drawn under the list only when it says something (styles: :empty). */}
        <p className="locator-status" role="status" data-testid={`${testId}-status`}>
          {!showing ? '' : matches.length === 0 ? (zh ? `没有名称、编号或拼音首字母含“${query.trim()}”的小区、片区或设施` : `No community, district or facility matches “${query.trim()}”`) : summary ?? ''}
        </p>
      </div>
    </div>
  );
}
