/**
 * Analyses that may not exist yet (pooling, priority: written in parallel). Loaded by a
 * dynamic import whose path TypeScript does not resolve, so the bench builds without them
 * and reports them as absent.
 */
import type { LayerSet } from '../../model/types';

/** Runs the analysis on the layers; `rest` goes after them as its further arguments. */
export type AnalysisRunner = (layers: LayerSet, ...rest: unknown[]) => Promise<unknown>;

const OPTIONAL_MODULES = {
  pooling: { path: '../../analysis/pooling/index.ts', exportName: 'runPooling' },
  priority: { path: '../../analysis/priority/index.ts', exportName: 'runPriority' },
} as const;

export type OptionalAnalysis = keyof typeof OPTIONAL_MODULES;

const loaded = new Map<OptionalAnalysis, Promise<AnalysisRunner | null>>();

async function load(name: OptionalAnalysis): Promise<AnalysisRunner | null> {
  const { path, exportName } = OPTIONAL_MODULES[name];
  let module: Record<string, unknown>;
  try {
    const specifier: string = new URL(path, import.meta.url).href;
    module = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const candidate = module[exportName] ?? Object.entries(module).find(([key, value]) => /^run[A-Z]/.test(key) && typeof value === 'function')?.[1];
  if (typeof candidate !== 'function') return null;
  const run = candidate as (layers: LayerSet, ...rest: unknown[]) => unknown;
  return async (layers, ...rest) => unwrapUnknown(await run(layers, ...rest), name);
}

/** The analysis's runner, or null when its module is not there (yet). */
export function optionalAnalysis(name: OptionalAnalysis): Promise<AnalysisRunner | null> {
  let found = loaded.get(name);
  if (!found) {
    found = load(name);
    loaded.set(name, found);
  }
  return found;
}

/** Analyses return Result values: an error result becomes a thrown error, so a benchmark never times a failure silently. */
export function unwrapResult<V>(result: { ok: true; value: V } | { ok: false; error: { message: string } }, label: string): V {
  if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
  return result.value;
}

/** The same for an analysis whose types are not known here: a Result is unwrapped, anything else passed through. */
function unwrapUnknown(result: unknown, label: string): unknown {
  const maybe = result as { ok?: unknown; value?: unknown; error?: { message?: string } } | null;
  if (maybe && typeof maybe === 'object' && 'ok' in maybe) {
    if (maybe.ok === false) throw new Error(`${label}: ${maybe.error?.message ?? 'failed'}`);
    return maybe.value;
  }
  return result;
}
