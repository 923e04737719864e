/**
 * What the map PNG carries besides the map (map-png.ts): its title (the app and the analysis
 * shown), the data's source line (the demo notice, the basemap's credit) and the legend of
 * what the map shows now. Read from the stores, not hooks: the 导出 menu's PNG and the deck
 * export (deck-export.ts), which visits one scene after another between renders, share it.
 */
import { datasetStore } from '../../data/dataset';
import { translate, type Lang } from '../../i18n/strings';
import { basemapCredit } from '../../map/basemaps';
import { parseColourBy } from '../../map/community-colours';
import { baseLayerKeys } from '../../map/layer-key';
import { sectionsAtZoom } from '../../map/map-key';
import { appStore } from '../../state/store';
import { basemapSettings } from '../basemap-key';
import { demoNotice } from '../demo-notice';
import { liveZoomStore, panelKeyStore } from '../map-context';
import type { PngLegendSection } from './png-legend';
import { pngLegend } from './png-legend-sections';

export interface MapPngOptions {
  title: string;
  source: string;
  legend: PngLegendSection[];
}

export function currentMapPngOptions(lang: Lang): MapPngOptions {
  const state = appStore.get();
  const dataset = datasetStore.get();
  const appTitle = translate(lang, 'app.title');
  const title = state.analysis === 'summary' ? appTitle : `${appTitle} · ${translate(lang, `analysis.${state.analysis}`)}`;
  const notice = demoNotice(dataset, lang);
  const imported = lang === 'zh' ? '数据来源：用户导入' : 'Data: imported by the user';
  const dataLine = dataset.source === 'demo' ? notice! : notice ? `${imported} · ${notice}` : imported;
  const credit = basemapCredit(state.basemap, basemapSettings(), lang);
  // The legend card's sections (Legend.tsx useMapKey): the active panels' keys at the map's zoom.
  const zoom = liveZoomStore.get().zoom ?? state.camera?.zoom ?? null;
  const keys = sectionsAtZoom(Object.values(panelKeyStore.get()).flat(), zoom);
  // The base layers' too: the facilities are not drawn where too dense (detail-zoom.ts).
  const legend = pngLegend(keys, parseColourBy(state.colourBy), lang, state.visibleLayers.includes('communities'), sectionsAtZoom(baseLayerKeys(state.visibleLayers, dataset.layers), zoom));
  return { title, source: credit ? `${dataLine} · ${credit}` : dataLine, legend };
}
