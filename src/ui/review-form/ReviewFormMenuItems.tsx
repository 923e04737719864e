/**
 * The joint review form's entries in the header's 一案一策 popup: the same targets as the plan
 * sheet's (the selected or first community, each district as a batch), opening
 * `sheet=…&form=review`. Part of the first frame: it holds labels only; the form itself is
 * loaded lazily when opened.
 */
import { translate, type Lang } from '../../i18n/strings';
import type { CommunityFeature, DistrictFeature } from '../../model/types';
import { pick } from '../plan-sheet/sheet-format';
import { DISTRICT_PREFIX, idOf } from '../plan-sheet/sheet-target';

interface Props {
  lang: Lang;
  community: CommunityFeature;
  selected: boolean;
  districts: readonly DistrictFeature[];
  /** " (12 个小区)" after a district's name, as the plan sheet's entries say it. */
  countLabel: (districtId: string) => string;
  open: (target: string) => void;
}

export function ReviewFormMenuItems({ lang, community, selected, districts, countLabel, open }: Props) {
  const t = pick(lang);
  const heading = translate(lang, 'reviewForm.menu');
  return (
    <div className="menu-group" role="group" aria-labelledby="review-form-menu-heading">
      <span className="menu-group-label" id="review-form-menu-heading">{heading}</span>
      <button type="button" data-testid="review-form-community" onClick={() => open(idOf(community))}>
        {t(selected ? '所选小区：' : '第一个小区：', selected ? 'Selected: ' : 'First community: ')}{community.properties?.name ?? idOf(community)}
      </button>
      {districts.map((district) => (
        <button type="button" key={idOf(district)} data-testid={`review-form-district-${idOf(district)}`} onClick={() => open(`${DISTRICT_PREFIX}${idOf(district)}`)}>
          {t('片区批量：', 'District batch: ')}{district.properties?.name ?? idOf(district)}{countLabel(idOf(district))}
        </button>
      ))}
    </div>
  );
}
