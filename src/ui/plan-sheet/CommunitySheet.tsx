/**
 * One A4 page of the plan sheet (一案一策) for one community: title, demo notice, map,
 * scope, renovation items by class, cost estimate, parking / elevator / service findings,
 * funding mix and the residents' voice.
 */
import { useMemo } from 'react';
import { CATEGORIES, CATEGORY_LABELS, FUNDING_SOURCE_LABELS, RENOVATION_ITEMS, RENOVATION_STATUS_LABELS, type Category } from '../../model/codes';
import type { LayerSet } from '../../model/types';
import { costBuildingsFromFeatures, scopeOf } from '../../analysis/cost';
import { unitFootprint } from '../../analysis/elevators/footprints';
import { formatShare, documentDate } from '../../i18n/format';
import { CostSection } from './CostSection';
import { ELEVATOR_DEFAULTS } from '../../model/standards';
import { ElevatorSection, ParkingSection, ResidentsSection, ServicesSection } from './FindingsSections';
import { elevatorFinding, parkingFinding, residentsFinding, serviceFindings } from './sheet-findings';
import { money, pick, quantity, squareMetres } from './sheet-format';
import { sheetEstimate, sheetFunding, sheetItems } from './sheet-facts';
import { SiteMap } from './SiteMap';
import type { CommunityDocumentProps } from './use-sheet-document';

const UNIT_WIDTH_M = ELEVATOR_DEFAULTS.unitWidthM.value;

interface Props extends CommunityDocumentProps {
  layers: LayerSet;
}

export function CommunitySheet({ community, buildings, buildingsCounted: counted, layers, districtName, analyses, costs, lang, demoNotice, source }: Props) {
  const t = pick(lang);
  const properties = community.properties;
  const id = properties.id;
  const name = properties.name || String(id);

  const parking = useMemo(() => parkingFinding(analyses.parking.data, id), [analyses.parking.data, id]);
  const votes = analyses.priority.data?.residents.buildings;
  const elevators = useMemo(() => elevatorFinding(analyses.elevators.data, votes ?? [], id), [analyses.elevators.data, votes, id]);
  const services = useMemo(() => serviceFindings(analyses.lifeCircles.data, id, layers.facilities), [analyses.lifeCircles.data, id, layers.facilities]);
  const residents = useMemo(() => residentsFinding(analyses.priority.data, id), [analyses.priority.data, id]);
  const units = useMemo(() => {
    const data = analyses.elevators.data;
    if (!data) return [];
    return data.units.flatMap((unit, i) => (String(unit.communityId) === String(id) ? [{ ...unit, footprint: unitFootprint(data.footprints, i) }] : []));
  }, [analyses.elevators.data, id]);
  const parkingParcels = useMemo(() => new Set((parking?.parcels ?? []).map((p) => String(p.parcelId))), [parking]);

  const measured = useMemo(() => costBuildingsFromFeatures(buildings), [buildings]);
  const scope = scopeOf(properties, measured);
  const estimate = useMemo(() => sheetEstimate(properties, measured, elevators, parking, costs), [properties, measured, elevators, parking, costs]);

  const { all: items, byCategory, unknown: unknownItems } = sheetItems(properties);
  const itemsBy = (category: Category) => byCategory[category];
  const { rows: funding, totalWan: fundingTotal } = sheetFunding(properties);
  const title = t(`${name} 一案一策`, `${name} — plan sheet`);
  const status = properties.renovationStatus ? RENOVATION_STATUS_LABELS[properties.renovationStatus][lang] : null;

  return (
    <article className="sheet-page" data-testid="sheet-page" data-community={String(id)} aria-label={title}>
      <header className="sheet-head">
        <h1 data-testid="sheet-title">{title}</h1>
        <p className="sheet-sub">
          {districtName ? `${districtName} · ` : ''}{t('小区编号', 'ID')} {String(id)}
          {status ? ` · ${status}` : ''}{properties.planYear ? t(` · 计划 ${properties.planYear} 年`, ` · plan year ${properties.planYear}`) : ''}
        </p>
        {demoNotice && <p className="sheet-demo" data-testid="sheet-demo">{demoNotice}</p>}
      </header>

      <SiteMap layers={layers} communityId={id} title={title} source={source} lang={lang} units={units} parkingParcels={parkingParcels} />

      <section className="sheet-section" data-testid="sheet-scope">
        <h2>{t('一、改造范围', '1. Scope')}</h2>
        <dl className="sheet-facts">
          <div><dt>{t('楼栋', 'Buildings')}</dt><dd>{counted ? quantity(scope.buildings, t('栋', '')) : '—'}</dd></div>
          <div><dt>{t('建筑面积', 'Floor area')}</dt><dd data-testid="sheet-floor-area">{counted ? squareMetres(scope.floorAreaM2) : '—'}</dd></div>
          <div><dt>{t('户数', 'Households')}</dt><dd data-testid="sheet-households">{scope.households === null ? '—' : quantity(scope.households, t('户', ''))}</dd></div>
          <div><dt>{t('建成年代', 'Built')}</dt><dd>{scope.builtYear ?? '—'}</dd></div>
          <div><dt>{t('单元', 'Stairwells')}</dt><dd>{counted ? quantity(scope.units, t('个', '')) : '—'}</dd></div>
          <div><dt>{t('现有车位', 'Parking spaces')}</dt><dd>{properties.parkingSpaces === undefined ? '—' : quantity(properties.parkingSpaces, t('个车位', ''))}</dd></div>
        </dl>
        <p className="small muted">{t(`建筑面积 = Σ 基底面积 × 层数；单元：单元数字段，否则按面宽 ÷ ${UNIT_WIDTH_M} m（与加装电梯相同）`, `Floor area = Σ footprint × floors; units: the units field, else frame length ÷ ${UNIT_WIDTH_M} m (as for added elevators)`)}</p>
        {!counted && <p className="empty" data-testid="sheet-no-buildings-scope">{t('没有楼栋图层：楼栋、建筑面积与单元未统计。', 'No buildings layer: buildings, floor area and units were not counted.')}</p>}
      </section>

      <section className="sheet-section" data-testid="sheet-items">
        <h2>{t('二、改造内容', '2. Renovation items')}</h2>
        {items.length === 0 ? <p className="empty">{t('未登记改造内容', 'No items recorded')}</p> : (
          <ul className="sheet-items">
            {CATEGORIES.map((category) => (
              <li key={category}><strong>{CATEGORY_LABELS[category][lang]}</strong>{t('：', ': ')}{itemsBy(category).map((code) => (RENOVATION_ITEMS as Record<string, { zh: string; en: string }>)[code][lang]).join(t('、', ', ')) || t('无', 'none')}</li>
            ))}
            {unknownItems.length > 0 && <li>{t('其他：', 'Other: ')}{unknownItems.join(t('、', ', '))}</li>}
          </ul>
        )}
      </section>

      <section className="sheet-section">
        <h2>{t('三、投资估算', '3. Cost estimate')}</h2>
        <CostSection estimate={estimate} lang={lang} investmentWan={properties.investmentWan ?? null} edited={Object.keys(costs).length > 0} />
      </section>

      <section className="sheet-section">
        <h2>{t('四、停车挖潜', '4. Parking')}</h2>
        <ParkingSection finding={parking} state={analyses.parking.state} lang={lang} />
        {/* An official sheet must not read "0 spaces found" as a finding when no land was looked at. */}
        {!layers.idleLand?.features.length && <p className="empty" data-testid="sheet-no-idle-land">{t('没有闲置资源图层：挖潜车位未评估。', 'No idle-land layer: spaces on idle land were not assessed.')}</p>}
      </section>

      <section className="sheet-section">
        <h2>{t('五、加装电梯', '5. Added elevators')}</h2>
        {layers.buildings?.features.length
          ? <ElevatorSection finding={elevators} state={analyses.elevators.state} lang={lang} />
          : <p className="empty" data-testid="sheet-no-buildings">{t('没有楼栋图层：加装电梯未评估。', 'No buildings layer: added elevators were not assessed.')}</p>}
      </section>

      <section className="sheet-section">
        <h2>{t('六、公共服务设施（生活圈）', '6. Community services (life circles)')}</h2>
        {layers.facilities?.features.length
          ? <ServicesSection findings={services} state={analyses.lifeCircles.state} lang={lang} />
          : <p className="empty" data-testid="sheet-no-facilities">{t('没有设施图层：生活圈覆盖未评估。', 'No facilities layer: life-circle coverage was not assessed.')}</p>}
      </section>

      <section className="sheet-section" data-testid="sheet-funding">
        <h2>{t('七、资金筹措', '7. Funding')}</h2>
        {funding.length === 0 ? <p className="empty">{t('未登记资金来源', 'No funding recorded')}</p> : (
          <table className="sheet-table">
            <thead><tr><th>{t('来源', 'Source')}</th><th className="num">{t('金额', 'Amount')}</th><th className="num">{t('占比', 'Share')}</th></tr></thead>
            <tbody>
              {funding.map((row) => <tr key={row.source}><td>{FUNDING_SOURCE_LABELS[row.source][lang]}</td><td className="num">{money(row.wan, lang)}</td><td className="num">{formatShare(row.wan / fundingTotal)}</td></tr>)}
            </tbody>
            <tfoot><tr className="total"><td>{t('合计', 'Total')}</td><td className="num">{money(fundingTotal, lang)}</td><td className="num">100.0%</td></tr></tfoot>
          </table>
        )}
      </section>

      <section className="sheet-section">
        <h2>{t('八、居民意愿与表决', '8. Residents’ voice')}</h2>
        <ResidentsSection finding={residents} state={analyses.priority.state} lang={lang} />
      </section>

      <footer className="sheet-foot small muted">
        {source} · {t('分析均取默认参数', 'analyses at their default parameters')} · {documentDate()}
      </footer>
    </article>
  );
}
