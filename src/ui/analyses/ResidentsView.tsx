/**
 * 问需于民、问计于民、问效于民: needs per item (map), elevator votes per building against the
 * 民法典 art. 278 thresholds by households and floor area (已达标 / 差 N 户、N ㎡ / 未表决), satisfaction of completed communities,
 * and per community what residents asked next to what the plan gives.
 */
import type { CommunityVoice, ResidentsOutput } from '../../analysis/residents';
import { RENOVATION_ITEMS } from '../../model/codes';
import { formatMinimumArea, formatShare, joinList } from '../../i18n/format';
import { DataTable, type Column } from '../components/DataTable';
import { useLang } from '../i18n';
import { useDataset } from '../use-dataset';
import { rowPlace, tableSourcesOf } from '../../data/table-sources';

const ITEM_NAMES: Record<string, { zh: string; en: string }> = {
  ...RENOVATION_ITEMS,
  greening: { zh: '绿化', en: 'greening' },
  security: { zh: '安防', en: 'security' },
};
export const itemName = (item: string, lang: 'zh' | 'en') => ITEM_NAMES[item.replace(/^need_/, '')]?.[lang] ?? item.replace(/^need_/, '');

/** A community's votes: passed, short (households, and floor area when a vote fell short by area), not voted. */
function votesCell(votes: CommunityVoice['votes'], zh: boolean): string {
  const area = votes.missingAreaM2 > 0 ? ` · ${formatMinimumArea(votes.missingAreaM2)}` : '';
  return zh
    ? `达标 ${votes.reached} · 差 ${votes.missingHouseholds} 户${area} · 未表决 ${votes.none}`
    : `${votes.reached} passed · ${votes.missingHouseholds} households${area} short · ${votes.none} none`;
}

export function ResidentsView({ residents, needItem, onNeedItem }: { residents: ResidentsOutput; needItem: string; onNeedItem(item: string): void }) {
  const lang = useLang();
  // The rows named as the planner's own file numbers them (an imported workbook's sheet rows).
  const { manifest } = useDataset();
  const zh = lang === 'zh';
  if (!residents.tables.surveys && !residents.tables.elevatorVotes) {
    return <p className="empty">{zh ? '没有居民意愿调查或加梯表决表:导入 surveys.csv / elevator_votes.csv（或 Excel .xlsx）' : 'No survey or vote table: import surveys.csv / elevator_votes.csv (or Excel .xlsx)'}</p>;
  }
  const columns: Column<CommunityVoice>[] = [
    { key: 'name', header: zh ? '小区' : 'Community', value: (row) => row.name ?? String(row.id) },
    { key: 'asked', header: zh ? '居民所需' : 'Asked', value: (row) => joinList(row.asked.map((i) => itemName(i, lang)), lang) },
    { key: 'askedNotPlanned', header: zh ? '需而未列' : 'Asked, not planned', value: (row) => row.askedNotPlanned.length, render: (row) => <span className={row.askedNotPlanned.length ? 'mismatch' : undefined}>{joinList(row.askedNotPlanned.map((i) => itemName(i, lang)), lang) || '—'}</span> },
    { key: 'plannedNotAsked', header: zh ? '列而未需' : 'Planned, not asked', value: (row) => row.plannedNotAsked.length, render: (row) => <span className={row.plannedNotAsked.length ? 'mismatch' : undefined}>{joinList(row.plannedNotAsked.map((i) => itemName(i, lang)), lang) || '—'}</span> },
    { key: 'pay', header: zh ? '出资意愿' : 'Will pay', value: (row) => row.willingToPay, render: (row) => (row.willingToPay === null ? '—' : formatShare(row.willingToPay)), numeric: true },
    { key: 'satisfaction', header: zh ? '满意度' : 'Satisfaction', value: (row) => row.satisfaction, render: (row) => (row.satisfaction === null ? '—' : row.satisfaction.toFixed(1)), numeric: true },
    { key: 'votes', header: zh ? '加梯表决' : 'Votes', value: (row) => row.votes.reached, render: (row) => <span className="nowrap">{votesCell(row.votes, zh)}</span> },
  ];
  const { totals, unmatched } = residents;
  const sources = tableSourcesOf(manifest);
  return (
    <div data-testid="residents-view">
      <p className="small">
        {zh ? `已调查 ${totals.surveyed}/${totals.communities} 个小区；加梯表决：已达标 ${totals.buildingsReached} 栋、未达标 ${totals.buildingsShort} 栋、未表决 ${totals.buildingsNone} 栋。`
          : `${totals.surveyed}/${totals.communities} communities surveyed; elevator votes: ${totals.buildingsReached} passed, ${totals.buildingsShort} short, ${totals.buildingsNone} not voted.`}
      </p>
      {(unmatched.surveys.length > 0 || unmatched.elevatorVotes.length > 0) && (
        <p className="error small" role="alert" data-testid="unmatched-rows">
          {zh ? '未匹配的行：' : 'Rows matching nothing: '}
          {unmatched.surveys.map((row) => `${rowPlace('surveys.csv', row.row, sources, zh)} (${row.communityId})`).concat(unmatched.elevatorVotes.map((row) => `${rowPlace('elevator_votes.csv', row.row, sources, zh)} (${row.buildingId})`)).join('; ')}
        </p>
      )}
      <label className="small">{zh ? '地图显示需求：' : 'Map shows the need for: '}
        <select value={needItem} onChange={(event) => onNeedItem(event.target.value)} data-testid="need-item">
          {residents.needItems.map((item) => <option key={item} value={item}>{itemName(item, lang)}</option>)}
        </select>
      </label>
      <p className="small muted">{zh ? '楼栋颜色：绿=表决已达标，黄=差若干户或面积，灰=未表决（民法典第 278 条：户数与面积均须 ≥2/3 参与、参与者中 ≥3/4 同意；表中未填面积时按户数判定，面积未知）。' : 'Buildings: green = vote passed, amber = households or floor area short, grey = no vote (Civil Code art. 278: ≥ 2/3 take part and ≥ 3/4 of them agree, by households and by floor area; a vote without areas in the table is judged by households, its area unknown).'}</p>
      <DataTable rows={residents.communities} columns={columns} rowKey={(row) => String(row.id)} testId="residents-table" />
    </div>
  );
}
