/**
 * 一案一策 in the header: opens the plan sheet of the selected community (or the first one),
 * or the batch sheet of a district (one page per community). Uses the header's menu pattern.
 */
import { appStore, useAppState } from '../../state/store';
import { useDataset } from '../use-dataset';
import { usePopup } from '../components/focus';
import { pick } from './sheet-format';
import { countNoun, formatCount } from '../../i18n/format';
import { batchDistricts, communityCounts, DISTRICT_PREFIX, idOf } from './sheet-target';
import { useCommunityDistricts } from './use-community-districts';
import { ReviewFormMenuItems } from '../review-form/ReviewFormMenuItems';
import { translate } from '../../i18n/strings';

export function PlanSheetEntry() {
  const lang = useAppState((state) => state.lang);
  const selection = useAppState((state) => state.selection);
  const { layers } = useDataset();
  const { open, setOpen, rootRef, buttonProps, popupProps } = usePopup('plan-sheet-popup');
  const t = pick(lang);
  const communities = layers.communities?.features ?? [];
  const selected = selection?.layer === 'communities' ? communities.find((c) => idOf(c) === String(selection.id)) : undefined;
  const community = selected ?? communities[0];
  const districts = layers.districts?.features ?? [];
  // Asked for once the menu opens; until the engine answers, no count (a 0 would be wrong for communities without a districtId).
  const { districts: districtOf, failed } = useCommunityDistricts(open);
  const counts = districtOf || failed ? communityCounts(communities, districtOf) : null;
  // A district nobody lives in is not offered: its batch would be 0 pages.
  const { offered, empty } = batchDistricts(districts, counts);
  const emptyNames = empty.map((district) => String(district.properties?.name ?? idOf(district)));
  const countLabel = (districtId: string) => {
    if (!counts) return t('（计算中…）', ' (counting…)');
    const n = counts.get(districtId) ?? 0;
    return t(`（${formatCount(n)} 个小区）`, ` (${countNoun(n, 'community', 'communities')})`);
  };
  const openSheet = (target: string, kind?: 'review') => {
    setOpen(false);
    appStore.update({ sheet: { target, costs: {}, ...(kind ? { kind } : {}) } });
  };
  return (
    <div className="menu" ref={rootRef}>
      <button type="button" {...buttonProps} disabled={!community} data-testid="plan-sheet-button">{t('一案一策', 'Plan sheet')}</button>
      {open && community && (
        <div className="menu-popup" {...popupProps} data-testid="plan-sheet-popup">
          <span className="menu-group-label">{translate(lang, 'planSheet.menu')}</span>
          <button type="button" data-testid="plan-sheet-community" onClick={() => openSheet(idOf(community))}>
            {t(selected ? '所选小区：' : '第一个小区：', selected ? 'Selected: ' : 'First community: ')}{community.properties?.name ?? idOf(community)}
          </button>
          {offered.map((district) => (
            <button type="button" key={idOf(district)} data-testid={`plan-sheet-district-${idOf(district)}`} onClick={() => openSheet(`${DISTRICT_PREFIX}${idOf(district)}`)}>
              {t('片区批量：', 'District batch: ')}{district.properties?.name ?? idOf(district)}{countLabel(idOf(district))}
            </button>
          ))}
          <ReviewFormMenuItems lang={lang} community={community} selected={Boolean(selected)} districts={offered} countLabel={countLabel} open={(target) => openSheet(target, 'review')} />
          {emptyNames.length > 0 && (
            <span className="menu-group-label" data-testid="plan-sheet-empty-districts">
              {t(`没有小区的片区不列出：${emptyNames.join('、')}`, `Districts with no community are not listed: ${emptyNames.join(', ')}`)}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
