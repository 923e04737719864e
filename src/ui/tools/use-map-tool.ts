/**
 * Wires the active tool to the MapLibre map: clicks add vertices, a double-click or Enter
 * finishes, Esc cancels, Backspace drops the last vertex, and the pointer drags the rubber
 * band. Double-click zoom is switched off while a tool is active, or finishing a shape
 * would also zoom the map.
 */
import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { atlasMap } from '../map-context';
import { addPoint, cancel, finish, moveHover, removeLastPoint, toolStore, type ToolName } from './tool-state';
import type { LonLat } from './measure';

/** Clicks closer than this to the last vertex are the two clicks of a double-click. */
const SAME_PLACE_PX = 4;

/** True when a key press belongs to a form field (typing a site's name, a parameter). */
export function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return Boolean(target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)));
}

/**
 * Listens to the map while `tool` is set; `onSite` receives a completed candidate site.
 * The map exists by then: a tool is only chosen by a click after the map was mounted.
 */
export function useMapTool(tool: ToolName | null, onSite: (points: LonLat[]) => void) {
  useEffect(() => {
    const atlas = atlasMap();
    if (!tool || !atlas) return;
    const map = atlas.map;
    const container = map.getContainer();

    const doFinish = () => {
      const outcome = finish(toolStore.get());
      toolStore.update(outcome.state);
      if (outcome.site) onSite(outcome.site);
    };
    const onClick = (event: MapMouseEvent) => {
      const state = toolStore.get();
      const last = state.points[state.points.length - 1];
      if (last && !state.finished) {
        const pixel = map.project(last);
        if (Math.hypot(pixel.x - event.point.x, pixel.y - event.point.y) < SAME_PLACE_PX) return;
      }
      toolStore.update(addPoint(state, [event.lngLat.lng, event.lngLat.lat]));
    };
    const onDoubleClick = (event: MapMouseEvent) => {
      event.preventDefault();
      doFinish();
    };
    const onMove = (event: MapMouseEvent) => toolStore.update(moveHover(toolStore.get(), [event.lngLat.lng, event.lngLat.lat]));
    const onLeave = () => toolStore.update(moveHover(toolStore.get(), null));
    const onKey = (event: KeyboardEvent) => {
      if (typingInField(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter') doFinish();
      else if (event.key === 'Escape') toolStore.update(cancel(toolStore.get()));
      else if (event.key === 'Backspace') toolStore.update(removeLastPoint(toolStore.get()));
      else return;
      event.preventDefault();
    };

    map.doubleClickZoom.disable();
    container.classList.add('atlas-tool-active');
    map.on('click', onClick);
    map.on('dblclick', onDoubleClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    window.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      map.off('dblclick', onDoubleClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      window.removeEventListener('keydown', onKey);
      container.classList.remove('atlas-tool-active');
      map.doubleClickZoom.enable();
    };
  }, [tool, onSite]);
}
