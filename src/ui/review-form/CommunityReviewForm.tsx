/**
 * One community's joint review form (城镇老旧小区改造部门联合评审意见表), A4 portrait: the
 * project's facts as the plan sheet computes them (scope, floor area, items, estimate,
 * funding), one row per reviewing department with its 审查要点 and blank cells for its
 * opinion, signature and date, then 文明施工 and the meeting's conclusion to fill in by hand.
 * All data text is rendered as React text.
 */
import { useMemo } from 'react';
import { CATEGORIES, CATEGORY_LABELS, FUNDING_SOURCE_LABELS, RENOVATION_ITEMS, RENOVATION_STATUS_LABELS } from '../../model/codes';
import { costBuildingsFromFeatures, scopeOf } from '../../analysis/cost';
import { joinList, documentDate } from '../../i18n/format';
import { translate } from '../../i18n/strings';
import { sheetEstimate, sheetFunding, sheetItems } from '../plan-sheet/sheet-facts';
import { money, pick, quantity, squareMetres } from '../plan-sheet/sheet-format';
import type { CommunityDocumentProps } from '../plan-sheet/use-sheet-document';
import { reviewFindings } from './review-findings';
import { reviewPoints } from './review-points';
import { ReviewClosing, ReviewTable } from './ReviewTable';

type Props = CommunityDocumentProps;

export function CommunityReviewForm({ community, buildings, buildingsCounted, districtName, analyses, costs, lang, demoNotice, source }: Props) {
  const t = pick(lang);
  const properties = community.properties;
  const id = properties.id;
  const name = properties.name || String(id);

  const findings = useMemo(
    () => reviewFindings({ parking: analyses.parking.data, elevators: analyses.elevators.data, lifeCircles: analyses.lifeCircles.data, priority: analyses.priority.data }, id),
    [analyses.parking.data, analyses.elevators.data, analyses.lifeCircles.data, analyses.priority.data, id],
  );
  const measured = useMemo(() => costBuildingsFromFeatures(buildings), [buildings]);
  const scope = scopeOf(properties, measured);
  const estimate = useMemo(() => sheetEstimate(properties, measured, findings.elevators, findings.parking, costs), [properties, measured, findings, costs]);
  const items = useMemo(() => sheetItems(properties), [properties]);
  const funding = useMemo(() => sheetFunding(properties), [properties]);
  // The points wait for every analysis: a half-landed set would print "无" where a finding is still coming.
  const rows = useMemo(
    () => (analyses.settled ? reviewPoints({ community: properties, items, estimate, funding }, findings, lang) : null),
    [analyses.settled, properties, items, estimate, funding, findings, lang],
  );

  const title = translate(lang, 'reviewForm.title');
  const status = properties.renovationStatus ? RENOVATION_STATUS_LABELS[properties.renovationStatus][lang] : null;
  const itemText = items.all.length === 0 ? t('未登记改造内容', 'No items recorded') : [
    ...CATEGORIES.filter((category) => items.byCategory[category].length > 0).map((category) => `${CATEGORY_LABELS[category][lang]}${t('：', ': ')}${joinList(items.byCategory[category].map((code) => RENOVATION_ITEMS[code][lang]), lang)}`),
    ...(items.unknown.length ? [`${t('其他：', 'Other: ')}${joinList(items.unknown, lang)}`] : []),
  ].join(t('；', '; '));
  const byClass = CATEGORIES.filter((category) => estimate.lines.some((line) => line.category === category)).map((category) => `${CATEGORY_LABELS[category][lang]} ${money(estimate.byCategory[category], lang)}`);

  return (
    <article className="sheet-page review-page" data-testid="review-form-page" data-community={String(id)} aria-label={`${name} ${title}`}>
      <header className="review-head">
        <h1 data-testid="review-form-title">{title}</h1>
        <p className="review-sub">
          {t('小区编号', 'Community ID')} {String(id)}{status ? ` · ${status}` : ''}{properties.planYear ? t(` · 计划 ${properties.planYear} 年`, ` · plan year ${properties.planYear}`) : ''}
        </p>
        {demoNotice && <p className="sheet-demo" data-testid="review-form-demo">{demoNotice}</p>}
      </header>

      <table className="review-facts" data-testid="review-facts">
        <tbody>
          <tr>
            <th scope="row">{t('小区名称', 'Community')}</th><td data-testid="review-name">{name}</td>
            <th scope="row">{t('所属片区', 'District')}</th><td>{districtName ?? '—'}</td>
          </tr>
          <tr>
            <th scope="row">{t('改造类别', 'Class')}</th><td>{properties.category ? CATEGORY_LABELS[properties.category][lang] : '—'}</td>
            <th scope="row">{t('户数', 'Households')}</th><td>{scope.households === null ? '—' : quantity(scope.households, t('户', 'households'))}</td>
          </tr>
          <tr>
            <th scope="row">{t('改造范围', 'Scope')}</th>
            <td colSpan={3} data-testid="review-scope">{buildingsCounted
              ? t(`楼栋 ${quantity(scope.buildings, '栋')}，单元 ${quantity(scope.units, '个')}`, `${quantity(scope.buildings, 'buildings')}, ${quantity(scope.units, 'stairwells')}`)
              : t('楼栋、单元未统计（没有楼栋图层）', 'Buildings and stairwells not counted (no buildings layer)')}</td>
          </tr>
          <tr>
            <th scope="row">{t('改造涉及的房屋面积', 'Floor area concerned')}</th>
            <td colSpan={3}><span data-testid="review-floor-area">{buildingsCounted ? squareMetres(scope.floorAreaM2) : t('未统计（没有楼栋图层）', 'not counted (no buildings layer)')}</span> <span className="small">{t('（建筑面积 = Σ 基底面积 × 层数）', '(floor area = Σ footprint × floors)')}</span></td>
          </tr>
          <tr>
            <th scope="row">{t('改造内容', 'Renovation items')}</th><td colSpan={3}>{itemText}</td>
          </tr>
          <tr>
            <th scope="row">{t('工程概算', 'Cost estimate')}</th>
            <td colSpan={3} data-testid="review-estimate">
              {estimate.lines.length === 0 ? t('未登记改造内容，无法概算', 'No items recorded: nothing to estimate') : `${money(estimate.totalWan, lang)}${t(`（${joinList(byClass, lang)}）`, ` (${joinList(byClass, lang)})`)}`}
              {properties.investmentWan !== undefined && t(`；计划投资 ${money(properties.investmentWan, lang)}`, `; planned investment ${money(properties.investmentWan, lang)}`)}
              <span className="small">{Object.keys(costs).length > 0
                ? t('（按一案一策估算，部分单价已修改）', ' (the plan sheet’s estimate, some unit costs edited)')
                : t('（按一案一策估算，单价为工程估算假设）', ' (the plan sheet’s estimate at assumed unit costs)')}</span>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('资金来源', 'Funding')}</th>
            <td colSpan={3} data-testid="review-funding">
              {funding.rows.length === 0 ? t('未登记资金来源', 'No funding recorded') : `${joinList(funding.rows.map((row) => `${FUNDING_SOURCE_LABELS[row.source][lang]} ${money(row.wan, lang)}`), lang)}${t(`；合计 ${money(funding.totalWan, lang)}`, `; total ${money(funding.totalWan, lang)}`)}`}
            </td>
          </tr>
        </tbody>
      </table>

      <ReviewTable rows={rows} lang={lang} />
      <ReviewClosing lang={lang} />

      <footer className="sheet-foot small">
        {source} · {t('审查要点由分析按默认参数生成，供联审参考', 'review points generated by the analyses at default parameters, for the meeting’s reference')} · {documentDate()}
      </footer>
    </article>
  );
}
