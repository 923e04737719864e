/**
 * Each community's district (DESIGN §3) as the engine finds it: the dashboard analysis with
 * its default parameters lists every community with its districtId (property first, else the
 * district holding the largest share of its area). Same query key as the dashboard's
 * unfiltered view, so an open dashboard has already paid for it. Undefined until it lands.
 */
import { useMemo } from 'react';
import { useAnalysis } from '../use-analysis';
import { communityDistrictsFrom, type CommunityDistricts } from './sheet-target';

// Stable: the parameters are the query key (the dashboard's with no year and no filter).
const UNFILTERED = { year: null, filter: {} };

export function useCommunityDistricts(enabled = true): { districts: CommunityDistricts | undefined; failed: boolean } {
  const query = useAnalysis('dashboard', UNFILTERED, enabled);
  // Not the previous data version's answer (the query keeps it as a placeholder).
  const data = query.isPlaceholderData ? undefined : query.data;
  const districts = useMemo(() => (data ? communityDistrictsFrom(data.communities) : undefined), [data]);
  return { districts, failed: query.isError };
}
