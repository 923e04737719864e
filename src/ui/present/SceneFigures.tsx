/**
 * The two or three figures a scene's card shows (scene-figures.ts), read from the same
 * (cached) queries the analysis panels and the dashboard use.
 */
import { useMemo } from 'react';
import type { AppState } from '../../state/store';
import { useAnalysis } from '../use-analysis';
import { useLang } from '../i18n';
import { type Figure, figureRequest, sceneFigures } from './scene-figures';

export function SceneFigures({ state }: { state: Partial<AppState> }) {
  const lang = useLang();
  const { analysis, params, year, filter } = state;
  // Keyed by what the request depends on: `state` is parsed afresh from the scene's hash each render.
  const key = JSON.stringify([analysis, params, year, filter]);
  const request = useMemo(() => figureRequest({ analysis, params, year, filter }), [key]);
  const query = useAnalysis(request.name as 'summary', request.params as never);
  const data = query.data as unknown as Record<string, unknown> | undefined;
  // The previous scene's result, kept while this one's loads, may be another analysis's shape.
  if (!data || query.isPlaceholderData) return null;
  return <FigureRow figures={sceneFigures(request.name, data, lang)} testId="scene-figures" />;
}

/** A card's figures in a row, each its value over its label (a scene's, or a located feature's). */
export function FigureRow({ figures, testId }: { figures: readonly Figure[]; testId?: string }) {
  return (
    <div className="scene-figures" data-testid={testId}>
      {figures.map((figure) => (
        <div key={figure.label} className="scene-figure"><span className="scene-figure-value">{figure.value}</span><span className="scene-figure-label">{figure.label}</span></div>
      ))}
    </div>
  );
}
