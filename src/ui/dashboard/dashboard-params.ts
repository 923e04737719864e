/**
 * The dashboard's query for a year and cross-filter: the dashboard, the map's status colours
 * and a scene card showing the status as of a year ask for the same one (one cached result).
 * A module of its own: the dashboard is drawn with the first frame.
 */
import type { RenovationStatus } from '../../model/codes';

export function dashboardParams(year: number | null, filter: { districtId?: string; status?: string }) {
  return { year, filter: filter.districtId || filter.status ? { districtId: filter.districtId, status: filter.status as RenovationStatus | undefined } : {} };
}
