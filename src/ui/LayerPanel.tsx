import { LAYER_LABELS, LAYER_NAMES, type LayerName } from '../model/layer-names';
import { appStore, useAppState } from '../state/store';
import { useDataset } from './use-dataset';
import { useLabel, useT } from './i18n';
import { useState } from 'react';
import { Legend } from './Legend';
import { RENOVATION_ITEMS } from '../model/codes';
import { ScenesPanel } from './present/ScenesPanel';
import { BasemapPicker } from './BasemapPicker';
import { applyEdit, removeLayerEdit } from '../data/edits';
import { datasetStore } from '../data/dataset';
import { backToDemo } from './persistence';
import { flyToLayers } from './map-context';

export function LayerPanel() {
  const t = useT();
  const label = useLabel();
  const visible = useAppState((state) => state.visibleLayers);
  const { layers } = useDataset();
  const present = LAYER_NAMES.filter((name) => layers[name]);
  const toggle = (name: LayerName) =>
    appStore.update((state) => ({
      visibleLayers: state.visibleLayers.includes(name) ? state.visibleLayers.filter((n) => n !== name) : [...state.visibleLayers, name],
    }));
  const [tab, setTab] = useState<'layers' | 'scenes'>('layers');
  const colourBy = useAppState((state) => state.colourBy);
  const zh = t('nav.present') === '汇报';
  // Through the edit history, so 撤销 (Ctrl+Z) brings the layer back.
  const remove = (name: LayerName) => {
    applyEdit(removeLayerEdit(datasetStore.get().layers, name, `${zh ? '移除图层' : 'Remove layer'} ${label(LAYER_LABELS[name])}`));
  };
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
        {present.map((name) => (
          <li key={name}>
            <label>
              <input type="checkbox" data-testid={`layer-toggle-${name}`} checked={visible.includes(name)} onChange={() => toggle(name)} />
              <span className="layer-name">{label(LAYER_LABELS[name])}</span>
              <span className="layer-count">{t('layers.count', { n: (layers[name]?.features.length ?? 0).toLocaleString('en-US') })}</span>
            </label>
            <button type="button" className="layer-action" data-testid={`layer-zoom-${name}`} onClick={() => flyToLayers({ [name]: layers[name] })}
              aria-label={`${zh ? '缩放至图层' : 'Zoom to layer'} ${label(LAYER_LABELS[name])}`} title={zh ? '缩放至图层' : 'Zoom to layer'}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5"><circle cx="7" cy="7" r="4" /><path d="M7 0v3M7 11v3M0 7h3M11 7h3" /></svg>
            </button>
            <button type="button" className="layer-action layer-remove" data-testid={`layer-remove-${name}`} onClick={() => remove(name)}
              aria-label={`${zh ? '移除图层' : 'Remove layer'} ${label(LAYER_LABELS[name])}`} title={zh ? '移除图层(可撤销)' : 'Remove the layer (undo brings it back)'}>×</button>
          </li>
        ))}
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
      <Legend />
      </>}
    </aside>
  );
}
