import { LAYER_NAMES } from '../model/layer-names';
import { appStore, useAppState } from '../state/store';
import { useDataset } from './use-dataset';
import { useT } from './i18n';
import { useState } from 'react';
import { RENOVATION_ITEMS } from '../model/codes';
import { ScenesPanel } from './present/ScenesPanel';
import { BasemapPicker } from './BasemapPicker';
import { backToDemo } from './persistence';
import { LayerRow } from './LayerRow';

export function LayerPanel() {
  const t = useT();
  const { layers } = useDataset();
  const present = LAYER_NAMES.filter((name) => layers[name]);
  const [tab, setTab] = useState<'layers' | 'scenes'>('layers');
  const colourBy = useAppState((state) => state.colourBy);
  const zh = t('nav.present') === '汇报';
  return (
    <aside className="panel panel-left" aria-label={t('layers.title')}>
      <div className="side-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'layers'} onClick={() => setTab('layers')}>{t('layers.title')}</button>
        <button type="button" role="tab" aria-selected={tab === 'scenes'} data-testid="tab-scenes" onClick={() => setTab('scenes')}>{zh ? '场景' : 'Scenes'}</button>
      </div>
      {tab === 'scenes' ? <ScenesPanel /> : <>
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
          <option value="status">{zh ? '改造状态(随年份)' : 'status (by year)'}</option>
          <option value="category">{zh ? '改造类别' : 'category'}</option>
          <option value="propertyManagement">{zh ? '物业管理(物业覆盖)' : 'property management'}</option>
          {Object.entries(RENOVATION_ITEMS).map(([code, item]) => <option key={code} value={`item:${code}`}>{zh ? `改造内容:${item.zh}` : `item: ${item.en}`}</option>)}
        </select>
      </label>
      <BasemapPicker />
      </>}
    </aside>
  );
}
