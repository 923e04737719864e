/**
 * 场景 (issue 8): save the current view as a scene with a title and speaker notes, or build the
 * standard review deck; rename, reorder, duplicate, delete; start presenting.
 */
import { useState } from 'react';
import { appStore, useAppState } from '../../state/store';
import { captureScene, deleteScene, duplicateScene, moveScene, renameScene, sceneState } from '../../state/scenes';
import { useLang } from '../i18n';
import { presentFrom } from '../on-demand';
import { atlasMap } from '../map-context';
import { StandardDeckButton } from './StandardDeckButton';
import { SpeakerWindowButton } from './SpeakerWindowButton';
import { DeckExportButton } from './DeckExportButton';
import './scenes.css';

export function ScenesPanel() {
  const lang = useLang();
  const zh = lang === 'zh';
  const scenes = useAppState((state) => state.scenes);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const setScenes = (next: typeof scenes) => appStore.update({ scenes: next });
  // The glyph buttons are named by their action and the scene they act on (a screen reader reads no ↦ or ⧉).
  const named = (zhAction: string, enAction: string, title: string) => (zh ? `${zhAction}“${title}”` : `${enAction} ‘${title}’`);

  return (
    <section className="scenes" aria-label={zh ? '场景' : 'Scenes'} data-testid="scenes-panel">
      <h2>{zh ? '汇报场景' : 'Scenes'}</h2>
      <div className="scene-new">
        <input value={title} placeholder={zh ? '场景标题' : 'Scene title'} onChange={(event) => setTitle(event.target.value)} data-testid="scene-title" aria-label={zh ? '场景标题' : 'Scene title'} />
        <textarea value={notes} placeholder={zh ? '讲稿备注（观众不可见）' : 'Speaker notes (hidden from the audience)'} onChange={(event) => setNotes(event.target.value)} rows={2} aria-label={zh ? '讲稿备注' : 'Notes'} />
        <button type="button" className="button primary" data-testid="scene-save" onClick={() => {
          const container = atlasMap()?.map.getContainer();
          const frame: [number, number] | undefined = container ? [container.clientWidth, container.clientHeight] : undefined;
          setScenes([...scenes, captureScene(appStore.get(), title.trim() || `${zh ? '场景' : 'Scene'} ${scenes.length + 1}`, notes, frame)]);
          setTitle('');
          setNotes('');
        }}>{zh ? '保存当前视图为场景' : 'Save this view as a scene'}</button>
      </div>
      <StandardDeckButton />
      <ol className="scene-list">
        {scenes.map((scene, index) => (
          <li key={scene.id} data-testid="scene-item">
            <input className="scene-item-title" value={scene.title} aria-label={zh ? '标题' : 'Title'} onChange={(event) => setScenes(renameScene(scenes, scene.id, event.target.value))} />
            <div className="scene-item-tools">
              <button type="button" title={zh ? '转到' : 'Go to'} aria-label={named('转到场景', 'Go to scene', scene.title)} onClick={() => appStore.update(sceneState(scene))}>↦</button>
              <button type="button" title={zh ? '从此场景开始汇报' : 'Present from here'} aria-label={named('从此场景开始汇报', 'Present from scene', scene.title)} data-testid="scene-present-from" onClick={() => void presentFrom(index)}>▶</button>
              <button type="button" title={zh ? '上移' : 'Up'} aria-label={named('上移场景', 'Move up scene', scene.title)} disabled={index === 0} onClick={() => setScenes(moveScene(scenes, index, index - 1))}>↑</button>
              <button type="button" title={zh ? '下移' : 'Down'} aria-label={named('下移场景', 'Move down scene', scene.title)} disabled={index === scenes.length - 1} onClick={() => setScenes(moveScene(scenes, index, index + 1))}>↓</button>
              <button type="button" title={zh ? '复制' : 'Duplicate'} aria-label={named('复制场景', 'Duplicate scene', scene.title)} onClick={() => setScenes(duplicateScene(scenes, index))}>⧉</button>
              <button type="button" title={zh ? '删除' : 'Delete'} aria-label={named('删除场景', 'Delete scene', scene.title)} onClick={() => setScenes(deleteScene(scenes, scene.id))}>✕</button>
            </div>
            {/* The notes stay editable after saving: the standard deck's are a starting point, to be made the presenter's own. */}
            <textarea
              className="scene-item-notes"
              value={scene.notes}
              rows={scene.notes ? 3 : 1}
              placeholder={zh ? '讲稿备注（观众不可见）' : 'Speaker notes (hidden from the audience)'}
              aria-label={named('修改备注', 'Edit the notes of', scene.title)}
              data-testid="scene-item-notes"
              onChange={(event) => setScenes(renameScene(scenes, scene.id, scene.title, event.target.value))}
            />
          </li>
        ))}
      </ol>
      {scenes.length === 0 && <p className="empty">{zh ? '还没有场景：调好地图与分析后点击“保存当前视图为场景”，或点击“生成标准汇报场景”。' : 'No scenes yet: set up the map and analysis, then save the view, or build the standard review deck.'}</p>}
      <div className="scene-present">
        <button type="button" className="button primary" disabled={scenes.length === 0} data-testid="present-start" onClick={() => void presentFrom(0)}>{zh ? '开始汇报 ▶' : 'Present ▶'}</button>
        <SpeakerWindowButton />
        <DeckExportButton />
      </div>
    </section>
  );
}
