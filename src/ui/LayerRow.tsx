/**
 * One row of the layer list: the toggle with its count, and behind ⋯ what a GIS's layer menu
 * holds: opacity (不透明度), zoom to the layer (缩放至图层) and remove it (移除图层, undone by 撤销).
 */
import { useId, useRef, useState } from 'react';
import { LAYER_LABELS, type LayerName } from '../model/layer-names';
import { appStore, useAppState } from '../state/store';
import { applyEdit, removeLayerEdit } from '../data/edits';
import { datasetStore } from '../data/dataset';
import { removeLayerNote } from '../data/edit-notes';
import { flyToLayers, useLiveZoom } from './map-context';
import { BUILDINGS_MIN_ZOOM, buildingsHidden, DETAIL_MIN_ZOOM, detailHidden, MAIN_ROAD_WIDTH_M, pointsMinZoom, SPARSE_POINT_LAYERS } from '../map/detail-zoom';
import { useDataset } from './use-dataset';
import { formatFixed } from '../i18n/format';
import { useLabel, useLang } from './i18n';
import { featureCount } from '../i18n/format';

export function LayerRow({ name, count }: { name: LayerName; count: number }) {
  const label = useLabel();
  const zh = useLang() === 'zh';
  const [open, setOpen] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const optionsId = useId();
  const visible = useAppState((state) => state.visibleLayers.includes(name));
  const opacity = useAppState((state) => state.layerOpacity[name] ?? 1);
  const title = label(LAYER_LABELS[name]);
  // The map leaves out the minor roads now (detail-zoom.ts): said under 道路 while it does.
  const minorRoadsHidden = useLiveZoom(detailHidden) && name === 'roads' && visible && count > 0;
  const buildingsOut = useLiveZoom(buildingsHidden) && name === 'buildings' && visible && count > 0;
  // And the facilities' or protected trees' dots where they would touch (pointsMinZoom): from which zoom they are drawn.
  const points = useDataset().layers[name];
  const pointsFrom = name in SPARSE_POINT_LAYERS ? pointsMinZoom(points as never) : 0;
  const pointsHidden = useLiveZoom((zoom) => zoom !== null && zoom < pointsFrom) && visible && count > 0;
  const toggle = () =>
    appStore.update((state) => ({ visibleLayers: state.visibleLayers.includes(name) ? state.visibleLayers.filter((n) => n !== name) : [...state.visibleLayers, name] }));
  const setOpacity = (value: number) =>
    appStore.update((state) => {
      const next = { ...state.layerOpacity };
      if (value >= 1) delete next[name];
      else next[name] = value;
      return { layerOpacity: next };
    });
  // Through the edit history, so 撤销 (Ctrl+Z) brings the layer back.
  const remove = () => applyEdit(removeLayerEdit(datasetStore.get().layers, name, removeLayerNote(name)));

  return (
    <li className="layer-row">
      <div className="layer-line">
        <label>
          <input type="checkbox" data-testid={`layer-toggle-${name}`} checked={visible} onChange={toggle} />
          <span className="layer-name">{title}</span>
          <span className="layer-count">{featureCount(count, zh ? 'zh' : 'en')}</span>
        </label>
        <button ref={moreButton} type="button" className="layer-action" data-testid={`layer-more-${name}`} aria-expanded={open} aria-controls={optionsId}
          aria-label={`${zh ? '图层选项' : 'Layer options'} ${title}`} title={zh ? '不透明度、缩放至图层、移除' : 'Opacity, zoom to, remove'} onClick={() => setOpen(!open)}>⋯</button>
      </div>
      {minorRoadsHidden && (
        <p className="layer-note" data-testid="layer-note-roads">
          {zh ? `视图较远：只显示 ${MAIN_ROAD_WIDTH_M} 米及以上的干道，放大到 ${DETAIL_MIN_ZOOM} 级显示全部道路` : `Zoomed out: main roads (${MAIN_ROAD_WIDTH_M} m or wider) only; zoom in to ${DETAIL_MIN_ZOOM} for every road`}
        </p>
      )}
      {buildingsOut && (
        <p className="layer-note" data-testid="layer-note-buildings">
          {zh ? `视图较远：放大到 ${BUILDINGS_MIN_ZOOM} 级显示楼栋` : `Zoomed out: zoom in to ${BUILDINGS_MIN_ZOOM} for the buildings`}
        </p>
      )}
      {pointsHidden && (
        <p className="layer-note" data-testid={`layer-note-${name}`}>
          {zh ? `视图较远，点位过密：放大到 ${formatFixed(pointsFrom, 1)} 级显示` : `Zoomed out, points too dense to draw: zoom in to ${formatFixed(pointsFrom, 1)}`}
        </p>
      )}
      {open && (
        <div className="layer-options" id={optionsId} onKeyDown={(event) => {
          // Esc closes the options and gives the focus back to their ⋯, as a menu does.
          if (event.key !== 'Escape') return;
          setOpen(false);
          moreButton.current?.focus();
        }}>
          <label className="layer-opacity">{zh ? '不透明度' : 'Opacity'}
            <input type="range" min={0} max={100} step={5} value={Math.round(opacity * 100)} data-testid={`layer-opacity-${name}`}
              onChange={(event) => setOpacity(Number(event.target.value) / 100)} />
            <output>{Math.round(opacity * 100)}%</output>
          </label>
          <div className="layer-buttons">
            <button type="button" className="button small" data-testid={`layer-zoom-${name}`} onClick={() => flyToLayers({ [name]: datasetStore.get().layers[name] })}>{zh ? '缩放至图层' : 'Zoom to layer'}</button>
            <button type="button" className="button small danger" data-testid={`layer-remove-${name}`} onClick={remove} title={zh ? '可用“撤销”恢复' : 'Undo brings it back'}>{zh ? '移除图层' : 'Remove layer'}</button>
          </div>
        </div>
      )}
    </li>
  );
}
