/**
 * The analyses' findings for one community on the sheet: parking (deficit, allocated and the
 * parcels it is met on), added elevators (verdicts and 民法典 art. 278 consent numbers per
 * building, by households and by floor area, with the vote status when votes exist), the six services against their life
 * circles, and the residents' survey. All data text is rendered as React text.
 */
import { FACILITY_TYPE_LABELS, IDLE_LAND_KIND_LABELS, RENOVATION_ITEMS, type IdleLandKind } from '../../model/codes';
import { formatDistance, formatFloorArea, formatShare } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { VERDICT_MARKS } from '../../map/layers/elevators';
import { thresholdCell, voteWords } from '../consent-words';
import type { ElevatorFinding, ParkingFinding, ResidentsFinding, ServiceFinding } from './sheet-findings';
import { pick, quantity } from './sheet-format';

export type Pending = 'pending' | 'failed' | null;

function Waiting({ state, lang }: { state: Pending; lang: Lang }) {
  const t = pick(lang);
  return state === 'failed' ? <p className="error">{t('分析未能完成', 'The analysis did not finish')}</p> : <p className="muted">{t('计算中…', 'Computing…')}</p>;
}

export function ParkingSection({ finding, state, lang }: { finding: ParkingFinding | null; state: Pending; lang: Lang }) {
  const t = pick(lang);
  if (!finding) return state ? <Waiting state={state} lang={lang} /> : <p className="empty">{t('无停车分析结果（缺少户数或图层）', 'No parking result (households or layers missing)')}</p>;
  const unmet = finding.deficit - finding.allocated;
  return (
    <div data-testid="sheet-parking">
      <p>
        {t(
          `需求 ${quantity(finding.demand, '个车位')}，现有 ${quantity(finding.supply, '个车位')}，缺口 ${quantity(finding.deficit, '个车位')}；大片区统筹挖潜分配 ${quantity(finding.allocated, '个车位')}，仍缺 ${quantity(unmet, '个车位')}。`,
          `Demand ${quantity(finding.demand, 'spaces')}, existing ${quantity(finding.supply, 'spaces')}, deficit ${quantity(finding.deficit, 'spaces')}; district pooling allocates ${quantity(finding.allocated, 'spaces')}, ${quantity(unmet, 'spaces')} still unmet.`,
        )}
      </p>
      {finding.parcels.length > 0 && (
        <table className="sheet-table">
          <thead><tr><th>{t('地块', 'Parcel')}</th><th>{t('类型', 'Kind')}</th><th className="num">{t('分配车位', 'Spaces')}</th><th className="num">{t('步行距离', 'Walk')}</th></tr></thead>
          <tbody>
            {finding.parcels.map((parcel) => (
              <tr key={String(parcel.parcelId)}>
                <td>{String(parcel.parcelId)}</td>
                <td>{parcel.kind ? IDLE_LAND_KIND_LABELS[parcel.kind as IdleLandKind]?.[lang] ?? parcel.kind : '—'}</td>
                <td className="num">{quantity(parcel.spaces, t('个车位', 'spaces'))}</td>
                <td className="num">{formatDistance(parcel.distanceM, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ElevatorSection({ finding, state, lang }: { finding: ElevatorFinding | null; state: Pending; lang: Lang }) {
  const t = pick(lang);
  if (!finding) return state ? <Waiting state={state} lang={lang} /> : <p className="empty">{t('无加装电梯分析结果', 'No elevator result')}</p>;
  if (finding.buildings.length === 0) return <p data-testid="sheet-elevators">{t('没有 ≥4 层且无电梯的候选楼栋。', 'No candidate building (≥ 4 floors without an elevator).')}</p>;
  return (
    <div data-testid="sheet-elevators">
      <p>
        {t(
          `候选楼栋 ${finding.buildings.length} 栋：${VERDICT_MARKS.feasible} 可行 ${finding.feasible} 部，${VERDICT_MARKS.conditional} 需协调 ${finding.conditional} 部，${VERDICT_MARKS.infeasible} 不可行 ${finding.infeasible} 部。表决门槛依民法典第 278 条，户数与建筑面积须同时达到：≥2/3 参与表决，参与者中 ≥3/4 同意（建筑面积按占地面积 × 层数估算）。`,
          `${finding.buildings.length} candidate buildings: ${finding.feasible} feasible, ${finding.conditional} conditional, ${finding.infeasible} infeasible units. Vote thresholds (Civil Code art. 278), by households and by floor area alike: ≥ 2/3 take part, ≥ 3/4 of them agree (floor area estimated as footprint × floors).`,
        )}
      </p>
      <table className="sheet-table">
        <thead>
          <tr>
            <th>{t('楼栋', 'Building')}</th><th className="num">{t('单元', 'Units')}</th><th className="num">{t('可行', 'Feas.')}</th><th className="num">{t('需协调', 'Cond.')}</th><th className="num">{t('不可行', 'Infeas.')}</th>
            <th className="num">{t('户数', 'Households')}</th><th className="num">{t('建筑面积', 'Floor area')}</th>
            <th className="num">{t('需参与', 'Must take part')}</th><th className="num">{t('需同意', 'Must agree')}</th><th>{t('表决', 'Vote')}</th>
          </tr>
        </thead>
        <tbody>
          {finding.buildings.map((building) => (
            <tr key={String(building.buildingId)} data-building={String(building.buildingId)}>
              <td>{String(building.buildingId)}</td>
              <td className="num">{building.units}</td>
              <td className="num">{building.feasible}</td>
              <td className="num">{building.conditional}</td>
              <td className="num">{building.infeasible}</td>
              <td className="num">{quantity(building.households, t('户', ''))}</td>
              <td className="num">{formatFloorArea(building.floorAreaM2)}</td>
              <td className="num">{thresholdCell(building.mustTakePart, building.mustTakePartAreaM2, lang)}</td>
              <td className="num">{thresholdCell(building.mustAgree, building.mustAgreeAreaM2, lang)}</td>
              <td>{voteWords(building.vote, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ServicesSection({ findings, state, lang }: { findings: ServiceFinding[] | null; state: Pending; lang: Lang }) {
  const t = pick(lang);
  if (!findings) return state ? <Waiting state={state} lang={lang} /> : <p className="empty">{t('无设施普查结果', 'No facility census')}</p>;
  const covered = findings.filter((f) => f.covered).length;
  return (
    <div data-testid="sheet-services">
      <p>{t(`六类设施中 ${covered} 类在其生活圈半径内可达。`, `${covered} of the six service types are within their life-circle radius.`)}</p>
      <table className="sheet-table">
        <thead><tr><th>{t('设施', 'Service')}</th><th className="num">{t('最近距离', 'Nearest')}</th><th className="num">{t('服务半径', 'Radius')}</th><th>{t('覆盖', 'Covered')}</th></tr></thead>
        <tbody>
          {findings.map((f) => (
            <tr key={f.type}>
              <td>{FACILITY_TYPE_LABELS[f.type][lang]}</td>
              <td className="num">{f.noFacility ? t('无此类设施', 'none loaded') : formatDistance(f.distanceM, lang)}</td>
              <td className="num">{f.radiusM} m</td>
              <td className={f.covered ? 'good' : 'bad'}>{f.covered ? t('✓ 已覆盖', '✓ yes') : t('✕ 未覆盖', '✕ no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Survey need columns beyond the renovation items (DESIGN §2 surveys.csv), named as the residents' view names them.
const NEED_NAMES: Record<string, { zh: string; en: string }> = { ...RENOVATION_ITEMS, greening: { zh: '绿化', en: 'greening' }, security: { zh: '安防', en: 'security' } };
export const itemLabel = (code: string, lang: Lang) => NEED_NAMES[code]?.[lang] ?? code;

export function ResidentsSection({ finding, state, lang }: { finding: ResidentsFinding | null; state: Pending; lang: Lang }) {
  const t = pick(lang);
  if (!finding) return state ? <Waiting state={state} lang={lang} /> : <p className="empty">{t('尚无居民意愿调查或加梯表决数据。', 'No residents’ survey or elevator vote yet.')}</p>;
  const { voice, buildings } = finding;
  const needs = Object.entries(voice.needs).sort((a, b) => b[1] - a[1]);
  const join = (codes: string[]) => (codes.length ? codes.map((code) => itemLabel(code, lang)).join(t('、', ', ')) : t('无', 'none'));
  return (
    <div data-testid="sheet-residents">
      {voice.surveyed ? (
        <>
          <p>
            {t(`受访 ${voice.respondents ?? '—'} 户`, `${voice.respondents ?? '—'} households surveyed`)}
            {voice.willingToPay !== null && t(`，出资意愿 ${formatShare(voice.willingToPay)}`, `, willing to pay ${formatShare(voice.willingToPay)}`)}
            {voice.satisfaction !== null && t(`，满意度 ${voice.satisfaction.toFixed(1)} / 5`, `, satisfaction ${voice.satisfaction.toFixed(1)} / 5`)}{t('。', '.')}
          </p>
          <p className="small">{t('需求（受访户占比）：', 'Needs (share of respondents): ')}{needs.map(([item, share]) => `${itemLabel(item, lang)} ${formatShare(share)}`).join(t('、', ', '))}</p>
          <p className="small">{t('提出但未纳入改造：', 'Asked but not planned: ')}{join(voice.askedNotPlanned)}{t('；纳入但需求不足：', '; planned but not asked: ')}{join(voice.plannedNotAsked)}</p>
        </>
      ) : <p className="muted">{t('尚未开展居民意愿调查。', 'Not surveyed yet.')}</p>}
      {buildings.length > 0 && (
        <p className="small">
          {t('加梯表决：', 'Elevator votes: ')}
          {buildings.map((b) => `${String(b.buildingId)} ${voteWords(b, lang)}`).join(t('；', '; '))}
        </p>
      )}
    </div>
  );
}
