/**
 * 生成标准汇报场景: appends the standard review deck to the scenes. Scenes have no undo, so
 * nothing is replaced: the deck goes after the scenes there are, the note says so, and its
 * 撤销 removes the scenes it added (renamed or moved since, they are still its own).
 */
import { useMemo, useState } from 'react';
import { appStore } from '../../state/store';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { appendStandardDeck } from './generate-deck';
import { hasStandardDeck } from '../../state/deck-needs';

export function StandardDeckButton() {
  const zh = useLang() === 'zh';
  const { layers } = useDataset();
  const available = useMemo(() => hasStandardDeck(layers), [layers]);
  const [added, setAdded] = useState<{ ids: string[]; after: number } | null>(null);

  const generate = () => {
    const after = appStore.get().scenes.length;
    const deck = appendStandardDeck();
    setAdded(deck.length ? { ids: deck.map((scene) => scene.id), after } : null);
  };
  const undo = () => {
    if (!added) return;
    const ids = new Set(added.ids);
    appStore.update((state) => ({ scenes: state.scenes.filter((scene) => !ids.has(scene.id)) }));
    setAdded(null);
  };

  const count = added?.ids.length ?? 0;
  const note = !added ? null
    : zh ? `已按标准议程生成 ${count} 个场景${added.after ? `，追加在原有 ${added.after} 个场景之后` : ''}；可像其他场景一样改名、排序、删除。`
    : `${count} scenes of the standard agenda added${added.after ? ` after the ${added.after} already there` : ''}; rename, reorder or delete them like any other.`;
  return (
    <div className="scene-standard">
      <button
        type="button"
        className="button"
        data-testid="scene-standard-deck"
        disabled={!available}
        title={available
          ? (zh ? '按联合评审会的标准议程生成场景：片区概况、改造进展、停车挖潜、加装电梯、服务设施、片区联动、改造优先级（缺少图层的跳过）'
            : 'Scenes for the standard agenda of a joint review: overview, progress, parking, elevators, services, pooling, priority (those whose layers are missing are left out)')
          : (zh ? '没有可生成场景的图层：导入或使用示例数据' : 'No layers to build scenes from: import some or use the demo')}
        onClick={generate}
      >
        {zh ? '生成标准汇报场景' : 'Standard review deck'}
      </button>
      {note && (
        <p className="small muted" role="status" data-testid="scene-standard-note">
          {note} <button type="button" className="button small" data-testid="scene-standard-undo" onClick={undo}>{zh ? '撤销' : 'Undo'}</button>
        </p>
      )}
    </div>
  );
}
