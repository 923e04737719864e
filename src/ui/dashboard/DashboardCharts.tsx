/**
 * The dashboard's charts (ECharts, ≈190 kB gzip): status, funding by district, progress by year,
 * property-management cover and the residents' voice. Loaded by Dashboard.tsx once the map has
 * drawn its first frame (map-ready.ts), so the map never waits for this chunk. Clicking a status
 * or a district sets the cross-filter, which lives in the URL.
 */
import { useMemo, useRef } from 'react';
import { useScrollEdges } from '../components/scroll-edges';
import { FUNDING_SOURCES, PROPERTY_MANAGEMENT_LABELS, RENOVATION_STATUSES } from '../../model/codes';
import type { DashboardOutput } from '../../analysis/status';
import { countNoun, formatCount, formatMoneyWan, formatShare } from '../../i18n/format';
import { fundingBars, fundingCaption, fundingOption } from './funding-option';
import { appStore, useAppState } from '../../state/store';
import { useLabel, useLang } from '../i18n';
import { EChart } from './EChart';
import { ResidentsCharts } from './ResidentsCharts';
import { pieOption } from './pie-option';
import { progressOption, statusOption } from './count-options';
import { chartInk } from './chart-theme';
import { useTheme } from '../theme';
import { fieldLabel } from '../inspector-fields';

const TEXT = { fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' };

export default function DashboardCharts({ data }: { data: DashboardOutput }) {
  const lang = useLang();
  const label = useLabel();
  const filter = useAppState((state) => state.filter);
  const zh = lang === 'zh';
  // A chart of nothing but zeros reads as "no money, no progress": say which fields are missing instead.
  const field = (key: string) => (zh ? `${fieldLabel('communities', key, lang)}（${key}）` : key);
  const noFunding = data.fundingByDistrict.every((row) => FUNDING_SOURCES.every((source) => !row.bySource[source]));
  const noYears = data.progress.every((p) => !p.planned && !p.started && !p.completed);

  // 深色: the households' line in light ink, the statuses in the map legend's colours of the theme (status-colours.ts).
  const theme = useTheme();
  const ink = chartInk(theme);
  const statusChart = useMemo(() => statusOption(data, zh, label, filter.status, TEXT, ink, theme), [data, label, zh, filter.status, ink, theme]);

  const funding = useMemo(() => fundingBars(data.fundingByDistrict, lang), [data, lang]);
  const fundingChart = useMemo(() => fundingOption(funding.bars, lang, TEXT), [funding, lang]);
  const fundingTitle = fundingCaption(funding.rest, lang);

  const progressChart = useMemo(() => progressOption(data, zh, TEXT, theme), [data, zh, theme]);

  const managementOption = useMemo(() => pieOption(
    Object.entries(data.propertyManagement).filter(([, v]) => v.communities > 0).map(([key, value]) => ({
      name: key === 'unknown' ? (zh ? '未填报' : 'unknown') : label(PROPERTY_MANAGEMENT_LABELS[key as keyof typeof PROPERTY_MANAGEMENT_LABELS]),
      value: value.households,
    })),
    (_, share) => formatShare(share),
    TEXT,
  ), [data, label, zh]);

  const scroller = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(scroller);

  const caption = {
    status: zh ? '各状态小区与户数' : 'Communities and households by status',
    funding: fundingTitle.title,
    progress: zh ? '年度进展' : 'Progress by year',
    management: zh ? '物业覆盖（户）' : 'Property management (households)',
  };
  return (
    // It scrolls sideways on a narrow window: a Tab stop, so the keyboard can scroll it too (axe
    // scrollable-region-focusable), and a shadow at the edge that has more charts beyond it.
    <div className="dashboard-frame" data-testid="dashboard-frame" data-more-start={edges.moreStart} data-more-end={edges.moreEnd}>
    <div className="dashboard-charts" ref={scroller} tabIndex={0} role="group" aria-label={zh ? '看板图表' : 'Dashboard charts'}>
      <figure><figcaption>{caption.status}</figcaption>
        <EChart option={statusChart} title={caption.status} testId="chart-status" onClick={(event) => {
          const status = RENOVATION_STATUSES[event.dataIndex ?? -1];
          if (status) appStore.update((state) => ({ filter: { ...state.filter, status: state.filter.status === status ? undefined : status } }));
        }} />
      </figure>
      <figure><figcaption>{caption.funding}{fundingTitle.note && <span className="chart-note" data-testid="chart-funding-rest">{fundingTitle.note}</span>}</figcaption>
        {noFunding ? <EmptyChart testId="chart-funding-empty" text={zh ? `所选小区没有资金数据：小区图层需有${field('funding')}字段` : 'No funding in the selected communities: the communities layer needs a funding field'} /> : (
          <EChart option={fundingChart} title={caption.funding} format={(value) => formatMoneyWan(value, lang)} testId="chart-funding" onClick={(event) => {
            const row = funding.bars[event.dataIndex ?? -1];
            if (row && row.districtId !== null) {
              const id = String(row.districtId);
              appStore.update((state) => ({ filter: { ...state.filter, districtId: state.filter.districtId === id ? undefined : id } }));
            }
          }} />
        )}
      </figure>
      <figure><figcaption>{caption.progress}</figcaption>
        {noYears ? <EmptyChart testId="chart-progress-empty" text={zh ? `所选小区没有年份数据：小区图层需有${field('planYear')}、${field('startYear')}或${field('completedYear')}字段` : 'No years in the selected communities: the communities layer needs planYear, startYear or completedYear'} /> : <EChart option={progressChart} title={caption.progress} testId="chart-progress" />}
      </figure>
      <figure><figcaption>{caption.management}</figcaption><EChart option={managementOption} title={caption.management} format={(value) => (zh ? `${formatCount(value)} 户` : countNoun(value, 'household'))} testId="chart-management" /></figure>
      <ResidentsCharts />
    </div>
    </div>
  );
}

function EmptyChart({ text, testId }: { text: string; testId: string }) {
  return <p className="empty chart-empty" data-testid={testId}>{text}</p>;
}
