/**
 * Runs an analysis in the worker through TanStack Query, keyed by analysis, data version
 * and parameters; progress comes back through a comlink proxy. A parameter change is a new
 * key, so results update in place while the previous result stays shown until it lands.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../model/types';
import { analysisWorker, layersReady, progressProxy } from '../worker/client';
import type { AnalysisApi } from '../worker/api';
import { useDataset } from './use-dataset';

type RunnableName = Exclude<keyof AnalysisApi, 'setLayers'>;
type OutputOf<N extends RunnableName> = Awaited<ReturnType<AnalysisApi[N]>> extends Result<infer T> ? T : never;
type ParamsOf<N extends RunnableName> = Parameters<AnalysisApi[N]>[1];

export function useAnalysis<N extends RunnableName>(name: N, params: ParamsOf<N>, enabled = true) {
  const { version } = useDataset();
  const [progress, setProgress] = useState<{ fraction: number; note?: string } | null>(null);
  const query = useQuery({
    queryKey: ['analysis', name, version, params],
    enabled: enabled && version > 0,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      setProgress({ fraction: 0 });
      await layersReady(version);
      const run = analysisWorker()[name] as unknown as (v: number, p: unknown, onProgress: unknown) => Promise<Result<OutputOf<N>>>;
      const result = await run(version, params, progressProxy((fraction, note) => setProgress({ fraction, note })));
      setProgress(null);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { analysisError: result.error });
      return result.value;
    },
  });
  return { ...query, progress };
}
