/**
 * The map, created once and driven imperatively (Placemark's PMap pattern): MapLibre draws
 * the offline basemap and the facilities from the loaded layers; a deck.gl MapLibreOverlay
 * (interleaved, deck-overlay.ts, loaded with the first such layer) draws analysis results and
 * the tools' shapes. Setters skip unchanged data.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource, type MapMouseEvent, type PaddingOptions, type VectorTileSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Layer } from '@deck.gl/core';
import type { DeckOverlay } from './deck-overlay';
import { deckPending, whenMapDrawn } from './map-drawn';
import { type Bounds, cameraForBounds, type FlyToBoundsOptions, flyToBounds, flyToCamera } from './camera-moves';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import type { LayerSet } from '../model/types';
import type { Camera } from '../state/store';
import type { BasemapPart } from './basemaps';
import type { AtlasMapEvents, PickedFeature } from './map-events';
import { offlineStyle, STYLE_LAYERS_OF } from './style';
import { pickAt } from './map-picking';
import type { ColourBy } from './community-colours';
import { BlobSources, teachWorkersBlobUrls } from './blob-sources';
import { registerTileProtocol, tileUrl } from '../worker/tiles-client';
import { cullLayers, hiddenKey, mapView } from './layer-culling';
import { isSoftwareRenderer } from './renderer';
import { labelPoints } from './label-points';
import { pointsMinZoom, SPARSE_POINT_LAYERS } from './detail-zoom';
import type { LayerOpacity } from './layer-opacity';
import { StyleOpacity } from './style-opacity';
import { MapControls, maplibreLocale } from './maplibre-locale';
import type { Lang } from '../i18n/strings';
import { MapThemeSwitch } from './map-theme';
import type { MapTheme } from './palette';

setWorkerUrl(workerUrl);
registerTileProtocol();

export type { PickedFeature, AtlasMapEvents } from './map-events';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Layers named on the map from one label point per feature (label-points.ts), not per tile. */
const LABEL_SOURCE_OF: Partial<Record<LayerName, string>> = { communities: 'communityLabels', districts: 'districtLabels' };

export class AtlasMap {
  readonly map: MapLibreMap;
  private overlay: DeckOverlay | null = null;
  /** Set once the overlay's chunk is asked for (the first deck layer). */
  private overlayLoading = false;
  private removed = false;
  /** Whether the selection source holds a feature (setSelection). */
  private selectionShown = false;
  private data: LayerSet = {};
  private visible = new Set<LayerName>(LAYER_NAMES);
  /** Whether the deck layers wait for the map to be idle to be set again (refreshDeck). */
  private groupsPending = false;
  private readonly styleOpacity = new StyleOpacity();
  private analysisLayers: Layer[] = [];
  /** The analysis layers the view hides now (layer-culling.ts's hiddenKey). */
  private hidden = '';
  private loaded = false;
  private pending: (() => void)[] = [];
  /** What each MapLibre source currently shows, to skip unchanged setData calls. */
  private drawn = new Map<string, FeatureCollection>();
  /** GeoJSON sources, fed by a blob: URL where the import kept the text (blob-sources.ts). */
  private readonly sources: BlobSources;
  private readonly controls: MapControls;
  private readonly theme: MapThemeSwitch;

  constructor(container: HTMLElement, events: AtlasMapEvents, camera: Camera | null, lang: Lang = 'zh') {
    this.map = new MapLibreMap({
      container,
      style: offlineStyle(),
      center: camera ? [camera.longitude, camera.latitude] : [120.14, 30.31],
      zoom: camera?.zoom ?? 14,
      pitch: camera?.pitch ?? 0,
      bearing: camera?.bearing ?? 0,
      maxPitch: 70,
      attributionControl: false,
      locale: maplibreLocale(lang),
      // preserveDrawingBuffer: to read pixels back (PNG export, tests); NOTES.md. No
      // multisampling on a software rasteriser (renderer.ts): it doubles every frame there.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: !isSoftwareRenderer() },
      localIdeographFontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    });
    this.controls = new MapControls(this.map, lang);
    this.sources = new BlobSources(this.map);
    this.theme = new MapThemeSwitch(this.map, (theme) => events.onThemeShown?.(theme));
    this.map.on('load', () => {
      this.loaded = true;
      // Ahead of any import: its big layers reach MapLibre's workers by blob: URL.
      void teachWorkersBlobUrls();
      this.pending.splice(0).forEach((run) => run());
      this.refreshDeck();
      this.map.once('idle', () => events.onIdleFirst());
    });
    // Not after measureSize's resize: the camera did not move, and the flight that follows ends with its own.
    this.map.on('moveend', (event) => {
      if (!(event as { sizeOnly?: boolean }).sizeOnly) events.onMove(this.camera());
    });
    // Layers with bounds are drawn only while in view (layer-culling.ts): checked once a frame.
    let cullFrame = 0;
    this.map.on('move', () => {
      if (cullFrame) return;
      cullFrame = requestAnimationFrame(() => {
        cullFrame = 0;
        if (hiddenKey(this.analysisLayers, mapView(this.map)) !== this.hidden) this.refreshDeck();
      });
    });
    this.map.on('click', (event: MapMouseEvent) => events.onClick(this.pick(event.point.x, event.point.y)));
    // Hover picking at most once a frame: picking reads back the GPU and must not pile up.
    let hoverFrame = 0;
    this.map.on('mousemove', (event: MapMouseEvent) => {
      if (hoverFrame) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        events.onHover(this.pick(event.point.x, event.point.y));
      });
    });
  }

  private whenLoaded(run: () => void) {
    if (this.loaded) run();
    else this.pending.push(run);
  }

  camera(): Camera {
    const centre = this.map.getCenter();
    return { longitude: centre.lng, latitude: centre.lat, zoom: this.map.getZoom(), pitch: this.map.getPitch(), bearing: this.map.getBearing() };
  }

  /** `version` is the data version the workers hold these layers under (the tiles are cut there). */
  setData(layers: LayerSet, version: number) {
    this.data = layers;
    this.whenLoaded(() => {
      for (const name of LAYER_NAMES) {
        const collection = (layers[name] ?? EMPTY) as FeatureCollection;
        if (this.drawn.get(name) === collection) continue;
        this.drawn.set(name, collection);
        if (name === 'buildings' || name === 'roads') (this.map.getSource(name) as VectorTileSource | undefined)?.setTiles([tileUrl(name, version)]);
        else this.sources.give(name, collection);
        if (name in SPARSE_POINT_LAYERS) this.map.setLayerZoomRange(SPARSE_POINT_LAYERS[name as keyof typeof SPARSE_POINT_LAYERS], pointsMinZoom(collection), 24);
        const labels = LABEL_SOURCE_OF[name];
        if (labels) (this.map.getSource(labels) as GeoJSONSource | undefined)?.setData(labelPoints(collection));
      }
      this.refreshDeck();
    });
  }

  setCommunityColours(colourBy: ColourBy) {
    this.whenLoaded(() => this.theme.setColourBy(colourBy));
  }

  /** Shows an online basemap's raster layers (basemaps.ts) just above the background, in place of the last one's, in the theme shown. */
  setBasemap(parts: readonly BasemapPart[]) {
    this.whenLoaded(() => {
      for (const layer of this.map.getStyle().layers) if (layer.id.startsWith('basemap-')) this.map.removeLayer(layer.id);
      for (const source of Object.keys(this.map.getStyle().sources)) if (source.startsWith('basemap-')) this.map.removeSource(source);
      for (const part of parts) {
        this.map.addSource(part.id, part.source);
        this.map.addLayer({ ...part.layer, paint: this.theme.basemapPaintOf(part.content) }, 'districts-fill');
      }
      this.theme.setBasemap(parts);
    });
  }

  /** The basemap in the UI's theme (map-theme.ts). */
  setTheme(theme: MapTheme) {
    this.whenLoaded(() => this.theme.set(theme));
  }

  /** Runs an export's drawing on the light basemap, whatever the UI's theme, waiting until the map has drawn it (map-theme.ts). */
  lightFor = <T>(run: () => Promise<T> | T): Promise<T> => this.theme.lightFor(this.whenDrawn, run);

  /** Replaces one layer's drawn data, e.g. communities with their status as of a year. */
  setLayerData(name: LayerName, collection: FeatureCollection) {
    this.whenLoaded(() => {
      // With no year or filter, MapView hands back the collection setData just gave: parsing
      // it again in MapLibre's worker held back the first frame.
      if (this.drawn.get(name) === collection) return;
      this.drawn.set(name, collection);
      this.sources.give(name, collection);
    });
  }

  /** Scales each layer's opacities by its factor (layer-opacity.ts). */
  setLayerOpacity(opacity: LayerOpacity) {
    this.whenLoaded(() => this.styleOpacity.apply(this.map, opacity));
  }

  setVisibleLayers(names: readonly LayerName[]) {
    this.visible = new Set(names);
    this.whenLoaded(() => {
      for (const name of LAYER_NAMES) {
        for (const styleLayer of STYLE_LAYERS_OF[name]) {
          if (this.map.getLayer(styleLayer)) this.map.setLayoutProperty(styleLayer, 'visibility', this.visible.has(name) ? 'visible' : 'none');
        }
      }
    });
  }

  setAnalysisLayers(layers: Layer[]) {
    this.analysisLayers = layers;
    this.whenLoaded(() => this.refreshDeck());
  }

  setSelection(collection: FeatureCollection) {
    this.whenLoaded(() => {
      // MapView sets the selection with every dataset: an empty one over an empty source cost a
      // round trip to MapLibre's worker and a frame while the first data was drawn.
      const shows = collection.features.length > 0;
      if (!shows && !this.selectionShown) return;
      this.selectionShown = shows;
      (this.map.getSource('selection') as GeoJSONSource | undefined)?.setData(collection);
    });
  }

  /** The deck layers now set, with their item counts and whether each is drawn in the current view (not culled: layer-culling.ts); for the legend and tests. */
  deckLayerSummary(): { id: string; items: number; drawn: boolean }[] {
    const itemsOf = (data: unknown): number => {
      if (Array.isArray(data)) return data.length;
      const shaped = data as { features?: unknown[]; length?: unknown } | null;
      // GeoJSON, or binary rows (elevator-units.ts) with a length.
      return shaped?.features?.length ?? (typeof shaped?.length === 'number' ? shaped.length : 0);
    };
    const culled = cullLayers(this.analysisLayers, mapView(this.map));
    return [...this.analysisLayers.map((layer, i) => ({ id: layer.id, items: itemsOf(layer.props.data), drawn: culled[i].props.visible !== false }))];
  }

  /** Resolves once the map shows everything it was given, deck.gl's layers included (map-drawn.ts). */
  whenDrawn = (): Promise<void> =>
    whenMapDrawn(this.map, () => this.removed, () => deckPending(this.overlay, this.analysisLayers.length, this.groupsPending));

  /** deck.gl and luma.gl (≈200 kB gzip) load with the first deck layer: the first frame has none. */
  private loadOverlay() {
    if (this.overlayLoading || !this.loaded) return;
    this.overlayLoading = true;
    void import('./deck-overlay').then(({ addOverlay }) => {
      if (this.removed) return;
      this.overlay = addOverlay(this.map);
      this.refreshDeck();
    });
  }

  private refreshDeck() {
    if (!this.overlay) {
      if (this.analysisLayers.length > 0) this.loadOverlay();
      return;
    }
    const view = mapView(this.map);
    this.hidden = hiddenKey(this.analysisLayers, view);
    this.overlay.setProps({ layers: cullLayers(this.analysisLayers, view) });
    // @deck.gl/maplibre places its layer groups (where `beforeId` puts deck layers in the
    // style) only while map.isStyleLoaded(), which is false whenever a source is still loading
    // (a new GeoJSON, building tiles). Without its group a layer was drawn over everything,
    // the community names included. So once the map is idle, the layers are set again.
    if (!this.map.isStyleLoaded() && !this.groupsPending) {
      this.groupsPending = true;
      this.map.once('idle', () => {
        this.groupsPending = false;
        this.refreshDeck();
      });
    }
  }

  private pick(x: number, y: number): PickedFeature | null {
    return pickAt(this.map, this.overlay, this.data, x, y);
  }

  /** The camera flyToBounds would end on for these bounds (north up, flat) on the map as it is sized now; null if none fits. */
  cameraForBounds = (bounds: Bounds): Camera | null => cameraForBounds(this.map, bounds);

  /** Fits the bounds (padding 60, zoom at most 17.5); with `minZoom`, no further out than it, on the bounds' centre. */
  flyToBounds = (bounds: Bounds, options: FlyToBoundsOptions = {}) => flyToBounds(this.map, bounds, options);

  flyToCamera = (camera: Camera, duration = 1500, padding?: PaddingOptions) => flyToCamera(this.map, camera, duration, padding);

  set3D(on: boolean) {
    this.map.easeTo({ pitch: on ? 55 : 0, bearing: on ? -20 : 0, duration: 800 });
  }

  /** MapLibre's tooltips in the app's language. */
  setLang = (lang: Lang) => this.controls.setLang(lang);

  destroy() {
    this.removed = true;
    this.map.remove();
  }
}
