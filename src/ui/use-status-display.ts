/**
 * The communities layer as the map should draw it for the chosen year and cross-filter:
 * each feature gets `displayStatus` (DESIGN §3.5) and `dimmed`. Null when neither is set.
 */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { featureId } from '../model/types';
import { useAppState } from '../state/store';
import { useAnalysis } from './use-analysis';
import { useDataset } from './use-dataset';
import { dashboardParams } from './dashboard/dashboard-params';

export function useStatusDisplay(): FeatureCollection | null {
  const { layers } = useDataset();
  const year = useAppState((state) => state.year);
  const filter = useAppState((state) => state.filter);
  const active = year !== null || Boolean(filter.districtId || filter.status);
  const params = useMemo(() => dashboardParams(year, filter), [year, filter]);
  const query = useAnalysis('dashboard', params, active);
  const data = active ? query.data : undefined;
  return useMemo(() => {
    if (!data || !layers.communities) return null;
    const byId = new Map(data.communities.map((row) => [String(row.id), row]));
    return {
      type: 'FeatureCollection',
      features: layers.communities.features.map((feature) => {
        const row = byId.get(String(featureId(feature as never)));
        const dimmed = Boolean(row && ((filter.status && row.status !== filter.status) || (filter.districtId && String(row.districtId) !== filter.districtId)));
        return { ...feature, properties: { ...feature.properties, displayStatus: row?.status, dimmed } };
      }),
    } as FeatureCollection;
  }, [data, layers.communities, filter]);
}
