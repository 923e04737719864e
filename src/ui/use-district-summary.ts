/**
 * 概况's row for one district, from the summary the 概况 panel and the dashboard ask the worker
 * for (cached: nothing is computed again); undefined until it has run, or for no such district.
 */
import type { SummaryRow } from '../analysis/summary';
import { useAnalysis } from './use-analysis';

const NO_PARAMS = {} as Record<string, never>;

export function useDistrictSummary(districtId: string, enabled = true): SummaryRow | undefined {
  const { data } = useAnalysis('summary', NO_PARAMS, enabled);
  return data?.districts.find((row) => row.id !== null && String(row.id) === districtId);
}
