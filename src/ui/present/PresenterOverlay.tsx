/**
 * 汇报模式: the map and one card per scene (title, two or three figures), a thin progress
 * bar, a small clock and scene counter; ← / → / PageUp / PageDown step (the keys a
 * presentation clicker sends, presenter-keys.ts), Home / End jump to the first or last, Esc
 * leaves, N shows the speaker's notes here (for one screen; the speaker window, SpeakerView,
 * shows them on the presenter's own).
 */
import { useEffect, useRef, useState } from 'react';
import { typingInField } from '../tools/use-map-tool';
import { appStore, useAppState } from '../../state/store';
import { sceneState } from '../../state/scenes';
import { useLang } from '../i18n';
import { Legend } from '../Legend';
import { SceneFigures } from './SceneFigures';
import { presentingOpener, showScene, stopPresenting } from './presenting';
import { presenterKeyAction, steppedIndex } from './presenter-keys';
import { useModalFocus } from '../components/focus';
import { PRESENTER_CARD_CLEARANCE, PRESENTER_LEGEND_WIDTH } from './presenter-layout';
import './presenter.css';

export function PresenterOverlay() {
  const lang = useLang();
  const index = useAppState((state) => state.presenting);
  const scenes = useAppState((state) => state.scenes);
  const [notes, setNotes] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const overlay = useRef<HTMLDivElement>(null);
  // The overlay holds the focus while presenting (the panels behind it are inert, App.tsx):
  // Tab stays on its controls, so the presenter's keys always reach it; the 汇报 button that
  // started it has the focus again on leaving.
  const shown = index !== null && scenes[index] !== undefined;
  useModalFocus(overlay, stopPresenting, presentingOpener, { active: shown, initial: 'root' });

  useEffect(() => {
    // Only while presenting: the keys (arrows, space, n, Esc) belong to every field and the map otherwise.
    if (index === null) return;
    const timer = setInterval(() => setNow(new Date()), 10_000);
    const onKey = (event: KeyboardEvent) => {
      if (typingInField(event)) return;
      const action = presenterKeyAction(event);
      if (action === null) return;
      event.preventDefault();
      if (action === 'stop') stopPresenting();
      else if (action === 'notes') setNotes((shown) => !shown);
      else showScene(steppedIndex(action, index, appStore.get().scenes.length));
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [index]);

  if (index === null) return null;
  const scene = scenes[index];
  if (!scene) return null;
  const state = sceneState(scene);
  return (
    // A modal dialog: it keeps the focus and everything behind it is inert (and axe's region rule counts a dialog as a region).
    <div className="presenter" ref={overlay} tabIndex={-1} role="dialog" aria-modal="true" aria-label={lang === 'zh' ? '汇报模式' : 'Presenter mode'} data-testid="presenter">
      <div className="presenter-progress" style={{ width: `${((index + 1) / scenes.length) * 100}%` }} />
      <div className="presenter-clock" data-testid="presenter-counter">
        {now.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' })} · {index + 1} / {scenes.length}
      </div>
      <div className="presenter-card" aria-live="polite" style={{ maxWidth: `calc(100% - ${PRESENTER_CARD_CLEARANCE}px)` }}>
        <h2 data-testid="presenter-title">{scene.title}</h2>
        <SceneFigures state={state} />
        {notes && scene.notes && <p className="presenter-notes">{scene.notes}</p>}
      </div>
      {/* A Tab stop: a long legend scrolls (max 70vh), by keyboard too (axe scrollable-region-focusable). */}
      <div className="presenter-legend" style={{ width: PRESENTER_LEGEND_WIDTH }} tabIndex={0}><Legend /></div>
      <button type="button" className="presenter-exit" onClick={stopPresenting}>{lang === 'zh' ? '退出汇报（Esc）' : 'Leave (Esc)'}</button>
    </div>
  );
}
