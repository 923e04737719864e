/**
 * The priority weights from the URL (`w_parking=2…`): shared by the panel and by presenter
 * mode's requests, which must ask for the very query the panel shows (same key, cached).
 */
import { CRITERIA, DEFAULT_PRIORITY_WEIGHTS, type CriterionName } from '../../analysis/priority/params';

export function weightsFromUrl(url: Record<string, string>): Record<CriterionName, number> {
  return Object.fromEntries(CRITERIA.map((name) => {
    const value = Number(url[`w_${name}`]);
    return [name, url[`w_${name}`] !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_PRIORITY_WEIGHTS[name]];
  })) as Record<CriterionName, number>;
}
