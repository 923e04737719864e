/**
 * Renders the speaker view into its window (speaker-window.ts) while that is open. A portal of
 * the app's own tree: the same store, query cache and language, so nothing is sent between the
 * windows; the view's code and styles load only when the window opens.
 */
import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { useSpeakerWindow } from './speaker-window';

const SpeakerView = lazy(() => import('./SpeakerView'));

export function SpeakerPortal() {
  const { container } = useSpeakerWindow();
  const view = container?.ownerDocument.defaultView;
  if (!container || !view) return null;
  return createPortal(<Suspense fallback={null}><SpeakerView view={view} /></Suspense>, container);
}
