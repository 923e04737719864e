/**
 * The residents' voice in the dashboard (issue 10): what share of respondents asks for each
 * item, the elevator votes against 民法典 art. 278 (已达标 / 未达标 / 未表决), and the mean
 * satisfaction of completed communities. Read from the worker's residents overview (a few
 * figures, not the priority run's every building with its votes).
 */
import { useMemo } from 'react';
import { RENOVATION_ITEMS } from '../../model/codes';
import { useAnalysis } from '../use-analysis';
import { useDataset } from '../use-dataset';
import { hasResidentTables } from '../../data/dataset';
import { useLang } from '../i18n';
import { EChart } from './EChart';
import { pieOption } from './pie-option';
import { countNoun, formatCount, formatShare } from '../../i18n/format';

const TEXT = { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' };
const EXTRA_ITEMS: Record<string, { zh: string; en: string }> = { greening: { zh: '绿化', en: 'greening' }, security: { zh: '安防', en: 'security' } };
const PARAMS = {};

export function ResidentsCharts() {
  const lang = useLang();
  const zh = lang === 'zh';
  // Asked only with a survey or votes table loaded: without one the charts show nothing, and
  // at province scale the votes' elevator analysis is seconds of the worker that the user's
  // own panel would queue behind.
  const asked = hasResidentTables(useDataset().tables);
  const query = useAnalysis('residentsOverview', PARAMS, asked);
  // Not the previous data's (the query keeps it as a placeholder): those tables are gone.
  const residents = asked ? query.data : undefined;

  const needs = useMemo(() => {
    if (!residents) return null;
    return residents.needs.map(({ item, share }) => {
      const code = item.replace(/^need_/, '');
      const name = (RENOVATION_ITEMS as Record<string, { zh: string; en: string }>)[code] ?? EXTRA_ITEMS[code] ?? { zh: code, en: code };
      return { name: name[lang], share };
    }).sort((a, b) => a.share - b.share);
  }, [residents, lang]);
  const satisfaction = residents?.satisfaction ?? null;

  if (!residents || (!residents.tables.surveys && !residents.tables.elevatorVotes)) return null;
  const t = residents.totals;
  const needsCaption = `${zh ? '居民需求（受访户占比）' : 'Residents asking for (share)'}${satisfaction !== null ? (zh ? ` · 已完工满意度 ${satisfaction.toFixed(1)}/5` : ` · satisfaction of completed communities ${satisfaction.toFixed(1)}/5`) : ''}`;
  const votesCaption = zh ? '加梯表决（民法典第278条）' : 'Elevator votes, buildings (Civil Code art. 278)';
  return (
    <>
      {needs && needs.length > 0 && (
        <figure><figcaption>{needsCaption}</figcaption>
          <EChart testId="chart-needs" title={needsCaption} format={formatShare} option={{
            textStyle: TEXT, tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${(v * 100).toFixed(1)}%` },
            grid: { left: 64, right: 14, top: 8, bottom: 20 },
            xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
            yAxis: { type: 'category', data: needs.map((n) => n.name), axisLabel: { fontSize: 10 } },
            series: [{ type: 'bar', data: needs.map((n) => n.share), itemStyle: { color: '#ef6c00' } }],
          }} />
        </figure>
      )}
      {residents.tables.elevatorVotes && (
        <figure><figcaption>{votesCaption}</figcaption>
          <EChart testId="chart-votes" title={votesCaption} format={(value) => (zh ? `${formatCount(value)} 栋` : countNoun(value, 'building'))} option={pieOption([
            { name: zh ? '已达标' : 'passed', value: t.buildingsReached, colour: '#2e7d32' },
            { name: zh ? '未达标' : 'short', value: t.buildingsShort, colour: '#f9a825' },
            { name: zh ? '未表决' : 'not voted', value: t.buildingsNone, colour: '#bdbdbd' },
          ], (entry) => (zh ? `${formatCount(entry.value)} 栋` : formatCount(entry.value)), TEXT)} />
        </figure>
      )}
    </>
  );
}
