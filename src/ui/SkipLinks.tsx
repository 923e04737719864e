/**
 * Skip links (WCAG 2.4.1 Bypass Blocks): the first Tab stops of the workspace, hidden until
 * focused, 跳到地图 and (with the panel open) 跳到分析面板. The URL's hash holds the app's state
 * (state/url.ts), so a link does not follow its href: it moves the focus itself.
 * Left out of presenter mode (inert behind the overlay, and not drawn: styles.css); the map
 * PNG is drawn from the map's canvas, which never holds them.
 */
import type { MouseEvent } from 'react';
import { useAppState } from '../state/store';
import { useT } from './i18n';

/** The ids of the regions the links go to (App.tsx's map section, AnalysisPanel's aside). */
export const MAP_REGION_ID = 'atlas-map';
export const ANALYSIS_REGION_ID = 'atlas-analysis';

/** Focuses `inner` inside the region (the map's canvas, which the keyboard pans), else the region itself. */
function focusRegion(id: string, inner?: string): void {
  const region = document.getElementById(id);
  if (!region) return;
  const target = (inner ? region.querySelector<HTMLElement>(inner) : null) ?? region;
  if (target === region && !region.hasAttribute('tabindex')) region.tabIndex = -1;
  target.focus();
}

const follow = (id: string, inner?: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault();
  focusRegion(id, inner);
};

export function SkipLinks() {
  const t = useT();
  const analysisOpen = useAppState((state) => state.panels.right);
  return (
    <div className="skip-links">
      <a className="skip-link" href={`#${MAP_REGION_ID}`} data-testid="skip-to-map" onClick={follow(MAP_REGION_ID, '.maplibregl-canvas')}>{t('skip.map')}</a>
      {analysisOpen && <a className="skip-link" href={`#${ANALYSIS_REGION_ID}`} data-testid="skip-to-analysis" onClick={follow(ANALYSIS_REGION_ID)}>{t('skip.analysis')}</a>}
    </div>
  );
}
