/**
 * Hosts the AtlasMap: creates it once, then feeds it the dataset, the visible layers, the
 * selection and the panels' deck layers. Marks the root `data-atlas-ready` once data is
 * loaded and the map has drawn it (DESIGN §5).
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { AtlasMap, type PickedFeature } from '../map/atlas-map';
import { appStore, useAppState } from '../state/store';
import { featureId } from '../model/types';
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import { useDataset } from './use-dataset';
import { dispatchLayerClick, liveZoomStore, mapThemeStore, panelLayersStore, registerMap } from './map-context';
import { LazyInspector } from './on-demand';
import { useStatusDisplay } from './use-status-display';
import { parseColourBy } from '../map/community-colours';
import { useLang, useT } from './i18n';
import { basemapCredit, basemapParts } from '../map/basemaps';
import { useBasemapSettings } from './basemap-key';
import { useTheme } from './theme';
import { Locator } from './Locator';
import { MapTools } from './tools/MapTools';
import { isToolActive } from './tools/tool-state';
import { MapLegend } from './MapLegend';
import { fitUntilMoved } from './initial-fit';
// A click on an analysis layer that draws a base layer's features selects that feature, so the panel's table, the outline and the URL follow the map.
import { BASE_LAYER_OF } from './analysis-fields';
import { markMapReady } from './map-ready';
import { whenSettled } from './settled';
import { whenSaved } from './persistence';
import { NO_INSETS, presenterInsets, samePadding } from './present/presenter-layout';


/** The map's edges the presenter overlay covers while presenting (presenter-layout.ts), else none. */
function overlayInsets(map: AtlasMap) {
  if (appStore.get().presenting === null) return NO_INSETS;
  const container = map.map.getContainer();
  return presenterInsets([container.clientWidth || innerWidth, container.clientHeight || innerHeight]);
}

export function MapView() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<AtlasMap | null>(null);
  const [picked, setPicked] = useState<PickedFeature | null>(null);
  const [threeD, setThreeD] = useState(false);
  const dataset = useDataset();
  const visible = useAppState((state) => state.visibleLayers);
  const selection = useAppState((state) => state.selection);
  const presenting = useAppState((state) => state.presenting !== null);
  const queryClient = useQueryClient();

  // Whether the page opened on a camera of its own (a link's map=…): then the data is not fitted.
  const openedOnCamera = useRef(appStore.get().camera !== null);
  const fittedOnce = useRef(false);

  useEffect(() => {
    if (!container.current) return;
    const map = new AtlasMap(
      container.current,
      {
        onClick: (feature) => {
          // A measuring or drawing tool owns the clicks; picking would pop the inspector.
          if (isToolActive()) return;
          if (feature && dispatchLayerClick(String(feature.layer), feature.properties)) {
            setPicked(null);
            return;
          }
          setPicked(feature);
          const id = feature?.properties.id;
          const layer = feature ? BASE_LAYER_OF[String(feature.layer)] ?? feature.layer : undefined;
          if (feature && (typeof id === 'string' || typeof id === 'number') && typeof layer === 'string' && (LAYER_NAMES as readonly string[]).includes(layer)) {
            appStore.update({ selection: { layer: layer as LayerName, id } });
          }
        },
        onHover: (feature) => {
          map.map.getCanvas().style.cursor = feature ? 'pointer' : '';
        },
        onMove: (camera) => appStore.update({ camera }),
        onIdleFirst: () => {},
        onThemeShown: (theme) => mapThemeStore.update({ theme }),
      },
      appStore.get().camera,
      appStore.get().lang,
    );
    mapRef.current = map;
    registerMap(map);
    // The tools' layers (a shape being drawn, its measurement, 拟建 marks) go last, above any
    // analysis result, whichever panel registered first.
    const drawPanelLayers = () => {
      const { tools = [], ...panels } = panelLayersStore.get();
      map.setAnalysisLayers([...Object.values(panels).flat(), ...tools]);
    };
    const unsubscribe = panelLayersStore.subscribe(drawPanelLayers);
    let zoomFrame = 0;
    const onZoom = () => {
      if (zoomFrame) return;
      zoomFrame = requestAnimationFrame(() => {
        zoomFrame = 0;
        liveZoomStore.update({ zoom: map.map.getZoom() });
      });
    };
    map.map.on('zoom', onZoom);
    // For the e2e tests: the map, the store, when the app has settled (settled.ts), when the
    // workspace is saved (persistence.ts), and which analyses were asked of the worker, by data version.
    const analysesAsked = () => queryClient.getQueryCache().getAll()
      .filter((query) => query.queryKey[0] === 'analysis' && (query.state.dataUpdatedAt > 0 || query.state.fetchStatus !== 'idle'))
      .map((query) => ({ name: query.queryKey[1] as string, version: query.queryKey[2] as number }));
    Object.assign(window, { __atlas: { map, store: appStore, whenSettled: () => whenSettled(map, queryClient), whenSaved, analysesAsked } });
    return () => {
      map.map.off('zoom', onZoom);
      cancelAnimationFrame(zoomFrame);
      unsubscribe();
      registerMap(null);
      mapThemeStore.update({ theme: 'light' }); // a new map starts light
      map.destroy();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || dataset.version === 0) return;
    map.setData(dataset.layers, dataset.version);
    let stopFitting: (() => void) | undefined;
    // The first data fitted unless a link set the camera (the map's own resizes set one in the
    // store before any data); later data only when no camera is set (an import flies to itself).
    const firstFit = !fittedOnce.current && !openedOnCamera.current;
    if (firstFit || !appStore.get().camera) {
      const box = (dataset.manifest?.bbox as [number, number, number, number] | undefined) ?? null;
      if (box && container.current) {
        fittedOnce.current = true;
        stopFitting = fitUntilMoved(map, container.current, box);
      }
    }
    // Ready once the map has drawn this data: the next idle after the data is set.
    map.map.once('idle', () => requestAnimationFrame(markMapReady));
    map.map.triggerRepaint();
    return stopFitting;
  }, [dataset]);

  useEffect(() => mapRef.current?.setVisibleLayers(visible), [visible]);
  const layerOpacity = useAppState((state) => state.layerOpacity);
  useEffect(() => mapRef.current?.setLayerOpacity(layerOpacity), [layerOpacity]);

  // The online basemap, if any (off by default: DESIGN §5), and its attribution on the map.
  const basemap = useAppState((state) => state.basemap);
  const lang = useLang();
  useEffect(() => mapRef.current?.setLang(lang), [lang]);
  const basemapSettings = useBasemapSettings();
  const basemapLine = basemapCredit(basemap, basemapSettings, lang);
  useEffect(() => mapRef.current?.setBasemap(basemapParts(basemap, basemapSettings)), [basemap, basemapSettings]);

  // 深色: the basemap the app draws follows the UI's theme (an online basemap's tiles do not).
  const theme = useTheme();
  useEffect(() => mapRef.current?.setTheme(theme), [theme]);

  const colourBy = useAppState((state) => state.colourBy);
  useEffect(() => mapRef.current?.setCommunityColours(parseColourBy(colourBy)), [colourBy]);

  // A camera set from outside (a pasted link, a scene) moves the map; its own moves don't.
  // While presenting, the camera centres on the part of the map the overlay leaves clear.
  const camera = useAppState((state) => state.camera);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    const now = map.camera();
    const far = Math.abs(now.zoom - camera.zoom) > 0.01 || Math.abs(now.pitch - camera.pitch) > 0.5 || Math.abs(now.bearing - camera.bearing) > 0.5
      || Math.abs(now.longitude - camera.longitude) > 1e-5 || Math.abs(now.latitude - camera.latitude) > 1e-5;
    if (far) map.flyToCamera(camera, 1200, overlayInsets(map));
  }, [camera]);
  // Presenting takes the overlay's edges off the map (the flight to a scene carries them too);
  // leaving gives the whole map back, on the same centre. Only here, on the change: the camera
  // effect runs again, nested, from the moveend a new flight's stop() fires mid-flight, where
  // the padding is half-way, and a correction there would stop that flight, and so on.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const padding = overlayInsets(map);
    if (!presenting) map.map.setPadding(padding);
    else if (!map.map.isMoving() && !samePadding(map.map.getPadding(), padding)) map.map.easeTo({ padding, duration: 600 });
  }, [presenting]);

  // Communities coloured by their status as of the chosen year, dimmed outside the filter.
  const statusDisplay = useStatusDisplay();
  useEffect(() => {
    if (statusDisplay) mapRef.current?.setLayerData('communities', statusDisplay);
    else if (dataset.layers.communities) mapRef.current?.setLayerData('communities', dataset.layers.communities as FeatureCollection);
  }, [statusDisplay, dataset]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const collection = selection ? dataset.layers[selection.layer] : undefined;
    const feature = collection?.features.find((f) => String(featureId(f as never)) === String(selection?.id));
    map.setSelection({ type: 'FeatureCollection', features: feature ? [feature] : [] } as FeatureCollection);
  }, [selection, dataset]);

  return (
    <div className="map-wrapper">
      <div ref={container} className="map-canvas" data-testid="map" />
      <div className="map-controls">
        <button
          type="button"
          data-testid="toggle-3d"
          aria-pressed={threeD}
          onClick={() => {
            setThreeD(!threeD);
            mapRef.current?.set3D(!threeD);
          }}
        >
          {threeD ? t('map.view2d') : t('map.view3d')}
        </button>
        <MapTools />
        <Locator onPicked={(layer, properties) => setPicked({ layer, properties, x: 0, y: 0 })} />
      </div>
      {basemapLine && <div className="basemap-attribution" data-testid="basemap-attribution">{basemapLine}</div>}
      {!presenting && <MapLegend />}
      {picked && <Suspense fallback={null}><LazyInspector picked={picked} onClose={() => {
        // The card's × (or Esc) goes away with the card: the focus goes back to the map, not the page.
        setPicked(null);
        mapRef.current?.map.getCanvas().focus();
      }} /></Suspense>}
    </div>
  );
}
