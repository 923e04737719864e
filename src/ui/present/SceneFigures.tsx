/**
 * The two or three figures a scene's card shows (scene-figures.ts), read from the same
 * (cached) queries the analysis panels use.
 */
import { useMemo } from 'react';
import type { AnalysisName } from '../../state/store';
import { useAnalysis } from '../use-analysis';
import { useLang } from '../i18n';
import { requestsFor } from '../analyses/requests';
import { sceneFigures } from './scene-figures';

export function SceneFigures({ analysis, url }: { analysis: AnalysisName; url: Record<string, string> }) {
  const lang = useLang();
  const request = useMemo(() => requestsFor(analysis, url)[0], [analysis, url]);
  const query = useAnalysis(request.name as 'summary', request.params as never);
  const data = query.data as unknown as Record<string, unknown> | undefined;
  if (!data) return null;
  return (
    <div className="scene-figures" data-testid="scene-figures">
      {sceneFigures(request.name, data, lang).map((figure) => (
        <div key={figure.label} className="scene-figure"><span className="scene-figure-value">{figure.value}</span><span className="scene-figure-label">{figure.label}</span></div>
      ))}
    </div>
  );
}
