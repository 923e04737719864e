/**
 * 一案一策 in the header: opens the plan sheet of the selected community (or the first one),
 * or the batch sheet of a district (one page per community). Uses the header's menu pattern.
 */
import { appStore, useAppState } from '../../state/store';
import { useDataset } from '../use-dataset';
import { usePopup } from '../components/focus';
import { pick } from './sheet-format';
import { idOf } from './sheet-target';

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
  const countIn = (districtId: string) => communities.filter((c) => String(c.properties?.districtId ?? '') === districtId).length;
  const openSheet = (target: string) => {
    setOpen(false);
    appStore.update({ sheet: { target, costs: {} } });
  };
  return (
    <div className="menu" ref={rootRef}>
      <button type="button" {...buttonProps} disabled={!community} data-testid="plan-sheet-button">{t('一案一策', 'Plan sheet')}</button>
      {open && community && (
        <div className="menu-popup" {...popupProps} data-testid="plan-sheet-popup">
          <button type="button" data-testid="plan-sheet-community" onClick={() => openSheet(idOf(community))}>
            {t(selected ? '所选小区:' : '第一个小区:', selected ? 'Selected: ' : 'First community: ')}{community.properties?.name ?? idOf(community)}
          </button>
          {districts.map((district) => (
            <button type="button" key={idOf(district)} data-testid={`plan-sheet-district-${idOf(district)}`} onClick={() => openSheet(`district:${idOf(district)}`)}>
              {t('片区批量:', 'District batch: ')}{district.properties?.name ?? idOf(district)}{t(`(${countIn(idOf(district))} 个小区)`, ` (${countIn(idOf(district))} communities)`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
