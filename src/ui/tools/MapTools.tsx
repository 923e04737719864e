/**
 * The map's presenting tools (issue 8 item 5), in the map control bar: 测距, 测面, 绘制选址
 * (a candidate site added to idle land, marked proposed, through the one edit path), and
 * 撤销 / 重做 over that edit history (also Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { applyEdit, useEditHistory } from '../../data/edits';
import { redoAndShow, undoAndShow } from './history-steps';
import { datasetStore } from '../../data/dataset';
import { drawSiteNote, editNoteText } from '../../data/edit-notes';
import { IDLE_LAND_KINDS, IDLE_LAND_KIND_LABELS } from '../../model/codes';
import { useAppState } from '../../state/store';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { usePanelLayers } from '../map-context';
import { measurementText, nextProposedId, siteFeature, type LonLat } from './measure';
import { chooseTool, displayPoints, MINIMUM_POINTS, toolStore, useToolState, type ToolName } from './tool-state';
import { typingInField, useMapTool } from './use-map-tool';

const TOOL_LABELS: Record<ToolName, { zh: string; en: string }> = {
  distance: { zh: '测距', en: 'Measure distance' },
  area: { zh: '测面', en: 'Measure area' },
  site: { zh: '绘制选址', en: 'Draw site' },
};

const HINTS = {
  zh: '单击加点，双击或回车结束，Backspace 删点，Esc 取消',
  en: 'Click to add points; double-click or Enter to finish; Backspace removes a point; Esc cancels',
};

export function MapTools() {
  const lang = useLang();
  const zh = lang === 'zh';
  const state = useToolState();
  const history = useEditHistory();
  const { layers } = useDataset();
  const idleLandShown = useAppState((app) => app.visibleLayers.includes('idleLand'));

  const commitSite = useCallback((points: LonLat[]) => {
    const current = toolStore.get();
    // Read at commit time: the ids taken are those of the dataset as it is now.
    const id = nextProposedId(datasetStore.get().layers.idleLand as FeatureCollection | undefined);
    const feature = siteFeature(points, { id, kind: current.siteKind, name: current.siteName });
    applyEdit({ note: drawSiteNote(id), put: [{ layer: 'idleLand', features: [feature] }] });
  }, []);
  useMapTool(state.tool, commitSite);

  // Undo / redo keys anywhere but in a form field, where the browser's own text undo rules.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typingInField(event)) return;
      const letter = event.key.toLowerCase();
      if (letter === 'z' && !event.shiftKey) undoAndShow();
      else if ((letter === 'z' && event.shiftKey) || letter === 'y') redoAndShow();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The tools' deck.gl layers (and deck.gl itself) load with the first tool or proposed site:
  // the first frame of a dataset without either needs neither.
  const [drawing, setDrawing] = useState<typeof import('./tool-layers') | null>(null);
  const proposals = idleLandShown && hasProposedSites(layers.idleLand as FeatureCollection | undefined);
  useEffect(() => {
    if (!drawing && (state.tool || proposals)) void import('./tool-layers').then(setDrawing);
  }, [drawing, state.tool, proposals]);
  const deckLayers = useMemo(
    () => (drawing ? [...(proposals ? drawing.proposedLayers(layers.idleLand as FeatureCollection | undefined, lang) : []), ...drawing.toolLayers(state, lang)] : []),
    [drawing, proposals, layers.idleLand, state, lang],
  );
  usePanelLayers('tools', deckLayers);

  const lastUndo = history.undo[history.undo.length - 1];
  const lastRedo = history.redo[history.redo.length - 1];
  const points = displayPoints(state);
  const readout = state.tool && state.tool !== 'site' && points.length >= MINIMUM_POINTS[state.tool]
    ? measurementText(state.tool === 'distance' ? 'line' : 'polygon', points, lang)
    : null;
  const problem = state.problem === 'tooFewPoints'
    ? (zh ? `至少需要 ${state.tool ? MINIMUM_POINTS[state.tool] : 2} 个点` : `Needs at least ${state.tool ? MINIMUM_POINTS[state.tool] : 2} points`)
    : state.problem === 'crossesItself' ? (zh ? '边界自相交，请重画' : 'The outline crosses itself; redraw it') : null;

  return (
    <>
      {(Object.keys(TOOL_LABELS) as ToolName[]).map((tool) => (
        <button key={tool} type="button" data-testid={`tool-${tool}`} aria-pressed={state.tool === tool} onClick={() => toolStore.update(chooseTool(toolStore.get(), tool))}>
          {TOOL_LABELS[tool][lang]}
        </button>
      ))}
      <button type="button" data-testid="tool-undo" disabled={!lastUndo} onClick={() => undoAndShow()}
        title={lastUndo ? `${zh ? '撤销：' : 'Undo: '}${editNoteText(lastUndo.note, lang)} (Ctrl+Z)` : undefined}>
        {zh ? '撤销' : 'Undo'}
      </button>
      <button type="button" data-testid="tool-redo" disabled={!lastRedo} onClick={() => redoAndShow()}
        title={lastRedo ? `${zh ? '重做：' : 'Redo: '}${editNoteText(lastRedo.note, lang)} (Ctrl+Shift+Z)` : undefined}>
        {zh ? '重做' : 'Redo'}
      </button>
      {state.tool && (
        <div className="tool-readout" data-testid="tool-readout" role="status">
          {state.tool === 'site' && (
            <div className="tool-site-fields">
              <label>
                {zh ? '类型' : 'Kind'}{' '}
                <select data-testid="tool-site-kind" value={state.siteKind} onChange={(event) => toolStore.update({ siteKind: event.target.value as typeof state.siteKind })}>
                  {IDLE_LAND_KINDS.map((kind) => <option key={kind} value={kind}>{IDLE_LAND_KIND_LABELS[kind][lang]}</option>)}
                </select>
              </label>
              <input data-testid="tool-site-name" placeholder={zh ? '名称（可选）' : 'Name (optional)'} value={state.siteName}
                onChange={(event) => toolStore.update({ siteName: event.target.value })} />
            </div>
          )}
          {readout && <div className="tool-measure" data-testid="tool-measure">{readout}</div>}
          {problem && <div className="error" role="alert">{problem}</div>}
          <div className="muted small">{HINTS[lang]}</div>
        </div>
      )}
    </>
  );
}

function hasProposedSites(idleLand: FeatureCollection | undefined): boolean {
  return (idleLand?.features ?? []).some((feature) => feature.properties?.proposed === true);
}
