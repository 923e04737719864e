/**
 * The screen (UX.md): header, layers on the left, one map, the active analysis on the
 * right, the dashboard at the bottom. Loads the demo on first open; keeps the URL in step.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { loadDemo } from '../data/demo';
import { replaceDataset } from '../data/dataset';
import { useAppState } from '../state/store';
import { sendLayers } from '../worker/client';
import { loadTiles } from '../worker/tiles-client';
import { Header } from './Header';
import { LayerPanel } from './LayerPanel';
import { MapView } from './MapView';
import { AnalysisPanel } from './AnalysisPanel';
import { useDataset } from './use-dataset';
import { restoreWorkspace } from './persistence';
import { LazyPresenterOverlay, prefetchOnDemand } from './on-demand';
import { useMapReady } from './map-ready';
import { SpeakerPortal } from './present/SpeakerPortal';
import { useT } from './i18n';
import { Dashboard } from './dashboard/Dashboard';
import { MAP_REGION_ID, SkipLinks } from './SkipLinks';

const PlanSheetPage = lazy(() => import('./plan-sheet/PlanSheetPage'));
const ReviewFormPage = lazy(() => import('./review-form/ReviewFormPage'));

export function App() {
  const t = useT();
  const lang = useAppState((state) => state.lang);
  const panels = useAppState((state) => state.panels);
  const presenting = useAppState((state) => state.presenting !== null);
  const sheet = useAppState((state) => (state.sheet === null ? null : state.sheet.kind ?? 'plan'));
  const dataset = useDataset();
  // The Scenes tab, the presenter's overlay and the inspector load on demand (on-demand.ts):
  // fetched once the map has drawn, so they open at once without weighing on the first frame.
  const mapReady = useMapReady();
  useEffect(() => {
    if (mapReady) void prefetchOnDemand();
  }, [mapReady]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('app.title')} · ${lang === 'zh' ? 'Renewal Atlas' : '老旧小区改造规划图台'}`;
  }, [lang, t]);

  // A saved workspace (IndexedDB) comes back first; otherwise the embedded demo.
  const demo = useQuery({
    queryKey: ['start'],
    queryFn: async ({ signal }) => ((await restoreWorkspace()) ? null : loadDemo(signal)),
  });
  useEffect(() => {
    if (demo.data && dataset.source === 'none') replaceDataset(demo.data.layers, 'demo', demo.data.manifest, demo.data.tables);
  }, [demo.data, dataset.source]);

  // The worker holds its own copy of the layers, under the same version. The building and road tiles are
  // asked for in the same tick, so the worker flattens them before any analysis of the new data
  // (its calls run in order) and the map draws them first.
  useEffect(() => {
    if (dataset.version === 0) return;
    void sendLayers(dataset.version, dataset.layers, dataset.tables);
    void loadTiles(dataset.version);
  }, [dataset.version, dataset.layers, dataset.tables]);

  // The plan sheet (一案一策) or the joint review form (联合评审意见表) replaces the workspace; data loading and the worker stay as above.
  if (sheet) {
    return (
      <>
        <Suspense fallback={<div className="map-status">{t('app.loading')}</div>}>{sheet === 'review' ? <ReviewFormPage /> : <PlanSheetPage />}</Suspense>
        <SpeakerPortal />
      </>
    );
  }

  return (
    <div className={presenting ? 'app presenting' : 'app'} data-panels-left={panels.left} data-panels-right={panels.right}>
      <div className="behind-presenter" inert={presenting}><SkipLinks /><Header /></div>
      <main className="workspace">
        {panels.left && <div className="behind-presenter" inert={presenting}><LayerPanel /></div>}
        <section className="map-area" id={MAP_REGION_ID} aria-label={t('nav.map')}>
          <MapView />
          {demo.isPending && <div className="map-status">{t('app.loading')}</div>}
          {demo.isError && (
            <div className="map-status error" role="alert">
              {t('app.loadFailed')}: {String(demo.error.message)}
            </div>
          )}
        </section>
        {/* Kept while presenting (its panel's analysis draws the scene's map layers), off screen and inert. */}
        {(panels.right || presenting) && <div className="behind-presenter" inert={presenting}><AnalysisPanel /></div>}
      </main>
      {panels.bottom && (
        <div className="behind-presenter" inert={presenting}>
          <Dashboard />
        </div>
      )}
      {presenting && <Suspense fallback={null}><LazyPresenterOverlay /></Suspense>}
      <SpeakerPortal />
    </div>
  );
}
