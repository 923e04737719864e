/**
 * The joint review form (城镇老旧小区改造部门联合评审意见表, 浙建议〔2022〕83号 一(二)), shown
 * instead of the workspace when the URL has `sheet=C0001&form=review` (one community) or
 * `sheet=district:D001&form=review` (one form per community of the district). Loaded lazily,
 * like the plan sheet, whose data, analyses, toolbar and figures it shares. The page is
 * `data-form-ready` once every analysis has landed, so a print waits for the review points.
 */
import { appStore, useAppState } from '../../state/store';
import { translate } from '../../i18n/strings';
import { countNoun } from '../../i18n/format';
import { idOf } from '../plan-sheet/sheet-target';
import { pick } from '../plan-sheet/sheet-format';
import { SheetNotFound } from '../plan-sheet/SheetNotFound';
import { SheetToolbar } from '../plan-sheet/SheetToolbar';
import { useDocumentTitle, useSheetDocument } from '../plan-sheet/use-sheet-document';
import { CommunityReviewForm } from './CommunityReviewForm';
import '../plan-sheet/plan-sheet.css';
import './review-form.css';

export default function ReviewFormPage() {
  const lang = useAppState((state) => state.lang);
  const t = pick(lang);
  const { loaded, districtsKnown, analyses, target, batchDistrict, communities, documentProps, districtNames } = useSheetDocument();
  const ready = loaded && districtsKnown && analyses.settled;

  const formTitle = translate(lang, 'reviewForm.title');
  const batchName = districtNames.get(batchDistrict ?? '') ?? batchDistrict ?? target;
  useDocumentTitle(communities.length === 1 ? `${communities[0].properties.name ?? target} ${formTitle}` : t(`${batchName} ${formTitle}（批量）`, `${formTitle}, ${batchName}`));

  const toPlanSheet = () => appStore.update((state) => ({ sheet: state.sheet ? { target: state.sheet.target, costs: state.sheet.costs } : null }));

  return (
    <div className="plan-sheet review-form" data-testid="review-form" data-form-ready={ready ? 'true' : 'false'} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <SheetToolbar label={t('联合评审意见表工具栏', 'Joint review form toolbar')} loaded={loaded} ready={districtsKnown && analyses.settled} pages={communities.length} readyLabel={t(`共 ${communities.length} 份，可打印`, `${countNoun(communities.length, 'form')}, ready to print`)}>
        <button type="button" data-testid="review-to-plan-sheet" onClick={toPlanSheet}>{translate(lang, 'planSheet.menu')}</button>
      </SheetToolbar>
      {/* The forms are the document's main landmark (the toolbar is its nav): axe landmark-one-main, region. */}
      <main>
        {loaded && districtsKnown && communities.length === 0 && <SheetNotFound target={target} batchDistrict={batchDistrict} districtNames={districtNames} lang={lang} />}
        {communities.map((community) => (
          <CommunityReviewForm key={idOf(community)} {...documentProps(community)} />
        ))}
      </main>
    </div>
  );
}
