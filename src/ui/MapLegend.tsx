/**
 * The legend as a card at the map's bottom left (UX.md: "legend bottom-left", "nothing covers
 * the legend"): it stays while the side panels are hidden and above the dashboard's fold.
 * Collapsible to its title; a tall legend scrolls inside the card. Presenter mode has its own
 * (PresenterOverlay), so the app leaves this one out while presenting.
 */
import { useState } from 'react';
import { Legend } from './Legend';
import { useT } from './i18n';

export function MapLegend() {
  const t = useT();
  const [open, setOpen] = useState(true);
  return (
    <div className="map-legend" data-testid="map-legend" data-open={open}>
      <button type="button" className="map-legend-toggle" data-testid="map-legend-toggle" aria-expanded={open}
        title={open ? t('legend.collapse') : t('legend.expand')} onClick={() => setOpen(!open)}>
        {t('legend.title')} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {/* The body scrolls, not the card: a scrolling box over the WebGL canvas left a blank
          band under software compositing (the inspector's card has the same split). */}
      <div className="map-legend-body" hidden={!open}><Legend heading={false} /></div>
    </div>
  );
}
