/**
 * In-page code for the big-data benchmark, as strings (tsx's keepNames would wrap functions
 * passed to page.evaluate in a `__name` helper the page lacks; see page-probes.ts).
 *  - BIG_PROBE_SCRIPT (addInitScript): every long task, and when the import dialog appeared and
 *    its apply button became enabled, all in page time (performance.now()).
 *  - COUNTERS_SOURCE: wraps GeoJSONSource.setData and the deck overlay's setProps to count data
 *    replacements per source / deck layer, and stamps when the buildings source was last given
 *    data and when the map was next idle (with how many buildings it then drew).
 */
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
  const atlas = window.__atlas.map;
  const map = atlas.map;
  const counters = { setData: {}, deckDataChanges: {}, deckSetProps: 0, buildingsSetDataAt: null, buildingsIdleAt: null, buildingsDrawn: null };
  window.__bigCounters = counters;
  const source = map.getSource('buildings');
  const proto = Object.getPrototypeOf(source);
  const setData = proto.setData;
  proto.setData = function (data, ...rest) {
    counters.setData[this.id] = (counters.setData[this.id] || 0) + 1;
    if (this.id === 'buildings') {
      counters.buildingsSetDataAt = performance.now();
      counters.buildingsIdleAt = null;
      const stamp = () => {
        // idle can come before the source's worker has the new data; wait until it is loaded.
        if (!map.isSourceLoaded('buildings')) { map.once('idle', stamp); return; }
        counters.buildingsIdleAt = performance.now();
        counters.buildingsDrawn = map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).length;
      };
      setTimeout(() => map.once('idle', stamp), 0);
    }
    return setData.call(this, data, ...rest);
  };
  const overlay = atlas.overlay;
  const previous = new Map();
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
  counters.reset = () => { counters.setData = {}; counters.deckDataChanges = {}; counters.deckSetProps = 0; };
  return true;
})()`;

/** Jumps to bounds and resolves with the time until the map is idle with buildings loaded. */
export const FIT_AND_IDLE_SOURCE = `(bounds) => new Promise((resolve) => {
  const map = window.__atlas.map.map;
  const start = performance.now();
  map.fitBounds(bounds, { duration: 0, padding: 20 });
  const done = () => {
    if (!map.isSourceLoaded('buildings') || !map.areTilesLoaded()) { map.once('idle', done); return; }
    resolve({ ms: performance.now() - start, drawn: map.queryRenderedFeatures({ layers: ['buildings-extrusion'] }).length, zoom: map.getZoom() });
  };
  map.once('idle', done);
})`;
