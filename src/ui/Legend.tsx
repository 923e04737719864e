import { FACILITY_TYPE_LABELS, FACILITY_TYPES, IDLE_LAND_KIND_LABELS, IDLE_LAND_KINDS } from '../model/codes';
import { communityLegend, parseColourBy } from '../map/community-colours';
import { useAppState } from '../state/store';
import { FACILITY_COLOURS, FLOOR_STEPS, IDLE_LAND_COLOURS } from '../map/palette';
import { useLabel, useT } from './i18n';

function Swatch({ colour, shape = 'square' }: { colour: string; shape?: 'square' | 'circle' }) {
  return <span className={`swatch swatch-${shape}`} style={{ background: colour }} aria-hidden="true" />;
}

export function Legend() {
  const t = useT();
  const label = useLabel();
  const colourBy = parseColourBy(useAppState((state) => state.colourBy));
  return (
    <section className="legend" aria-label={t('legend.title')} data-testid="legend">
      <h3>{t('legend.title')}</h3>
      <h4>{t('legend.communities')}</h4>
      <ul data-testid="legend-communities">
        {communityLegend(colourBy).map((entry) => (
          <li key={entry.label.en}><Swatch colour={entry.colour} />{label(entry.label)}</li>
        ))}
      </ul>
      <h4>{t('legend.idleLand')}</h4>
      <ul>
        {IDLE_LAND_KINDS.map((kind) => (
          <li key={kind}><Swatch colour={IDLE_LAND_COLOURS[kind]} />{label(IDLE_LAND_KIND_LABELS[kind])}</li>
        ))}
      </ul>
      <h4>{t('legend.facilities')}</h4>
      <ul>
        {FACILITY_TYPES.map((type) => (
          <li key={type}><Swatch colour={FACILITY_COLOURS[type]} shape="circle" />{label(FACILITY_TYPE_LABELS[type])}</li>
        ))}
      </ul>
      <h4>{t('legend.buildings')}</h4>
      <ul className="legend-inline">
        {FLOOR_STEPS.map(([floors, colour]) => (
          <li key={floors}><Swatch colour={colour} />≥{floors}</li>
        ))}
      </ul>
    </section>
  );
}
