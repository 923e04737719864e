/**
 * 汇报模式: the map and one card per scene (title, two or three figures), a thin progress
 * bar, a small clock and scene counter; ← / → / PageUp / PageDown step (the keys a
 * presentation clicker sends, presenter-keys.ts), Home / End jump to the first or last, B / W
 * blank the screen black or white, Esc leaves, N shows the speaker's notes here (for one screen; the speaker window, SpeakerView,
 * shows them on the presenter's own), F (or the 全屏 button, shown while the window is not full
 * screen: after F11, or when presenting started from the speaker window) makes it full screen.
 * / goes to its 定位 box (Locator.tsx), to show a community the meeting asks about: the card shows
 * it (its name, where it is, its figures) in the scene's place; the next → goes on with the scenes.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { typingInField } from '../tools/use-map-tool';
import { useAppState } from '../../state/store';
import { sceneState } from '../../state/scenes';
import { useLang } from '../i18n';
import { Legend } from '../Legend';
import { SceneFigures } from './SceneFigures';
import { blankStore, enterFullScreen, presenterAction, presentingOpener, stopPresenting } from './presenting';
import { presenterKeyAction } from './presenter-keys';
import { useFullScreen } from './use-full-screen';
import { useModalFocus } from '../components/focus';
import { PRESENTER_CARD_CLEARANCE, PRESENTER_FIT_MARGIN, PRESENTER_LEGEND_WIDTH } from './presenter-layout';
import { Locator } from '../Locator';
import type { LocatorEntry } from '../locator-search';
import { LocatedCardView } from './LocatedCardView';
import './presenter.css';

export function PresenterOverlay() {
  const lang = useLang();
  const index = useAppState((state) => state.presenting);
  const scenes = useAppState((state) => state.scenes);
  // Hidden at every start, on purpose not kept as a preference (UX.md: the speaker's notes
  // hidden from the audience view): a choice made while rehearsing must not show them to the
  // audience at the next meeting. The overlay unmounts on leaving (App.tsx), so this starts anew.
  const [notes, setNotes] = useState(false);
  const [now, setNow] = useState(() => new Date());
  // A feature found with 定位 shows in the card in the scene's place, until the next step.
  const [located, setLocated] = useState<{ match: LocatorEntry; properties: Record<string, unknown> } | null>(null);
  useEffect(() => setLocated(null), [index]);
  const { blank } = useSyncExternalStore(blankStore.subscribe, blankStore.get);
  const fullScreen = useFullScreen();
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
      if (presenterAction(action, index)) return;
      if (action === 'fullscreen') enterFullScreen();
      else setNotes((shown) => !shown);
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
        {located ? <LocatedCardView match={located.match} properties={located.properties} sceneTitle={scene.title} /> : (
          <>
            <h2 data-testid="presenter-title">{scene.title}</h2>
            <SceneFigures state={state} />
            {notes && scene.notes && <p className="presenter-notes">{scene.notes}</p>}
          </>
        )}
      </div>
      {/* A Tab stop: a long legend scrolls (max 70vh), by keyboard too (axe scrollable-region-focusable). */}
      <div className="presenter-legend" style={{ width: PRESENTER_LEGEND_WIDTH }} tabIndex={0}><Legend /></div>
      {/* Over everything, the clock and legend too; a click (or any key) brings the scene back. */}
      {blank && (
        <button
          type="button"
          className={`presenter-blank ${blank}`}
          data-testid="presenter-blank"
          aria-label={lang === 'zh' ? `${blank === 'black' ? '黑屏' : '白屏'}：点击或按任意键返回` : `${blank === 'black' ? 'Black' : 'White'} screen: click or press any key to return`}
          onClick={() => blankStore.update({ blank: null })}
        />
      )}
      <div className="presenter-controls">
        <button type="button" className="presenter-exit" onClick={stopPresenting}>{lang === 'zh' ? '退出汇报（Esc）' : 'Leave (Esc)'}</button>
        {!fullScreen && (
          <button type="button" className="presenter-exit" data-testid="presenter-fullscreen" onClick={enterFullScreen}>{lang === 'zh' ? '全屏（F）' : 'Full screen (F)'}</button>
        )}
        {/* 定位 (/): the map's padding is the overlay's already (MapView), so the fit adds only its margin. */}
        <Locator testId="presenter-locator" fit={() => ({ margin: PRESENTER_FIT_MARGIN })} onPicked={(_, properties, match) => setLocated({ match, properties })} />
      </div>
    </div>
  );
}
