/**
 * The URL hash carries all state that matters (DESIGN §5), so a link reopens the same view:
 * `#lang=en&analysis=parking&mode=cross&walk=400&map=15.2/30.31/120.14/0/45&layers=…&sel=communities:C01&year=2023&basemap=osm&opacity=buildings:0.5`.
 * Keys other than the reserved ones are the active analysis's parameters.
 */
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import { parseBasemap } from '../map/basemaps';
import { layerOpacityText, parseLayerOpacity } from '../map/layer-opacity';
import { type AnalysisName, type AppState, DEFAULT_VISIBLE, initialState, type appStore } from './store';

const ANALYSES: AnalysisName[] = ['summary', 'parking', 'elevators', 'services', 'pooling', 'priority'];
const RESERVED = new Set(['lang', 'analysis', 'map', 'layers', 'sel', 'year', 'filter', 'dashboard', 'sheet', 'costs', 'form', 'colour', 'basemap', 'opacity']);

export function stateFromHash(hash: string): Partial<AppState> {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const patch: Partial<AppState> = {};
  const lang = query.get('lang');
  patch.lang = lang === 'en' ? 'en' : 'zh';
  const analysis = query.get('analysis') as AnalysisName | null;
  patch.analysis = analysis && ANALYSES.includes(analysis) ? analysis : 'summary';
  const map = query.get('map')?.split('/').map(Number);
  if (map && map.length >= 3 && map.slice(0, 3).every(Number.isFinite)) {
    patch.camera = { zoom: map[0], latitude: map[1], longitude: map[2], bearing: map[3] || 0, pitch: map[4] || 0 };
  }
  const layers = query.get('layers');
  if (layers !== null) patch.visibleLayers = layers.split(',').filter((name): name is LayerName => (LAYER_NAMES as readonly string[]).includes(name));
  else patch.visibleLayers = DEFAULT_VISIBLE;
  patch.layerOpacity = parseLayerOpacity(query.get('opacity'));
  const selection = query.get('sel');
  if (selection) {
    const [layer, ...rest] = selection.split(':');
    const id = rest.join(':');
    if ((LAYER_NAMES as readonly string[]).includes(layer) && id) patch.selection = { layer: layer as LayerName, id };
  } else patch.selection = null;
  const year = Number(query.get('year'));
  patch.year = query.get('year') && Number.isInteger(year) ? year : null;
  const filter: AppState['filter'] = {};
  for (const part of (query.get('filter') ?? '').split(',')) {
    const [key, ...value] = part.split(':');
    if ((key === 'district' || key === 'status') && value.length) filter[key === 'district' ? 'districtId' : 'status'] = value.join(':');
  }
  patch.filter = filter;
  patch.colourBy = query.get('colour') ?? 'status';
  patch.basemap = parseBasemap(query.get('basemap'));
  // The dashboard is open unless the link says `dashboard=0` (older links said `dashboard=1` to open it).
  patch.panels = { left: true, right: true, bottom: query.get('dashboard') !== '0' };
  // Plan sheet: `sheet=C0001` or `sheet=district:D001`; `costs=elevator:80,roof:300` (edited unit costs).
  const sheet = query.get('sheet');
  const costs: Record<string, number> = {};
  for (const part of (query.get('costs') ?? '').split(',')) {
    const [item, value] = part.split(':');
    if (item && value !== undefined && value !== '' && Number.isFinite(Number(value)) && Number(value) >= 0) costs[item] = Number(value);
  }
  // `form=review`: the joint review form (联合评审意见表) of the same target.
  patch.sheet = sheet ? { target: sheet, costs, ...(query.get('form') === 'review' ? { kind: 'review' as const } : {}) } : null;
  const params: Record<string, string> = {};
  query.forEach((value, key) => {
    if (!RESERVED.has(key)) params[key] = value;
  });
  patch.params = params;
  return patch;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function hashFromState(state: AppState): string {
  const query = new URLSearchParams();
  if (state.lang !== 'zh') query.set('lang', state.lang);
  if (state.analysis !== initialState.analysis) query.set('analysis', state.analysis);
  for (const [key, value] of Object.entries(state.params)) query.set(key, value);
  if (state.camera) {
    const { zoom, latitude, longitude, bearing, pitch } = state.camera;
    query.set('map', [round(zoom, 2), round(latitude, 5), round(longitude, 5), round(bearing, 1), round(pitch, 1)].join('/'));
  }
  const visible = [...state.visibleLayers].sort().join(',');
  if (visible !== [...DEFAULT_VISIBLE].sort().join(',')) query.set('layers', state.visibleLayers.join(','));
  const opacity = layerOpacityText(state.layerOpacity ?? {});
  if (opacity) query.set('opacity', opacity);
  if (state.selection) query.set('sel', `${state.selection.layer}:${state.selection.id}`);
  if (state.year !== null) query.set('year', String(state.year));
  const filter = [state.filter.districtId && `district:${state.filter.districtId}`, state.filter.status && `status:${state.filter.status}`].filter(Boolean);
  if (filter.length) query.set('filter', filter.join(','));
  if (!state.panels.bottom) query.set('dashboard', '0');
  if (state.colourBy && state.colourBy !== 'status') query.set('colour', state.colourBy);
  // The basemap, not its key: a 天地图 key stays on the machine it was typed on (basemap-key.ts).
  if (state.basemap !== 'none') query.set('basemap', state.basemap);
  if (state.sheet) {
    query.set('sheet', state.sheet.target);
    const costs = Object.entries(state.sheet.costs).map(([item, value]) => `${item}:${value}`);
    if (costs.length) query.set('costs', costs.join(','));
    if (state.sheet.kind === 'review') query.set('form', 'review');
  }
  return `#${query.toString().replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/** Keeps the store and location.hash in step, both ways. */
export function bindUrl(store: typeof appStore): () => void {
  store.update(stateFromHash(window.location.hash));
  let writing = false;
  const write = () => {
    const next = hashFromState(store.get());
    if (next !== window.location.hash && !(next === '#' && window.location.hash === '')) {
      writing = true;
      history.replaceState(null, '', next === '#' ? window.location.pathname + window.location.search : next);
      writing = false;
    }
  };
  const unsubscribe = store.subscribe(write);
  const onHashChange = () => {
    if (!writing) store.update(stateFromHash(window.location.hash));
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
