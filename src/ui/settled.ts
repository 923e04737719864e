/**
 * When the app has done what it was asked and drawn it: no analysis running in the worker
 * (the query cache) and the map drawn (AtlasMap.whenDrawn), with the query cache quiet while
 * the map was being drawn (a result that landed meanwhile is drawn in another round). The
 * e2e tests wait on this (window.__atlas.whenSettled, test/e2e/harness.ts `settle`) instead
 * of sleeping for as long as a quiet machine needs. A promise rather than a DOM attribute: an
 * attribute still says "settled" from before the change a test has just made.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AtlasMap } from '../map/atlas-map';

function queriesIdle(queries: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    if (queries.isFetching() === 0) return resolve();
    const unsubscribe = queries.getQueryCache().subscribe(() => {
      if (queries.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

export async function whenSettled(map: AtlasMap, queries: QueryClient): Promise<void> {
  for (;;) {
    await queriesIdle(queries);
    let changed = false;
    const unsubscribe = queries.getQueryCache().subscribe(() => { changed = true; });
    try {
      await map.whenDrawn();
    } finally {
      unsubscribe();
    }
    if (!changed && queries.isFetching() === 0) return;
  }
}
