/**
 * 方案比选's scenario B as URL parameters (pure, shared by the panels' ScenarioCompare and by
 * presenter mode's prefetch, so a comparison scene's B is computed before it is shown).
 */
import type { ParamSpec } from '../components/params';

/** Whether the view compares with scenario B (`compare=1`). */
export const comparing = (url: Record<string, string>) => url.compare === '1';

/** Scenario B's URL parameters: b_<urlKey> when present, else A's. */
export function scenarioBUrl(specs: readonly ParamSpec[], url: Record<string, string>): Record<string, string> {
  const b: Record<string, string> = { ...url };
  for (const spec of specs) if (url[`b_${spec.urlKey}`] !== undefined) b[spec.urlKey] = url[`b_${spec.urlKey}`];
  return b;
}
