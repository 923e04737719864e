import { Suspense } from 'react';
import { appStore, useAppState, type AnalysisName } from '../state/store';
import { ANALYSIS_PANELS } from './analyses/registry';
import { paramsForTab } from './analyses/pooling-params';
import { useT } from './i18n';
import { useTabs } from './components/tabs';
import { ANALYSIS_REGION_ID } from './SkipLinks';

const ANALYSIS_NAMES = ANALYSIS_PANELS.map((panel) => panel.name);

export function AnalysisPanel() {
  const t = useT();
  const active = useAppState((state) => state.analysis);
  const entry = ANALYSIS_PANELS.find((panel) => panel.name === active) ?? ANALYSIS_PANELS[0];
  // 停车挖潜 and 片区联动 share the parking parameters (pooling-params.ts); other tabs start from their defaults.
  const select = (name: AnalysisName) => appStore.update((state) => ({ analysis: name, params: paramsForTab(state.analysis, name, state.params) }));
  const tabs = useTabs(ANALYSIS_NAMES, entry.name, select);
  return (
    <aside className="panel panel-right" id={ANALYSIS_REGION_ID} aria-label={t('analysis.title')}>
      <div className="analysis-tabs" data-testid="analysis-tabs" {...tabs.listProps}>
        {ANALYSIS_PANELS.map((panel) => (
          <button key={panel.name} data-testid={`analysis-tab-${panel.name}`} {...tabs.tabProps(panel.name)}>
            {t(panel.label)}
          </button>
        ))}
      </div>
      <div {...tabs.panelProps}>
        <Suspense fallback={<p className="muted">{t('analysis.running')}</p>}>
          <entry.Panel />
        </Suspense>
      </div>
    </aside>
  );
}
