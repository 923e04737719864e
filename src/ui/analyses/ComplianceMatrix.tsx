/**
 * The life-circle compliance matrix (生活圈达标, the facility census the province asks for):
 * communities × the six service types, coloured by 5 / 10 / 15-minute circle; sortable by
 * any column; exported as CSV with Chinese headers.
 */
import { downloadBytes } from '../download';
import { useMemo, useRef, useState } from 'react';
import { FACILITY_TYPE_LABELS, SERVICE_TYPES, type ServiceType } from '../../model/codes';
import { writeCsv } from '../../io/write/csv';
import type { DistanceKind } from '../../analysis/services';
import { useAnalysis } from '../use-analysis';
import { useLabel, useLang } from '../i18n';
import { AnalysisStatus } from './AnalysisStatus';
import { SpacerLine } from '../components/DataTable';
import { useVirtualLines, VIRTUAL_FROM } from '../components/virtual-lines';
import { FindBox } from '../components/FindBox';
import { rowsMatching } from '../components/row-filter';
import { compareCells } from '../components/row-order';

const CIRCLE_COLOURS: Record<string, string> = { 5: '#a5d6a7', 10: '#fff59d', 15: '#ffcc80', none: '#ef9a9a' };
/** Dark ink on the light cells in either theme (深色's light ink would be about 1.3 : 1 on them). */
const MATRIX_INK = '#1f2933';
const CIRCLE_TEXT = { 5: { zh: '5分钟', en: '5 min' }, 10: { zh: '10分钟', en: '10 min' }, 15: { zh: '15分钟', en: '15 min' }, none: { zh: '未覆盖', en: 'none' } } as const;

/** `noRoads`: the panel already says walking distance needs a roads layer; the matrix does not repeat it as a failure. */
export function ComplianceMatrix({ distance, noRoads = false }: { distance: DistanceKind; noRoads?: boolean }) {
  const lang = useLang();
  const label = useLabel();
  const zh = lang === 'zh';
  const query = useAnalysis('lifeCircles', useMemo(() => ({ distance }), [distance]));
  const [sort, setSort] = useState<ServiceType | 'name'>('name');
  const [find, setFind] = useState('');
  const all = query.data?.communities;
  const findable = (all?.length ?? 0) >= VIRTUAL_FROM;
  const sorted = useMemo(() => {
    // By name, or by distance to the service (nearest first, none last).
    const key = (row: NonNullable<typeof all>[number]) => (sort === 'name' ? String(row.name ?? row.id) : row.services[sort].distanceM);
    return [...(all ?? [])].sort((a, b) => compareCells(key(a), key(b)));
  }, [all, sort]);
  // The rows shown; the CSV export is the whole census, whatever is typed in the find box.
  const rows = useMemo(() => rowsMatching(sorted, findable ? find : '', (row) => [String(row.id), row.name ?? null]), [sorted, find, findable]);

  const scroller = useRef<HTMLDivElement>(null);
  const drawn = useVirtualLines(scroller, rows.length, (index) => String(rows[index].id));

  const exportCsv = () => {
    const table = sorted.map((row) => ({
      [zh ? '小区编号' : 'id']: row.id,
      [zh ? '小区名称' : 'name']: row.name ?? '',
      ...Object.fromEntries(SERVICE_TYPES.flatMap((type) => [
        [`${label(FACILITY_TYPE_LABELS[type])}${zh ? '距离（m）' : ' distance (m)'}`, row.services[type].distanceM === null ? '' : Math.round(row.services[type].distanceM!)],
        [`${label(FACILITY_TYPE_LABELS[type])}${zh ? '生活圈' : ' life circle'}`, CIRCLE_TEXT[row.services[type].lifeCircle ?? 'none'][lang]],
      ])),
    }));
    downloadBytes(writeCsv(table), zh ? '生活圈达标.csv' : 'life-circle-compliance.csv', 'text/csv;charset=utf-8');
  };

  return (
    <section>
      <h3>{zh ? '生活圈达标（设施普查）' : 'Life-circle compliance (facility census)'}
        <button type="button" className="button small-button" onClick={exportCsv} disabled={!query.data} data-testid="export-compliance">{zh ? '导出 CSV' : 'Export CSV'}</button>
      </h3>
      <AnalysisStatus query={query} panelSaysMissing={noRoads ? ['roads'] : []} />
      <div className="legend-inline small">{(['5', '10', '15', 'none'] as const).map((key) => <span key={key}><span className="swatch" style={{ background: CIRCLE_COLOURS[key] }} /> {CIRCLE_TEXT[key][lang]}</span>)}</div>
      {findable && <FindBox query={find} onQuery={setFind} found={rows.length} total={all!.length} testId="compliance-matrix-find" />}
      <div className="table-scroll" ref={scroller}>
        <table className="data-table matrix" data-testid="compliance-matrix" aria-rowcount={drawn.virtual ? rows.length + 1 : undefined}>
          <thead><tr>
            <th><button type="button" onClick={() => setSort('name')}>{zh ? '小区' : 'Community'}{sort === 'name' ? ' ▲' : ''}</button></th>
            {SERVICE_TYPES.map((type) => <th key={type}><button type="button" onClick={() => setSort(type)}>{label(FACILITY_TYPE_LABELS[type])}{sort === type ? ' ▲' : ''}</button></th>)}
          </tr></thead>
          <tbody>
            <SpacerLine height={drawn.before} columns={SERVICE_TYPES.length + 1} />
            {drawn.indices.map((index) => {
              const row = rows[index];
              return (
                <tr key={String(row.id)} data-index={index} ref={drawn.measure} aria-rowindex={drawn.virtual ? index + 2 : undefined}>
                  <td>{row.name ?? String(row.id)}</td>
                  {SERVICE_TYPES.map((type) => {
                    const cell = row.services[type];
                    return <td key={type} className="nowrap" style={{ background: CIRCLE_COLOURS[cell.lifeCircle ?? 'none'], color: MATRIX_INK }} title={cell.distanceM === null ? '' : `${Math.round(cell.distanceM)} m`}>{CIRCLE_TEXT[cell.lifeCircle ?? 'none'][lang]}</td>;
                  })}
                </tr>
              );
            })}
            <SpacerLine height={drawn.after} columns={SERVICE_TYPES.length + 1} />
          </tbody>
        </table>
      </div>
    </section>
  );
}
