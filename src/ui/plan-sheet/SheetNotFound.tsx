/**
 * What a printed document (plan sheet or joint review form) says when its `sheet=` target
 * names nothing: an unknown community, an unknown district, or a district nobody lives in.
 */
import type { Lang } from '../../i18n/strings';
import { pick } from './sheet-format';

export function SheetNotFound({ target, batchDistrict, districtNames, lang }: { target: string; batchDistrict: string | null; districtNames: ReadonlyMap<string, string>; lang: Lang }) {
  const t = pick(lang);
  return (
    <p className="error sheet-missing" role="alert" data-testid="sheet-not-found">{batchDistrict === null
      ? t(`找不到小区“${target}”：请从页首的“一案一策”选择小区或片区。`, `No community “${target}”: pick a community or district from 一案一策 in the header.`)
      : districtNames.has(batchDistrict)
        ? t(`片区“${districtNames.get(batchDistrict)}”中没有小区：请从页首的“一案一策”选择其他小区或片区。`, `No community lies in the district “${districtNames.get(batchDistrict)}”: pick another community or district from 一案一策 in the header.`)
        : t(`找不到片区“${batchDistrict}”：请从页首的“一案一策”选择小区或片区。`, `No district “${batchDistrict}”: pick a community or district from 一案一策 in the header.`)}</p>
  );
}
