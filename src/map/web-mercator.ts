/**
 * Ground size of a pixel on MapLibre's Web Mercator map (512-px tiles): the PNG's scale bar and
 * the zooms from which dense points, district names and catchment circles are drawn.
 */

/** Metres per CSS pixel at `latitude` and `zoom`. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The zoom at which a pixel is `metres` long at `latitude` (metresPerPixel's inverse). */
export function zoomForMetresPerPixel(metres: number, latitude: number): number {
  return Math.log2(metresPerPixel(latitude, 0) / metres);
}
