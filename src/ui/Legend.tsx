import { FACILITY_TYPE_LABELS, FACILITY_TYPES, IDLE_LAND_KIND_LABELS, IDLE_LAND_KINDS } from '../model/codes';
import { communityLegend, parseColourBy } from '../map/community-colours';
import { useAppState } from '../state/store';
import { FACILITY_COLOURS, FLOOR_STEPS_OF, IDLE_LAND_COLOURS_OF } from '../map/palette';
import { useLabel, useT } from './i18n';
import { coversCommunities, type KeySection, type KeySwatch, rgbaCss, sectionsAtZoom, swatchBackground } from '../map/map-key';
import { panelKeyStore, useLiveZoom, useMapTheme } from './map-context';
import { useMemo, useSyncExternalStore } from 'react';
import { useDataset } from './use-dataset';
import { presentCodes } from '../map/layer-key';
import { buildingsHidden, pointsMinZoom } from '../map/detail-zoom';

function Swatch({ colour, shape = 'square' }: { colour: string; shape?: 'square' | 'circle' }) {
  return <span className={`swatch swatch-${shape}`} style={{ background: colour }} aria-hidden="true" />;
}

/** A map-key swatch (map-key.ts): a square, with its pattern or mark; a line; an outline; a dot; a ramp. */
function KeySwatchView({ swatch }: { swatch: KeySwatch }) {
  const background = swatchBackground(swatch);
  if (swatch.kind === 'line') return <span className="swatch-line" style={{ background }} aria-hidden="true" />;
  if (swatch.kind === 'ramp') return <span className="swatch swatch-ramp" style={{ background }} aria-hidden="true" />;
  if (swatch.kind === 'outline') return <span className="swatch swatch-outline" style={{ borderColor: rgbaCss(swatch.colour) }} aria-hidden="true" />;
  if (swatch.kind === 'dot') return <span className="swatch swatch-circle" style={{ background }} aria-hidden="true" />;
  return <span className="swatch swatch-mark" style={{ background }} aria-hidden="true">{swatch.mark}</span>;
}

/**
 * The active panel's key sections drawn at the map's zoom, live while it moves (liveZoomStore;
 * the store's camera before the map has moved). Which sections show changes only at their zoom
 * limits, and that set is what makes the legend render again, not every frame of a flight.
 */
export function useMapKey(): KeySection[] {
  const keys = useSyncExternalStore(panelKeyStore.subscribe, panelKeyStore.get);
  const all = useMemo(() => Object.values(keys).flat(), [keys]);
  const shown = useLiveZoom((zoom) => sectionsAtZoom(all, zoom).map((section) => section.id).join('\n'));
  return useMemo(() => {
    const ids = new Set(shown.split('\n'));
    return all.filter((section) => ids.has(section.id));
  }, [all, shown]);
}

/** `heading`: false where the host draws the title itself (the map's overlay: its title is the collapse button). */
export function Legend({ heading = true }: { heading?: boolean }) {
  const t = useT();
  const label = useLabel();
  const colourBy = parseColourBy(useAppState((state) => state.colourBy));
  // The colours of the map as drawn: the UI's theme (深色), light while an export holds the map light.
  const theme = useMapTheme();
  const sections = useMapKey();
  // Only the layers on the map: a presenter's scene with two layers gets a legend of two, and
  // a planner's own data without facilities gets no facility key.
  const visibleLayers = useAppState((state) => state.visibleLayers);
  const { layers } = useDataset();
  const visible = useMemo(() => new Set(visibleLayers.filter((name) => (layers[name]?.features.length ?? 0) > 0)), [visibleLayers, layers]);
  // The kinds and types the data has, in the code list's order (a key of eight types for three is noise).
  const idleKinds = useMemo(() => presentCodes(IDLE_LAND_KINDS, layers.idleLand, 'kind'), [layers.idleLand]);
  const facilityTypes = useMemo(() => presentCodes(FACILITY_TYPES, layers.facilities, 'type'), [layers.facilities]);
  // Not while the map leaves the facilities out as too dense (detail-zoom.ts), as a panel's key leaves its layer's zooms.
  const facilitiesFrom = pointsMinZoom(layers.facilities as never);
  const facilitiesDrawn = useLiveZoom((zoom) => zoom === null || zoom >= facilitiesFrom);
  const buildingsDrawn = !useLiveZoom(buildingsHidden);
  // The keys' headings sit one level under the legend's title; without one (the map's card,
  // whose title is its button) they are h3, under the page's h2 panels (axe heading-order).
  const Key = heading ? 'h4' : 'h3';
  return (
    <section className="legend" aria-label={t('legend.title')} data-testid="legend">
      {heading && <h3>{t('legend.title')}</h3>}
      {sections.map((section) => (
        <div key={section.id} data-testid={`legend-key-${section.id}`}>
          <Key>{label(section.title)}</Key>
          <ul>
            {section.entries.map((entry) => (
              <li key={entry.label.en}><KeySwatchView swatch={entry.swatch} />{label(entry.label)}</li>
            ))}
          </ul>
        </div>
      ))}
      {/* Under an analysis that fills every community, their basemap colours are not seen: no key for them. */}
      {visible.has('communities') && !coversCommunities(sections) && (
        <>
          <Key>{t('legend.communities')}</Key>
          <ul data-testid="legend-communities">
            {communityLegend(colourBy, theme).map((entry) => (
              <li key={entry.label.en}><Swatch colour={entry.colour} />{label(entry.label)}</li>
            ))}
          </ul>
        </>
      )}
      {visible.has('idleLand') && (
        <div data-testid="legend-idle-land">
          <Key>{t('legend.idleLand')}</Key>
          <ul>
            {idleKinds.map((kind) => (
              <li key={kind}><Swatch colour={IDLE_LAND_COLOURS_OF[theme][kind]} />{label(IDLE_LAND_KIND_LABELS[kind])}</li>
            ))}
          </ul>
        </div>
      )}
      {visible.has('facilities') && facilitiesDrawn && (
        <div data-testid="legend-facilities">
          <Key>{t('legend.facilities')}</Key>
          <ul>
            {facilityTypes.map((type) => (
              <li key={type}><Swatch colour={FACILITY_COLOURS[type]} shape="circle" />{label(FACILITY_TYPE_LABELS[type])}</li>
            ))}
          </ul>
        </div>
      )}
      {visible.has('buildings') && buildingsDrawn && (
        <div data-testid="legend-buildings">
          <Key>{t('legend.buildings')}</Key>
          <ul className="legend-inline">
            {FLOOR_STEPS_OF[theme].map(([floors, colour]) => (
              <li key={floors}><Swatch colour={colour} />≥{floors}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
