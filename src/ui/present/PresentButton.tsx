/**
 * The header's 汇报 button: presents the scenes from the first; with none yet, it builds the
 * standard review deck (标准汇报场景) and presents that, rather than being a dead end. Only
 * without any layer the deck could show is it disabled.
 */
import { useMemo } from 'react';
import { appStore, useAppState } from '../../state/store';
import { useDataset } from '../use-dataset';
import { useLang, useT } from '../i18n';
import { hasStandardDeck } from '../../state/deck-needs';
import { presentFrom } from '../on-demand';

export function PresentButton() {
  const t = useT();
  const zh = useLang() === 'zh';
  const sceneCount = useAppState((state) => state.scenes.length);
  const { layers } = useDataset();
  const deckAvailable = useMemo(() => hasStandardDeck(layers), [layers]);
  const title = sceneCount > 0 ? undefined
    : deckAvailable ? (zh ? '还没有场景：按标准议程生成汇报场景并开始汇报' : 'No scenes yet: builds the standard review deck and presents it')
    : (zh ? '先导入数据，或在左侧“场景”中保存视图' : 'Import data or save scenes first (left panel, Scenes)');
  return (
    <button
      type="button"
      data-testid="header-present"
      disabled={sceneCount === 0 && !deckAvailable}
      title={title}
      onClick={() => {
        // The overlay's code first (on-demand.ts), and the standard deck's words when there is no
        // scene yet (they load on demand); the deck is added just before presenting starts.
        void presentFrom(0, async () => {
          if (appStore.get().scenes.length > 0) return;
          const deck = await import('./generate-deck');
          if (appStore.get().scenes.length === 0) deck.appendStandardDeck();
        });
      }}
    >
      {t('nav.present')}
    </button>
  );
}
