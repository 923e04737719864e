/**
 * The dashboard's cross-filter as two selects, 状态 and 片区: the keyboard's way to what a
 * click on a status bar or a district's funding bar does (UX.md: every control usable from
 * the keyboard; the charts are canvases). Both write the same `filter` in the URL.
 */
import { useMemo } from 'react';
import { RENOVATION_STATUS_LABELS, RENOVATION_STATUSES, type RenovationStatus } from '../../model/codes';
import { appStore, useAppState } from '../../state/store';
import { useLabel, useLang } from '../i18n';
import { useDataset } from '../use-dataset';
import { compareNames } from '../components/row-order';

/**
 * The districts to filter by, in name order (numerals by value: 902 of them at province scale,
 * where the file's order is no help): the districts layer's (named where it names them), else
 * the communities' districtIds.
 */
export function districtChoices(districts: { properties?: Record<string, unknown> | null; id?: string | number }[] | undefined, communityDistrictIds: unknown[]): { id: string; name: string }[] {
  const fromLayer = (districts ?? []).flatMap((district) => {
    const id = district.properties?.id ?? district.id;
    if (id === undefined || id === null || id === '') return [];
    const name = district.properties?.name;
    return [{ id: String(id), name: typeof name === 'string' && name.trim() ? name : String(id) }];
  });
  const ids = [...new Set(communityDistrictIds.filter((id) => id !== undefined && id !== null && id !== '').map(String))];
  const choices = fromLayer.length > 0 ? fromLayer : ids.map((id) => ({ id, name: id }));
  return choices.sort((a, b) => compareNames(a.name, b.name));
}

export function DashboardFilters() {
  const zh = useLang() === 'zh';
  const label = useLabel();
  const filter = useAppState((state) => state.filter);
  const { layers } = useDataset();
  const districts = useMemo(
    () => districtChoices(layers.districts?.features, (layers.communities?.features ?? []).map((community) => community.properties?.districtId)),
    [layers.districts, layers.communities],
  );
  const set = (key: 'status' | 'districtId', value: string) => appStore.update((state) => ({ filter: { ...state.filter, [key]: value || undefined } }));
  return (
    <div className="dashboard-filters">
      <label>
        {zh ? '状态' : 'Status'}
        <select value={filter.status ?? ''} onChange={(event) => set('status', event.target.value)} data-testid="filter-status">
          <option value="">{zh ? '全部' : 'All'}</option>
          {RENOVATION_STATUSES.map((status) => <option key={status} value={status}>{label(RENOVATION_STATUS_LABELS[status as RenovationStatus])}</option>)}
        </select>
      </label>
      {districts.length > 0 && (
        <label>
          {zh ? '片区' : 'District'}
          <select value={filter.districtId ?? ''} onChange={(event) => set('districtId', event.target.value)} data-testid="filter-district">
            <option value="">{zh ? '全部' : 'All'}</option>
            {districts.map((district) => <option key={district.id} value={district.id}>{district.name}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}
