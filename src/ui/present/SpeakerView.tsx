/**
 * 讲者视图: what the presenter sees on their own screen while the audience sees the scene on the
 * projector (speaker-window.ts opens the window, SpeakerPortal renders this into it): the
 * current scene with its figures and the speaker's notes, the next scene, the deck, a timer
 * and the clock, and the controls, a blank screen (B / W) among them. Its keys are the audience view's (presenter-keys.ts), so a
 * clicker works whichever window has the focus.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { appStore, useAppState } from '../../state/store';
import { sceneState } from '../../state/scenes';
import { useLang } from '../i18n';
import { SceneFigures } from './SceneFigures';
import { blankStore, presenterAction, showScene, stopPresenting } from './presenting';
import { presentFrom } from '../on-demand';
import { formatElapsed, presenterKeyAction, steppedIndex } from './presenter-keys';
import { closeSpeakerWindow } from './speaker-window';
import { useFullScreen } from './use-full-screen';
import './speaker.css';

export default function SpeakerView({ view }: { view: Window }) {
  const zh = useLang() === 'zh';
  const scenes = useAppState((state) => state.scenes);
  const presenting = useAppState((state) => state.presenting);
  // Before presenting (and after), the scene the presenter has picked to start from.
  const [cursor, setCursor] = useState(0);
  // The timer runs from the start of presenting to its end, and then shows that figure until the next start.
  const [timer, setTimer] = useState<{ start: number; end: number | null } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const index = Math.min(presenting ?? cursor, Math.max(0, scenes.length - 1));
  const { blank } = useSyncExternalStore(blankStore.subscribe, blankStore.get);
  // The audience window's: a start from here cannot make it full screen (presenting.ts enterFullScreen).
  const fullScreen = useFullScreen();

  const go = (target: number) => {
    if (appStore.get().presenting === null) setCursor(target);
    else showScene(target);
  };

  useEffect(() => {
    if (presenting !== null) setTimer({ start: Date.now(), end: null });
    else setTimer((running) => running && { start: running.start, end: running.end ?? Date.now() });
  }, [presenting !== null]);
  // After the end, the view stays on the scene presenting ended on.
  useEffect(() => {
    if (presenting !== null) setCursor(presenting);
  }, [presenting]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const onKey = (event: KeyboardEvent) => {
      const action = presenterKeyAction(event);
      // N is the speaker view's own notes (always shown here); F cannot make the audience's window
      // full screen from this one (a browser grants it only to the window the user acted in).
      if (action === null || action === 'notes' || action === 'fullscreen') return;
      event.preventDefault();
      const state = appStore.get();
      if (state.presenting !== null) presenterAction(action, state.presenting);
      else if (action !== 'stop' && action !== 'black' && action !== 'white') setCursor(steppedIndex(action, index, state.scenes.length));
    };
    view.addEventListener('keydown', onKey);
    return () => {
      clearInterval(timer);
      view.removeEventListener('keydown', onKey);
    };
  }, [view, index]);

  const scene = scenes[index];
  const next = scenes[index + 1];
  const clock = new Date(now).toLocaleTimeString(zh ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <main className="speaker" data-testid="speaker-view" lang={zh ? 'zh-CN' : 'en'}>
      <header className="speaker-bar">
        <h1>{zh ? '讲者视图' : 'Speaker view'}</h1>
        <span data-testid="speaker-counter">{scenes.length > 0 ? `${zh ? '场景' : 'Scene'} ${index + 1} / ${scenes.length}` : ''}</span>
        <span className="speaker-timer" data-testid="speaker-timer" title={zh ? '自开始汇报起的用时' : 'Time since the presentation began'}>
          {zh ? '用时 ' : 'Elapsed '}{formatElapsed(timer === null ? 0 : (timer.end ?? now) - timer.start)}
        </span>
        <button type="button" onClick={() => setTimer(presenting === null ? null : { start: Date.now(), end: null })}>{zh ? '重新计时' : 'Reset timer'}</button>
        {presenting !== null && (['black', 'white'] as const).map((kind) => (
          <button key={kind} type="button" aria-pressed={blank === kind} data-testid={`speaker-${kind}`} onClick={() => presenterAction(kind, presenting)}>
            {zh ? `${kind === 'black' ? '黑屏' : '白屏'}（${kind === 'black' ? 'B' : 'W'}）` : `${kind === 'black' ? 'Black' : 'White'} (${kind === 'black' ? 'B' : 'W'})`}
          </button>
        ))}
        <span className="speaker-clock">{clock}</span>
      </header>
      <p className="speaker-status" role="status" data-testid="speaker-status">
        {presenting !== null
          ? blank
            ? (zh ? `观众画面已${blank === 'black' ? '黑' : '白'}屏：按任意键返回。` : `The audience sees a ${blank} screen: any key brings the scene back.`)
            : fullScreen
              ? (zh ? '投影窗口正在汇报。' : 'The audience window is presenting.')
              : (zh ? '投影窗口正在汇报，但未全屏：在投影窗口按 F 或点击“全屏（F）”。' : 'The audience window is presenting, not full screen: press F there, or its Full screen (F) button.')
          : (zh ? '投影窗口未在汇报：把主窗口移到投影屏幕（可按 F11 全屏），再点“开始汇报”。' : 'The audience window is not presenting: move the main window to the projector (F11 for full screen), then press Present.')}
      </p>
      {scene ? (
        <div className="speaker-body">
          <section className="speaker-current" aria-label={zh ? '当前场景' : 'Current scene'}>
            <h2 data-testid="speaker-title">{scene.title}</h2>
            <SceneFigures state={sceneState(scene)} />
            <h3>{zh ? '讲稿备注' : 'Notes'}</h3>
            {/* A Tab stop: long notes scroll, by keyboard too. */}
            <div className="speaker-notes" data-testid="speaker-notes" tabIndex={0}>
              {scene.notes || <span className="muted">{zh ? '（本场景没有讲稿备注）' : '(no notes for this scene)'}</span>}
            </div>
          </section>
          <aside className="speaker-side" aria-label={zh ? '下一个场景与全部场景' : 'Next scene and the deck'}>
            <h3>{zh ? '下一个' : 'Next'}</h3>
            <p className="speaker-next" data-testid="speaker-next">{next ? next.title : (zh ? '（已是最后一个场景）' : '(this is the last scene)')}</p>
            <h3>{zh ? '全部场景' : 'All scenes'}</h3>
            <ol className="speaker-deck">
              {scenes.map((item, position) => (
                <li key={item.id}>
                  <button type="button" aria-current={position === index ? 'step' : undefined} onClick={() => go(position)}>{item.title}</button>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      ) : (
        <p className="empty">{zh ? '还没有场景：在主窗口的“场景”中保存视图，或生成标准汇报场景。' : 'No scenes yet: save views or build the standard deck in the main window’s Scenes panel.'}</p>
      )}
      <footer className="speaker-controls">
        <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>{zh ? '◀ 上一个' : '◀ Previous'}</button>
        {presenting === null
          ? <button type="button" className="button primary" disabled={!scene} data-testid="speaker-start" onClick={() => void presentFrom(index)}>{zh ? '开始汇报 ▶' : 'Present ▶'}</button>
          : <button type="button" className="button" data-testid="speaker-stop" onClick={stopPresenting}>{zh ? '结束汇报' : 'End presentation'}</button>}
        <button type="button" className="button" disabled={index >= scenes.length - 1} data-testid="speaker-next-button" onClick={() => go(index + 1)}>{zh ? '下一个 ▶' : 'Next ▶'}</button>
        <button type="button" className="button speaker-close" onClick={closeSpeakerWindow}>{zh ? '关闭讲者视图' : 'Close speaker view'}</button>
      </footer>
    </main>
  );
}
