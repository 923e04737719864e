/**
 * DataTable fetched when first drawn: the summary panel opens with the page, and its districts
 * table (with TanStack Virtual, 12 kB gzip) only draws once the worker's summary is back, after
 * the map's first frame; imported statically it was fetched before that frame.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import type { DataTable } from './DataTable';

// Generic components lose their type parameter through lazy(): LazyDataTable puts it back.
type AnyProps = Record<string, unknown>;
const Loaded = lazy(() => import('./DataTable').then((module) => ({ default: module.DataTable as unknown as ComponentType<AnyProps> })));

export function LazyDataTable<Row>(props: Parameters<typeof DataTable<Row>>[0]) {
  return (
    <Suspense fallback={null}>
      <Loaded {...(props as unknown as AnyProps)} />
    </Suspense>
  );
}
