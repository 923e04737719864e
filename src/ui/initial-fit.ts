/**
 * The first view of the data: its bounds fitted in what the legend card leaves clear, and
 * fitted again while the layout settles (the dashboard opening under the map, the legend
 * filling in or being folded, the window resized), until anything else has moved the map: the
 * planner's hand, a scene, a link. Fitted once to a fixed camera, the demo started with its
 * south-west corner under the legend.
 */
import type { AtlasMap } from '../map/atlas-map';
import type { Bounds } from '../map/camera-moves';
import type { Camera } from '../state/store';
import { legendCoverIn } from './map-overlays';

const sameCamera = (a: Camera, b: Camera) =>
  Math.abs(a.zoom - b.zoom) < 1e-6 && Math.abs(a.longitude - b.longitude) < 1e-9 && Math.abs(a.latitude - b.latitude) < 1e-9
  && Math.abs(a.pitch - b.pitch) < 1e-6 && Math.abs(a.bearing - b.bearing) < 1e-6;

/** Fits `box` now and after every layout change until the map is moved otherwise; returns the stop. */
export function fitUntilMoved(map: AtlasMap, canvas: HTMLElement, box: Bounds): () => void {
  let fitted: Camera | null = null;
  let fitting = false;
  // Set by a move not of ours: a flight (a scene, presenting) or the planner's hand. A resize
  // fires movestart too, then its own resize event, which clears it.
  let movedOtherwise = false;
  let frame = 0;
  const fit = () => {
    fitting = true;
    try {
      // A narrower margin than a fit's 60 px: the legend's strip already keeps one side clear,
      // and the demo is then drawn at zoom 14, where the communities' names show.
      map.flyToBounds(box, { duration: 0, covered: legendCoverIn(canvas), margin: 40 });
    } finally {
      fitting = false;
    }
    fitted = map.camera();
  };
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      // A resize keeps the centre and zoom: a camera other than the last fit's was moved otherwise.
      if (movedOtherwise || (fitted && !sameCamera(map.camera(), fitted))) stop();
      else fit();
    });
  });
  const onMoveStart = () => {
    if (!fitting) movedOtherwise = true;
  };
  const onResize = () => {
    movedOtherwise = false;
  };
  const onMoveEnd = () => {
    if (movedOtherwise) stop();
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    map.map.off('movestart', onMoveStart);
    map.map.off('resize', onResize);
    map.map.off('moveend', onMoveEnd);
  };
  map.map.on('movestart', onMoveStart);
  map.map.on('resize', onResize);
  map.map.on('moveend', onMoveEnd);
  observer.observe(canvas);
  const legend = canvas.parentElement?.querySelector('[data-testid="map-legend"]');
  if (legend) observer.observe(legend);
  fit();
  return stop;
}
