/**
 * 讲者视图 in the Scenes panel: opens the speaker window (speaker-window.ts) for the presenter's
 * own screen, or closes it. Offered here, before presenting, because a browser leaves full
 * screen when a full-screen page opens a window.
 */
import { useLang } from '../i18n';
import { closeSpeakerWindow, openSpeakerWindow, useSpeakerWindow } from './speaker-window';

export function SpeakerWindowButton() {
  const zh = useLang() === 'zh';
  const { container, blocked } = useSpeakerWindow();
  return (
    <>
      {container
        ? <button type="button" className="button" data-testid="speaker-close" onClick={closeSpeakerWindow}>{zh ? '关闭讲者视图' : 'Close speaker view'}</button>
        : (
          <button
            type="button"
            className="button"
            data-testid="speaker-open"
            title={zh ? '在另一个窗口显示讲稿备注、下一个场景和计时，放在自己的屏幕上；本窗口移到投影屏幕上汇报' : 'Notes, the next scene and a timer in a second window for your own screen; this window goes on the projector'}
            onClick={() => openSpeakerWindow(zh ? '讲者视图 · 老旧小区改造规划图台' : 'Speaker view · Renewal Atlas')}
          >
            {zh ? '讲者视图' : 'Speaker view'}
          </button>
        )}
      {blocked && <p className="small error" role="alert">{zh ? '浏览器拦截了弹出窗口：请允许本站打开弹出窗口后再试。' : 'The browser blocked the window: allow pop-ups for this site and try again.'}</p>}
    </>
  );
}
