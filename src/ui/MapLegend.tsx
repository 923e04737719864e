/**
 * The legend as a card at the map's bottom left (UX.md: "legend bottom-left", "nothing covers
 * the legend"): it stays while the side panels are hidden and above the dashboard's fold.
 * Collapsible to its title; a tall legend scrolls inside the card. Presenter mode has its own
 * (PresenterOverlay), so the app leaves this one out while presenting.
 *
 * On a short map (a 1024 × 768 screen with the dashboard open leaves ~420 px) it is collapsed:
 * open, it would hide most of the map the planner is looking at. It follows the map's height
 * (the dashboard opened or closed) until the planner opens or closes it by hand.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Legend } from './Legend';
import { useT } from './i18n';

/** Below this map height (px) the legend is collapsed unless the planner opened it. */
const SHORT_MAP_PX = 480;

export function MapLegend() {
  const t = useT();
  const [open, setOpen] = useState(true);
  const card = useRef<HTMLDivElement>(null);
  const chosenByHand = useRef(false);
  useLayoutEffect(() => {
    const map = card.current?.parentElement;
    if (!map) return;
    const follow = () => {
      if (!chosenByHand.current && map.clientHeight > 0) setOpen(map.clientHeight >= SHORT_MAP_PX);
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(map);
    return () => observer.disconnect();
  }, []);
  const toggle = () => {
    chosenByHand.current = true;
    setOpen(!open);
  };
  return (
    <div className="map-legend" data-testid="map-legend" data-open={open} ref={card}>
      <button type="button" className="map-legend-toggle" data-testid="map-legend-toggle" aria-expanded={open}
        title={open ? t('legend.collapse') : t('legend.expand')} onClick={toggle}>
        {t('legend.title')} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {/* The body scrolls, not the card: a scrolling box over the WebGL canvas left a blank
          band under software compositing (the inspector's card has the same split). A Tab
          stop, so a tall legend scrolls by keyboard too (axe scrollable-region-focusable); the
          legend's own region inside names it. */}
      <div className="map-legend-body" hidden={!open} tabIndex={0}><Legend heading={false} /></div>
    </div>
  );
}
