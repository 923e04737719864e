/**
 * The plan sheet (一案一策, issue 8 item 4; issue 10 item 5), shown instead of the workspace
 * when the URL has `sheet=C0001` (one community) or `sheet=district:D001` (every community
 * of a district, one A4 page each). A toolbar to print (the browser's print → PDF) and go
 * back; the toolbar is not printed. Marks the root ready once the data is drawn, and the
 * sheet `data-sheet-ready` once every analysis has landed, so a print waits for the figures.
 */
import { appStore, useAppState } from '../../state/store';
import { idOf } from './sheet-target';
import { CommunitySheet } from './CommunitySheet';
import { pick } from './sheet-format';
import { translate } from '../../i18n/strings';
import { SheetNotFound } from './SheetNotFound';
import { SheetToolbar } from './SheetToolbar';
import { useDocumentTitle, useSheetDocument } from './use-sheet-document';
import './plan-sheet.css';

export default function PlanSheetPage() {
  const lang = useAppState((state) => state.lang);
  const t = pick(lang);
  const { loaded, districtsKnown, analyses, layers, target, costs, batchDistrict, communities, documentProps, districtNames } = useSheetDocument();

  const title = communities.length === 1 ? t(`${communities[0].properties.name ?? target} 一案一策`, `${communities[0].properties.name ?? target} plan sheet`) : t(`${districtNames.get(batchDistrict ?? '') ?? batchDistrict ?? target} 一案一策（批量）`, `Plan sheets, ${districtNames.get(batchDistrict ?? '') ?? batchDistrict ?? target}`);
  useDocumentTitle(title);

  return (
    <div className="plan-sheet" data-testid="plan-sheet" data-sheet-ready={loaded && districtsKnown && analyses.settled ? 'true' : 'false'} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <SheetToolbar label={t('一案一策工具栏', 'Plan sheet toolbar')} loaded={loaded} ready={districtsKnown && analyses.settled} pages={communities.length}>
        {Object.keys(costs).length > 0 && (
          <button type="button" onClick={() => appStore.update((state) => ({ sheet: state.sheet ? { ...state.sheet, costs: {} } : null }))}>{t('恢复默认单价', 'Reset unit costs')}</button>
        )}
        <button type="button" data-testid="sheet-to-review-form" onClick={() => appStore.update((state) => ({ sheet: state.sheet ? { ...state.sheet, kind: 'review' } : null }))}>{translate(lang, 'reviewForm.menu')}</button>
      </SheetToolbar>
      {/* The pages are the document's main landmark (the toolbar is its nav): axe landmark-one-main, region. */}
      <main>
        {loaded && districtsKnown && communities.length === 0 && <SheetNotFound target={target} batchDistrict={batchDistrict} districtNames={districtNames} lang={lang} />}
        {communities.map((community) => (
          <CommunitySheet key={idOf(community)} {...documentProps(community)} layers={layers} />
        ))}
      </main>
    </div>
  );
}
