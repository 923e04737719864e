/**
 * The map's camera moves (fit to bounds, fly to a saved camera) as functions over the MapLibre
 * map, so atlas-map.ts keeps to its layers. Padding 60 px and zoom at most 17.5, as everywhere.
 */
import { LngLat, type Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';
import type { Camera } from '../state/store';

export type Bounds = [number, number, number, number];
export interface FlyToBoundsOptions {
  pitch?: number; bearing?: number; duration?: number; minZoom?: number;
  /**
   * Pixels an overlay covers along the map's edges (the legend card), added to the padding, so
   * the bounds are fitted in what it leaves clear. A list: the ways overlays can leave the map
   * clear (a card's strip at the right or at the bottom); the fit takes the one that shows the
   * bounds largest.
   */
  covered?: Partial<PaddingOptions> | readonly Partial<PaddingOptions>[];
  /** The margin round the bounds (px); 60 unless given. */
  margin?: number;
  /** The closest the fit zooms in; FIT_MAX_ZOOM unless given. */
  maxZoom?: number;
}

/** The closest any fit zooms in (a single small building would otherwise fill the screen). */
export const FIT_MAX_ZOOM = 17.5;
const FIT = { padding: 60, maxZoom: FIT_MAX_ZOOM };

/** The camera flyToBounds would end on for these bounds (north up, flat) on the map as it is sized now; null if none fits. */
export function cameraForBounds(map: MapLibreMap, bounds: Bounds): Camera | null {
  const fitted = map.cameraForBounds(bounds, FIT);
  if (!fitted?.center || fitted.zoom === undefined) return null;
  const centre = LngLat.convert(fitted.center);
  return { longitude: centre.lng, latitude: centre.lat, zoom: fitted.zoom, pitch: 0, bearing: 0 };
}

/** Fits the bounds; with `minZoom`, no further out than it, on the bounds' centre. */
export function flyToBounds(map: MapLibreMap, bounds: Bounds, options: FlyToBoundsOptions = {}) {
  const margin = options.margin ?? FIT.padding;
  const paddingOf = (covered: Partial<PaddingOptions>) =>
    ({ top: margin + (covered.top ?? 0), right: margin + (covered.right ?? 0), bottom: margin + (covered.bottom ?? 0), left: margin + (covered.left ?? 0) });
  const base = { ...FIT, maxZoom: options.maxZoom ?? FIT.maxZoom, duration: options.duration ?? 1200, pitch: options.pitch, bearing: options.bearing };
  const alternatives = Array.isArray(options.covered) ? options.covered : [options.covered ?? {}];
  // When the bounds fit in none of what the overlays leave (a short map, a tall card), over them: a flight that does not move helps no one.
  const padding = closestFit(alternatives.map(paddingOf), (candidate) => map.cameraForBounds(bounds, { ...base, padding: candidate })?.zoom) ?? paddingOf({});
  const fit = { ...base, padding };
  const camera = options.minZoom === undefined ? undefined : map.cameraForBounds(bounds, fit);
  if (camera?.zoom !== undefined && camera.zoom < options.minZoom!) {
    map.flyTo({ ...camera, zoom: options.minZoom, duration: fit.duration });
    return;
  }
  map.fitBounds(bounds, fit);
}

/**
 * Of the paddings, the one whose fit zooms in furthest (`zoomOf` undefined: the bounds do not
 * fit in what it leaves, and MapLibre would keep the camera); null when none fits.
 */
export function closestFit<P>(paddings: readonly P[], zoomOf: (padding: P) => number | undefined): P | null {
  let best: P | null = null;
  let bestZoom = -Infinity;
  for (const padding of paddings) {
    const zoom = zoomOf(padding);
    if (zoom !== undefined && zoom > bestZoom) [best, bestZoom] = [padding, zoom];
  }
  return best;
}

/** `padding`: the map's edges an overlay covers; the camera's centre is the centre of the rest. */
export function flyToCamera(map: MapLibreMap, camera: Camera, duration = 1500, padding?: PaddingOptions) {
  // A flight keeps the pixel centre of the map's size when it starts: a container resized
  // and not yet measured (presenter mode hides the panels in the render that sets a scene's
  // camera) would have it land off centre by half the change. Measured first, then.
  measureSize(map);
  map.flyTo({ center: [camera.longitude, camera.latitude], zoom: camera.zoom, pitch: camera.pitch, bearing: camera.bearing, duration, ...(padding ? { padding } : {}) });
}

/** Resizes the map to its container if MapLibre has not yet (its observer reports a frame later). */
function measureSize(map: MapLibreMap) {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  // sizeOnly: atlas-map's moveend handler skips it (the camera did not move).
  if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight) map.resize({ sizeOnly: true });
}
