/**
 * The WAI-ARIA tabs pattern for every tab list in the app (the analysis tabs, the layer panel's
 * 图层 / 场景, the priority panel's ranking / residents' voice): only the selected tab is in the
 * Tab order (roving tabindex); ← and → move to the previous and next tab, wrapping round, Home
 * and End to the first and the last, and select it as they go (automatic activation), the focus
 * following. Every tab controls the one panel under the list, which the selected tab labels.
 */
import { useId, useRef, type KeyboardEvent } from 'react';

/** The index a key moves the selection to from `current` among `count` tabs; null for any other key. */
export function tabTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Props for a tab list of `keys`, `selected` among them; `onSelect` is called on a click and on
 * the keys above. Spread `tabProps(key)` on each tab (a button) and `panelProps` on the panel.
 */
export function useTabs<Key extends string>(keys: readonly Key[], selected: Key, onSelect: (key: Key) => void) {
  const prefix = useId();
  const tabs = useRef(new Map<Key, HTMLElement>());
  const tabId = (key: Key) => `${prefix}tab-${key}`;
  const panelId = `${prefix}panel`;

  const onKeyDown = (key: Key) => (event: KeyboardEvent<HTMLElement>) => {
    const target = tabTarget(event.key, keys.indexOf(key), keys.length);
    if (target === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = keys[target];
    if (next !== selected) onSelect(next);
    tabs.current.get(next)?.focus();
  };

  const tabProps = (key: Key) => ({
    id: tabId(key),
    role: 'tab' as const,
    type: 'button' as const,
    'aria-selected': key === selected,
    'aria-controls': panelId,
    tabIndex: key === selected ? 0 : -1,
    ref: (element: HTMLElement | null) => {
      if (element) tabs.current.set(key, element);
      else tabs.current.delete(key);
    },
    onClick: () => onSelect(key),
    onKeyDown: onKeyDown(key),
  });

  return {
    listProps: { role: 'tablist' as const },
    tabProps,
    panelProps: { id: panelId, role: 'tabpanel' as const, 'aria-labelledby': tabId(selected) },
  };
}
