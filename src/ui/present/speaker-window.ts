/**
 * 讲者视图: a second browser window for the presenter's own screen (the speaker's notes, the
 * next scene, a timer), while the first window shows the audience view on the projector
 * (UX.md: the speaker's notes hidden from the audience view). The window is an empty popup of
 * this page's origin that the app's React tree renders into (SpeakerPortal.tsx), so both
 * windows read the same store and the same cached analyses: nothing is sent between them.
 *
 * It is opened from the Scenes panel, before presenting: a browser leaves full screen when a
 * full-screen page opens a window.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../../state/store';

export interface SpeakerWindowState {
  /** The popup's element that the speaker view renders into; null while no speaker window is open. */
  container: HTMLElement | null;
  /** The last attempt was refused by the browser (a popup blocker). */
  blocked: boolean;
}

const speakerStore = createStore<SpeakerWindowState>({ container: null, blocked: false });
let popup: Window | null = null;
let stopCopyingStyles: (() => void) | null = null;

export const useSpeakerWindow = (): SpeakerWindowState => useSyncExternalStore(speakerStore.subscribe, speakerStore.get);

/** Opens the speaker window, or brings the open one to the front. */
export function openSpeakerWindow(title: string): void {
  if (popup && !popup.closed) {
    popup.focus();
    return;
  }
  const opened = window.open('', 'renewal-atlas-speaker', 'popup,width=1000,height=680');
  if (!opened) {
    speakerStore.update({ container: null, blocked: true });
    return;
  }
  popup = opened;
  const doc = opened.document;
  // A window of that name left by an earlier page of this app (reloaded meanwhile) still has its body.
  doc.body.replaceChildren();
  doc.title = title;
  doc.documentElement.lang = document.documentElement.lang;
  stopCopyingStyles = mirrorStyles(document, doc);
  const container = doc.createElement('div');
  container.className = 'speaker-root';
  doc.body.appendChild(container);
  opened.addEventListener('pagehide', forget);
  speakerStore.update({ container, blocked: false });
}

export function closeSpeakerWindow(): void {
  const open = popup;
  forget();
  open?.close();
}

/** The speaker window closed (by its own close button) or is being closed: the portal unmounts. */
function forget(): void {
  stopCopyingStyles?.();
  stopCopyingStyles = null;
  popup = null;
  speakerStore.update({ container: null, blocked: false });
}

// The audience window reloaded or closed: the speaker window would show a dead copy.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => closeSpeakerWindow());

/**
 * Copies the page's style sheets into the popup, and those added later (a lazily loaded chunk's
 * CSS, or the dev server's style tags), and the page's theme, so the speaker view looks like the rest of the app.
 */
function mirrorStyles(from: Document, to: Document): () => void {
  const copy = (node: Node) => {
    if (node instanceof HTMLStyleElement || (node instanceof HTMLLinkElement && node.rel === 'stylesheet')) {
      const clone = node.cloneNode(true) as HTMLElement;
      // A link's href resolves against the page: the popup's about:blank has no path of its own.
      if (clone instanceof HTMLLinkElement) clone.href = (node as HTMLLinkElement).href;
      to.head.appendChild(clone);
    }
  };
  from.head.querySelectorAll('style, link[rel="stylesheet"]').forEach(copy);
  const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(copy)));
  observer.observe(from.head, { childList: true });
  // The theme (深色, theme.ts) is an attribute on <html> the style sheets read: the popup's follows the page's.
  const copyTheme = () => to.documentElement.setAttribute('data-theme', from.documentElement.getAttribute('data-theme') ?? 'light');
  copyTheme();
  const themeObserver = new MutationObserver(copyTheme);
  themeObserver.observe(from.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    observer.disconnect();
    themeObserver.disconnect();
  };
}
