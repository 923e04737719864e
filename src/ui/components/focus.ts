/**
 * Keyboard focus for dialogs and header popups (UX.md: every control reachable and usable with
 * the keyboard). A modal dialog takes the focus when it opens, keeps Tab inside, closes with
 * Esc and gives the focus back to the control that opened it. A popup (a disclosure under a
 * header button) closes with Esc, the focus back on its button, and on a click outside it.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements Tab stops at inside `root`, in document order (hidden ones left out). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => !element.hidden && element.getClientRects().length > 0);
}

/** Where the focus goes back to: the opener if it can take it again, else the fallback. */
function restoreFocus(opener: Element | null, fallback?: () => HTMLElement | null | undefined) {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  fallback?.()?.focus();
}

export interface ModalFocusOptions {
  /** Whether the dialog is shown (for one that stays mounted); true when left out. */
  active?: boolean;
  /** What takes the focus on open: the first control inside (default), or the dialog itself. */
  initial?: 'first' | 'root';
}

/**
 * A modal dialog's focus: the first control inside (or the dialog) on open, Tab and Shift+Tab
 * cycle inside, Esc calls `onEscape`, and on close the focus returns to the element that had it
 * before (or `fallback()` when that was the page itself, as after a file chooser).
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, onEscape: () => void, fallback?: () => HTMLElement | null | undefined, options: ModalFocusOptions = {}) {
  const { active = true, initial = 'first' } = options;
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const back = useRef(fallback);
  back.current = fallback;
  useEffect(() => {
    const root = ref.current;
    if (!active || !root) return;
    const opener = document.activeElement;
    ((initial === 'first' ? tabbables(root)[0] : undefined) ?? root).focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // A control with an Esc of its own inside the dialog (the presenter's 定位 box) handles it first.
        if (event.target instanceof Element && event.target.closest('[data-own-escape]')) return;
        event.preventDefault();
        event.stopPropagation();
        escape.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const stops = tabbables(root);
      if (stops.length === 0) {
        event.preventDefault();
        return;
      }
      const [first, last] = [stops[0], stops[stops.length - 1]];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    // On the document, so that a Tab from anywhere (focus lost to the page) comes back inside.
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      restoreFocus(opener, back.current);
    };
  }, [ref, active, initial]);
}

/**
 * A header popup (Export, Plan sheet): open state, Esc closes it with the focus back on its
 * button, a pointer press outside closes it. Spread `buttonProps` on the button and `popupProps`
 * on the popup; `rootRef` goes on the element holding both.
 */
export function usePopup(id: string) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    const root = rootRef.current;
    document.addEventListener('pointerdown', onPointer, true);
    root?.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      root?.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return {
    open,
    setOpen,
    rootRef,
    buttonProps: { ref: buttonRef, 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen(!open) },
    popupProps: { id },
  };
}
