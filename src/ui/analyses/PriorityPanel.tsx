/**
 * 改造优先级 and 居民意愿 (issue 10): weights the planner sets and sees (in the URL as
 * w_parking=2…), the ranking with each criterion's contribution, a choropleth of the score;
 * and the residents' view — needs per item on the map, elevator votes per building, and
 * what residents asked against what the plan gives, mismatches both ways.
 */
import { useMemo, useState } from 'react';
import { CRITERIA, CRITERION_DEFINITIONS, DEFAULT_PRIORITY_WEIGHTS, type CriterionName } from '../../analysis/priority/params';
import type { PriorityRow } from '../../analysis/priority';
import { appStore, useAppState } from '../../state/store';
import { communityHeatLayer, heatKey, voteKey, voteLayer } from '../../map/layers/residents';
import { DataTable, type Column } from '../components/DataTable';
import { useAnalysis } from '../use-analysis';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { selectCommunity, useMapTheme, usePanelKey, usePanelLayers } from '../map-context';
import { AnalysisStatus } from './AnalysisStatus';
import { OutlinesNote } from './OutlinesNote';
import { itemName, ResidentsView } from './ResidentsView';
import { noteText } from './engine-notes';
import { weightsFromUrl } from './priority-weights';
import { useTabs } from '../components/tabs';

const PRIORITY_VIEWS = ['ranking', 'voice'] as const;
type PriorityView = (typeof PRIORITY_VIEWS)[number];

const setWeight = (name: CriterionName, value: number) => appStore.update((state) => {
  const params = { ...state.params };
  if (value === DEFAULT_PRIORITY_WEIGHTS[name]) delete params[`w_${name}`];
  else params[`w_${name}`] = String(value);
  return { params };
});

export default function PriorityPanel() {
  const lang = useLang();
  const zh = lang === 'zh';
  const url = useAppState((state) => state.params);
  const weights = useMemo(() => weightsFromUrl(url), [url]);
  const query = useAnalysis('priority', useMemo(() => ({ weights }), [weights]));
  const result = query.data;
  const { layers } = useDataset();
  const selection = useAppState((state) => state.selection);
  const selectedId = selection?.layer === 'communities' ? String(selection.id) : null;
  const [view, setView] = useState<PriorityView>(url.view === 'voice' ? 'voice' : 'ranking');
  const tabs = useTabs(PRIORITY_VIEWS, view, setView);
  const [chosenNeed, setNeedItem] = useState<string | null>(null);
  const needItems = result?.residents.needItems ?? [];
  const needItem = chosenNeed && needItems.includes(chosenNeed) ? chosenNeed : needItems.find((item) => /elevator/.test(item)) ?? needItems[0] ?? '';

  // Made once per result (and need item): the layers keep their data per these objects, so a selection only restyles.
  const scores = useMemo(() => new Map(result?.communities.map((row) => [String(row.id), row.score]) ?? []), [result]);
  const needs = useMemo(() => new Map(result?.residents.communities.map((row) => [String(row.id), row.needs[needItem] ?? null]) ?? []), [result, needItem]);
  const votes = useMemo(() => result?.residents.buildings.filter((b) => b.candidate || b.votes.length) ?? [], [result]);
  // In the colours of the theme the map is drawn in (深色; light while an export holds it).
  const theme = useMapTheme();
  const deckLayers = useMemo(() => {
    if (!result) return [];
    if (view === 'ranking') return communityHeatLayer('priority-score', scores, layers.communities, selectedId, theme);
    return [...communityHeatLayer('resident-needs', needs, layers.communities, selectedId, theme), voteLayer(votes, layers.buildings)];
  }, [result, view, scores, needs, votes, layers, selectedId, theme]);
  usePanelLayers('priority', deckLayers);
  const needLabel = { zh: itemName(needItem, 'zh'), en: itemName(needItem, 'en') };
  usePanelKey('priority', useMemo(() => {
    if (!result) return [];
    if (view === 'ranking') return [heatKey('priority-score', { zh: '小区 · 改造优先级得分', en: 'Communities · priority score' }, theme)];
    return [heatKey('resident-needs', { zh: `小区 · 提出「${needLabel.zh}」的住户比例`, en: `Communities · share asking for ${needLabel.en}` }, theme), voteKey()];
  }, [result, view, needLabel.zh, needLabel.en, theme]));

  const columns: Column<PriorityRow>[] = [
    { key: 'rank', header: zh ? '排名' : 'Rank', value: (row) => row.rank, numeric: true },
    { key: 'name', header: zh ? '小区' : 'Community', value: (row) => row.name ?? String(row.id) },
    { key: 'score', header: zh ? '得分' : 'Score', value: (row) => row.score, render: (row) => row.score.toFixed(2), numeric: true },
    {
      key: 'why', header: zh ? '构成' : 'Why', value: (row) => row.score,
      render: (row) => (
        <span className="contribution-bar" title={CRITERIA.map((name) => `${CRITERION_DEFINITIONS[name].label[lang]} ${row.criteria[name].contribution.toFixed(2)}`).join('\n')}>
          {CRITERIA.map((name, i) => <span key={name} style={{ flex: row.criteria[name].contribution, background: `hsl(${i * 50}, 55%, 55%)` }} />)}
        </span>
      ),
    },
  ];
  const select = (row: PriorityRow) => selectCommunity(layers.communities, row.id);

  return (
    <div className="analysis-body" data-testid="priority-panel">
      <h2>{zh ? '改造优先级与居民意愿' : 'Priority and residents’ voice'}</h2>
      <div className="side-tabs" data-testid="priority-tabs" {...tabs.listProps}>
        <button {...tabs.tabProps('ranking')}>{zh ? '优先级排名' : 'Ranking'}</button>
        <button data-testid="tab-voice" {...tabs.tabProps('voice')}>{zh ? '居民意愿' : 'Residents'}</button>
      </div>
      <div {...tabs.panelProps}>
        <AnalysisStatus query={query} />
        {view === 'ranking' && (
          <>
            <div className="weights" data-testid="priority-weights">
              {CRITERIA.map((name, i) => (
                <label key={name} className="weight-row" title={CRITERION_DEFINITIONS[name].raw[lang]}>
                  <span className="swatch" style={{ background: `hsl(${i * 50}, 55%, 55%)` }} />
                  <span className="weight-name">{CRITERION_DEFINITIONS[name].label[lang]}</span>
                  <input type="range" min={0} max={3} step={0.5} value={weights[name]} data-testid={`weight-${name}`} onChange={(event) => setWeight(name, Number(event.target.value))} />
                  <output>{weights[name]}</output>
                </label>
              ))}
            </div>
            {result?.notes.map((note, i) => <p key={i} className="small muted">{noteText(note, lang)}</p>)}
            {result && <OutlinesNote count={result.communities.length} what={{ zh: '小区', en: 'communities' }} />}
            {result && <DataTable rows={result.communities} columns={columns} rowKey={(row) => String(row.id)} onSelect={select} selectedKey={selectedId} testId="priority-table" initialSort={{ key: 'rank', descending: false }} />}
          </>
        )}
        {view === 'voice' && result && <ResidentsView residents={result.residents} needItem={needItem} onNeedItem={setNeedItem} />}
      </div>
    </div>
  );
}
