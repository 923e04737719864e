/**
 * In-page code for the big-data benchmark, as strings (tsx's keepNames would wrap functions
 * passed to page.evaluate in a `__name` helper the page lacks; see page-probes.ts).
 *  - BIG_PROBE_SCRIPT (addInitScript): every long task, and when the import dialog appeared and
 *    its apply button became enabled, all in page time (performance.now()).
 *  - COUNTERS_SOURCE: wraps GeoJSONSource.setData, VectorTileSource.setTiles and the deck
 *    overlay's setProps to count data replacements per source / deck layer, and stamps when the
 *    buildings source (vector tiles from the tile worker) was last given new tiles and when the
 *    map was next idle with them loaded (with how many distinct buildings it then drew).
 *  - Buildings are counted by id: a building crossing a tile edge is in both tiles.
 *  - IDLE_SOURCE, and applyImport: the import dialog's apply clicked, then the buildings drawn.
 */
import type { Page } from 'playwright-core';

export const BIG_PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [], dialogAt: null, applyEnabledAt: null, slowCalls: [] };
  window.__bigProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const dialog = document.querySelector('[data-testid="import-dialog"]');
    if (dialog && probe.dialogAt === null) probe.dialogAt = performance.now();
    const apply = document.querySelector('[data-testid="import-apply"]');
    if (apply && !apply.disabled && probe.applyEnabledAt === null) probe.applyEnabledAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

export const COUNTERS_SOURCE = `(() => {
  window.__distinctBuildings = (map) => new Set(map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).map((f) => f.properties.id)).size;
  const atlas = window.__atlas.map;
  const map = atlas.map;
  const counters = { setData: {}, deckDataChanges: {}, deckSetProps: 0, buildingsSetDataAt: null, buildingsIdleAt: null };
  window.__bigCounters = counters;
  const proto = Object.getPrototypeOf(map.getSource('communities'));
  const setData = proto.setData;
  proto.setData = function (data, ...rest) {
    counters.setData[this.id] = (counters.setData[this.id] || 0) + 1;
    return setData.call(this, data, ...rest);
  };
  const tilesProto = Object.getPrototypeOf(map.getSource('buildings'));
  const setTiles = tilesProto.setTiles;
  tilesProto.setTiles = function (tiles, ...rest) {
    counters.setData[this.id] = (counters.setData[this.id] || 0) + 1;
    // The roads are tiled the same way (tile-layers.ts): only the buildings' tiles are timed.
    if (this.id !== 'buildings') return setTiles.call(this, tiles, ...rest);
    counters.buildingsSetDataAt = performance.now();
    counters.buildingsIdleAt = null;
    const stamp = () => {
      // idle can come before the tiles of the new data are in; wait until they are loaded.
      if (!map.isSourceLoaded('buildings') || !map.areTilesLoaded()) { map.once('idle', stamp); return; }
      // The distinct buildings are counted later, by the bench, after the import's long tasks
      // are read: queryRenderedFeatures over 240k buildings is a 0.3–0.5 s task of its own.
      counters.buildingsIdleAt = performance.now();
    };
    setTimeout(() => map.once('idle', stamp), 0);
    return setTiles.call(this, tiles, ...rest);
  };
  const previous = new Map();
  const wrap = (overlay) => {
    const setProps = overlay.setProps.bind(overlay);
    overlay.setProps = (props) => {
      counters.deckSetProps++;
      for (const layer of props.layers || []) {
        if (!layer || !layer.id) continue;
        if (previous.has(layer.id) && previous.get(layer.id) !== layer.props.data) counters.deckDataChanges[layer.id] = (counters.deckDataChanges[layer.id] || 0) + 1;
        previous.set(layer.id, layer.props.data);
      }
      return setProps(props);
    };
  };
  // deck.gl loads with the first analysis layer (atlas-map.ts loadOverlay): the overlay is null
  // until then, so its setProps is wrapped whenever it is assigned.
  let overlay = atlas.overlay;
  if (overlay) wrap(overlay);
  Object.defineProperty(atlas, 'overlay', {
    configurable: true,
    get: () => overlay,
    set: (value) => { overlay = value; if (value) wrap(value); },
  });
  counters.reset = () => { counters.setData = {}; counters.deckDataChanges = {}; counters.deckSetProps = 0; };
  return true;
})()`;

/** Jumps to bounds (or to their centre at a zoom) and resolves with the time until the map is idle with buildings loaded. */
export const FIT_AND_IDLE_SOURCE = `(bounds, zoom) => new Promise((resolve) => {
  const map = window.__atlas.map.map;
  const start = performance.now();
  if (zoom == null) map.fitBounds(bounds, { duration: 0, padding: 20 });
  else map.jumpTo({ center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom, pitch: 0 });
  const done = () => {
    if (!map.isSourceLoaded('buildings') || !map.areTilesLoaded()) { map.once('idle', done); return; }
    resolve({ ms: performance.now() - start, drawn: window.__distinctBuildings(map), zoom: map.getZoom() });
  };
  map.once('idle', done);
})`;

/** Resolves once the map is idle with every source's tiles loaded. */
export const IDLE_SOURCE = `() => new Promise((resolve) => {
  const map = window.__atlas.map.map;
  const done = () => { if (!map.areTilesLoaded()) { map.once('idle', done); return; } resolve(performance.now()); };
  map.once('idle', done);
  map.triggerRepaint();
})`;

/**
 * Clicks the import dialog's apply (stamped in page time, in the same task as the click) and
 * waits until the buildings' new tiles are drawn (COUNTERS_SOURCE's stamps); the click's time.
 */
export async function applyImport(page: Page, timeout: number): Promise<number> {
  const applyAt = (await page.evaluate(`(() => { const at = performance.now(); document.querySelector('[data-testid="import-apply"]').click(); return at; })()`)) as number;
  await page.waitForFunction('window.__bigCounters.buildingsIdleAt !== null && window.__bigCounters.buildingsSetDataAt > ' + applyAt, undefined, { timeout, polling: 200 });
  return applyAt;
}
