/**
 * Runs an analysis in the worker through TanStack Query, keyed by analysis, data version
 * and parameters; progress comes back through a comlink proxy. A parameter change is a new
 * key, so results update in place while the previous result stays shown until it lands.
 * The same options serve prefetching (presenter mode computes every scene before it shows).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../model/types';
import { analysisWorker, layersReady, progressProxy } from '../worker/client';
import { isPackedElevatorOutput, unpackElevatorOutput } from '../worker/elevator-packing';
import type { AnalysisApi } from '../worker/api';
import { useDataset } from './use-dataset';

export type RunnableName = Exclude<keyof AnalysisApi, 'setLayers' | 'prepareImport'>;
type OutputOf<N extends RunnableName> = Awaited<ReturnType<AnalysisApi[N]>> extends Result<infer T> ? T : never;
type ParamsOf<N extends RunnableName> = Parameters<AnalysisApi[N]>[1];
type ProgressCallback = (progress: { fraction: number; note?: string } | null) => void;

export function analysisQueryOptions<N extends RunnableName>(name: N, version: number, params: ParamsOf<N>, onProgress: ProgressCallback = () => {}) {
  return {
    queryKey: ['analysis', name, version, params] as const,
    queryFn: async (): Promise<OutputOf<N>> => {
      onProgress({ fraction: 0 });
      await layersReady(version);
      const run = analysisWorker()[name] as unknown as (v: number, p: unknown, progress: unknown) => Promise<Result<OutputOf<N>>>;
      const result = await run(version, params, progressProxy((fraction, note) => onProgress({ fraction, note })));
      onProgress(null);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { analysisError: result.error });
      // The worker may send the elevator result packed (elevator-packing.ts).
      return (isPackedElevatorOutput(result.value) ? unpackElevatorOutput(result.value) : result.value) as OutputOf<N>;
    },
  };
}

export function useAnalysis<N extends RunnableName>(name: N, params: ParamsOf<N>, enabled = true) {
  const { version } = useDataset();
  const [progress, setProgress] = useState<{ fraction: number; note?: string } | null>(null);
  const query = useQuery({ ...analysisQueryOptions(name, version, params, setProgress), enabled: enabled && version > 0, placeholderData: keepPreviousData });
  return { ...query, progress };
}
