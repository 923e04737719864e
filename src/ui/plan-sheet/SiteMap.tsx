/**
 * The sheet's map: an SVG of the community, its buildings (elevator positions by verdict),
 * idle land and roads, with a legend, scale bar, north arrow, date and source line (UX.md:
 * maps for print carry all of them). Parcels that take this community's parking are outlined.
 */
import { documentDate } from '../../i18n/format';
import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { IDLE_LAND_KIND_LABELS, type IdleLandKind } from '../../model/codes';
import type { FeatureId, LayerSet } from '../../model/types';
import { BASE_COLOURS, IDLE_LAND_COLOURS, VERDICT_COLOURS, VERDICT_MARK_INK, VERDICT_MARKS } from '../../map/palette';
import type { Lang } from '../../i18n/strings';
import { FRAME, siteDrawing } from './site-geometry';
import { sheetLegendItems } from './sheet-legend';

interface Props {
  layers: LayerSet;
  communityId: FeatureId;
  title: string;
  source: string;
  lang: Lang;
  units: { buildingId: FeatureId; unit: number; status: string; footprint: Geometry }[];
  parkingParcels: ReadonlySet<string>;
}

const VERDICT_WORDS = { feasible: { zh: '可行', en: 'feasible' }, conditional: { zh: '需协调', en: 'conditional' }, infeasible: { zh: '不可行', en: 'infeasible' } } as const;
type Verdict = keyof typeof VERDICT_WORDS;
const isVerdict = (kind: string): kind is Verdict => kind in VERDICT_WORDS;

/**
 * Verdicts read without colour too (UX.md: black-and-white prints, colour-blind readers), as on
 * the map: 需协调 dotted, 不可行 hatched, and each unit large enough for it marked ✓ ! ✕.
 */
const PATTERN_INK = 'rgba(33, 33, 33, 0.9)';
const VERDICT_PATTERN: Partial<Record<Verdict, 'dots' | 'hatch'>> = { conditional: 'dots', infeasible: 'hatch' };
const SWATCH_PATTERN = {
  dots: `radial-gradient(circle, ${PATTERN_INK} 1.1px, transparent 1.3px) 0 0 / 4px 4px`,
  hatch: `repeating-linear-gradient(45deg, ${PATTERN_INK} 0 1.2px, transparent 1.2px 3.5px)`,
};
/** Below this side (frame units) a unit shows its pattern only: a mark would cover it. */
const MARK_MIN_SIZE = 7;

function VerdictSwatch({ verdict }: { verdict: Verdict }) {
  const pattern = VERDICT_PATTERN[verdict];
  return (
    <i className={`swatch swatch-verdict verdict-${verdict}`} style={{ background: pattern ? `${SWATCH_PATTERN[pattern]}, ${VERDICT_COLOURS[verdict]}` : VERDICT_COLOURS[verdict], color: VERDICT_MARK_INK[verdict], textShadow: `0 0 2px ${VERDICT_COLOURS[verdict]}, 0 0 2px ${VERDICT_COLOURS[verdict]}` }}
      data-mark={VERDICT_MARKS[verdict]} aria-hidden="true">{VERDICT_MARKS[verdict]}</i>
  );
}

export function SiteMap({ layers, communityId, title, source, lang, units, parkingParcels }: Props) {
  const drawing = useMemo(() => siteDrawing(layers, communityId, units, parkingParcels), [layers, communityId, units, parkingParcels]);
  const zh = lang === 'zh';
  if (!drawing) return <p className="empty">{zh ? '小区没有可用的边界，无法绘图' : 'The community has no usable boundary to draw'}</p>;
  const date = documentDate();
  const kinds = [...new Set(drawing.idleLand.map((parcel) => parcel.kind))] as IdleLandKind[];
  const legend = sheetLegendItems(drawing, parkingParcels);
  const { width, height } = FRAME;
  return (
    <figure className="sheet-map" data-testid="sheet-map">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg">
        <defs>
          <clipPath id={`frame-${String(communityId)}`}><rect width={width} height={height} /></clipPath>
          {/* Dots and hatching keep 需协调 and 不可行 readable in black-and-white prints (UX.md). */}
          <pattern id={`dots-${String(communityId)}`} width="3" height="3" patternUnits="userSpaceOnUse"><circle cx="1.5" cy="1.5" r="0.7" fill={PATTERN_INK} /></pattern>
          <pattern id={`hatch-${String(communityId)}`} width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="3" stroke={PATTERN_INK} strokeWidth="1" /></pattern>
        </defs>
        <rect width={width} height={height} fill={BASE_COLOURS.background} />
        <g clipPath={`url(#frame-${String(communityId)})`}>
          {drawing.idleLand.map((parcel) => (
            <path key={String(parcel.id)} d={parcel.d} fill={IDLE_LAND_COLOURS[parcel.kind as IdleLandKind] ?? '#d7c29e'} fillOpacity={0.75}
              stroke={parkingParcels.has(String(parcel.id)) ? BASE_COLOURS.highlight : '#8d6e63'} strokeWidth={parkingParcels.has(String(parcel.id)) ? 2.5 : 0.6} />
          ))}
          {drawing.roads.map((road) => <path key={`c${String(road.id)}`} d={road.d} fill="none" stroke={BASE_COLOURS.roadCasing} strokeWidth={road.widthPx + 1.5} strokeLinecap="round" />)}
          {drawing.roads.map((road) => <path key={String(road.id)} d={road.d} fill="none" stroke={road.kind === 'fireLane' ? BASE_COLOURS.fireLane : BASE_COLOURS.road} strokeWidth={road.widthPx} strokeLinecap="round" />)}
          <path d={drawing.community} fill="#e3f2fd" fillOpacity={0.35} stroke={BASE_COLOURS.communityLine} strokeWidth={2} strokeDasharray="8 4" />
          {drawing.buildings.map((building) => (
            <path key={String(building.id)} d={building.d} fill={building.own ? '#90a4ae' : '#cfd8dc'} stroke="#455a64" strokeWidth={building.own ? 0.8 : 0.4} />
          ))}
          {drawing.elevatorUnits.map((unit) => {
            const verdict = isVerdict(unit.kind) ? unit.kind : null;
            const pattern = verdict && VERDICT_PATTERN[verdict];
            return (
              <g key={String(unit.id)} data-verdict={unit.kind}>
                <path d={unit.d} fill={verdict ? VERDICT_COLOURS[verdict] : '#000'} stroke="#1f2933" strokeWidth={0.5} />
                {pattern && <path d={unit.d} fill={`url(#${pattern}-${String(communityId)})`} />}
                {verdict && unit.centre && (unit.size ?? 0) >= MARK_MIN_SIZE && (
                  <text x={unit.centre[0]} y={unit.centre[1]} textAnchor="middle" dominantBaseline="central" fontSize={Math.min(12, unit.size! * 0.8)} fontWeight="bold"
                    fill={VERDICT_MARK_INK[verdict]} stroke={VERDICT_COLOURS[verdict]} strokeWidth={1.5} paintOrder="stroke">{VERDICT_MARKS[verdict]}</text>
                )}
              </g>
            );
          })}
        </g>
        {/* North arrow: the local projection is centred on the community, so grid north is true north. */}
        <g transform={`translate(${width - 28}, 34)`} aria-label={zh ? '指北针' : 'north arrow'}>
          <path d="M0 -18 L9 12 L0 6 L-9 12 Z" fill="#1f2933" />
          <text x="0" y="-22" textAnchor="middle" fontSize="12" fontWeight="bold" fill="#1f2933">N</text>
        </g>
        <g transform={`translate(12, ${height - 16})`} data-testid="sheet-scale">
          <rect x="-4" y="-18" width={drawing.scale.pixels + 8} height="26" fill="#ffffff" fillOpacity="0.85" />
          <rect x="0" y="0" width={drawing.scale.pixels} height="4" fill="#1f2933" />
          <text x="0" y="-5" fontSize="11" fill="#1f2933">{drawing.scale.metres >= 1000 ? `${drawing.scale.metres / 1000} km` : `${drawing.scale.metres} m`}</text>
        </g>
        <rect x="0.5" y="0.5" width={width - 1} height={height - 1} fill="none" stroke="#90a4ae" />
      </svg>
      <figcaption className="sheet-legend">
        <span><i className="swatch" style={{ background: '#e3f2fd', borderColor: BASE_COLOURS.communityLine, borderStyle: 'dashed' }} />{zh ? '小区边界' : 'community'}</span>
        {legend.includes('ownBuildings') && <span><i className="swatch" style={{ background: '#90a4ae' }} />{zh ? '本小区楼栋' : 'its buildings'}</span>}
        {(['feasible', 'conditional', 'infeasible'] as const).filter((status) => legend.includes(status)).map((status) => (
          <span key={status}><VerdictSwatch verdict={status} />{zh ? `加梯${VERDICT_WORDS[status].zh}` : `elevator ${VERDICT_WORDS[status].en}`}</span>
        ))}
        {kinds.map((kind) => <span key={kind}><i className="swatch" style={{ background: IDLE_LAND_COLOURS[kind] }} />{IDLE_LAND_KIND_LABELS[kind]?.[lang] ?? kind}</span>)}
        {legend.includes('parkingParcels') && <span><i className="swatch" style={{ borderColor: BASE_COLOURS.highlight, borderWidth: 2 }} />{zh ? '本小区停车挖潜地块' : 'parcels taking its parking'}</span>}
        {legend.includes('fireLane') && <span><i className="swatch" style={{ background: BASE_COLOURS.fireLane }} />{zh ? '消防车道' : 'fire lane'}</span>}
        <span className="sheet-source">{source} · {date}</span>
      </figcaption>
    </figure>
  );
}
