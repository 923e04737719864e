import { LAYER_NAMES } from '../model/layer-names';
import { appStore, useAppState } from '../state/store';
import { useDataset } from './use-dataset';
import { useT } from './i18n';
import { Suspense, useState } from 'react';
import { RENOVATION_ITEMS } from '../model/codes';
import { LazyScenesPanel } from './on-demand';
import { BasemapPicker } from './BasemapPicker';
import { backToDemo } from './persistence';
import { LayerRow } from './LayerRow';
import { useTabs } from './components/tabs';

const SIDE_TABS = ['layers', 'scenes'] as const;
type SideTab = (typeof SIDE_TABS)[number];

export function LayerPanel() {
  const t = useT();
  const { layers } = useDataset();
  const present = LAYER_NAMES.filter((name) => layers[name]);
  const [tab, setTab] = useState<SideTab>('layers');
  const tabs = useTabs(SIDE_TABS, tab, setTab);
  const colourBy = useAppState((state) => state.colourBy);
  const zh = t('nav.present') === '汇报';
  return (
    <aside className="panel panel-left" aria-label={t('layers.title')}>
      <div className="side-tabs" data-testid="layer-tabs" {...tabs.listProps}>
        <button data-testid="tab-layers" {...tabs.tabProps('layers')}>{t('layers.title')}</button>
        <button data-testid="tab-scenes" {...tabs.tabProps('scenes')}>{zh ? '场景' : 'Scenes'}</button>
      </div>
      <div {...tabs.panelProps}>
        {tab === 'scenes' ? <Suspense fallback={<p className="muted">{t('app.loading')}</p>}><LazyScenesPanel /></Suspense> : <>
        <h2>{t('layers.title')}</h2>
        {present.length === 0 && (
          <p className="empty" data-testid="layers-empty">{t('layers.empty')}{' '}
            <button type="button" className="button" data-testid="use-demo" onClick={() => void backToDemo()}>{zh ? '使用示例数据' : 'Use the demo data'}</button>
          </p>
        )}
        <ul className="layer-list">
          {present.map((name) => <LayerRow key={name} name={name} count={layers[name]?.features.length ?? 0} />)}
        </ul>
        <label className="colour-by">{t('layers.colourBy')}
          <select value={colourBy} data-testid="colour-by" onChange={(event) => appStore.update({ colourBy: event.target.value })}>
            <option value="status">{zh ? '改造状态（随年份）' : 'status (by year)'}</option>
            <option value="category">{zh ? '改造类别' : 'category'}</option>
            <option value="propertyManagement">{zh ? '物业管理（物业覆盖）' : 'property management'}</option>
            {Object.entries(RENOVATION_ITEMS).map(([code, item]) => <option key={code} value={`item:${code}`}>{zh ? `改造内容：${item.zh}` : `item: ${item.en}`}</option>)}
          </select>
        </label>
        <BasemapPicker />
        </>}
      </div>
    </aside>
  );
}
