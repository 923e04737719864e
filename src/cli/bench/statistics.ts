/**
 * The pure arithmetic of the benchmark: medians, scaling exponents (log–log slope of time
 * against size) and the comparison of two benchmark files. No clocks here, so it is testable.
 */

/** Median of the values (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface RunStatistics {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export function summarizeRuns(times: readonly number[]): RunStatistics {
  return {
    medianMs: median(times),
    minMs: times.length ? Math.min(...times) : Number.NaN,
    maxMs: times.length ? Math.max(...times) : Number.NaN,
    runs: times.length,
  };
}

export interface ScalingPoint {
  /** Size: communities (the other layers grow in proportion). */
  size: number;
  ms: number;
}

/** The highest log–log slope from 1,000 to 12,000 communities that still fits n log n (issue 9: nothing should grow faster). */
export const N_LOG_N_EXPONENT = 1.3;

/**
 * Least-squares slope of log(ms) against log(size): time ∝ size^exponent. Points with a
 * non-positive size or time are ignored; null with fewer than two distinct sizes left.
 */
export function scalingExponent(points: readonly ScalingPoint[]): number | null {
  const usable = points.filter((p) => p.size > 0 && p.ms > 0 && Number.isFinite(p.ms));
  if (new Set(usable.map((p) => p.size)).size < 2) return null;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.ms));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < xs.length; i++) {
    numerator += (xs[i] - meanX) * (ys[i] - meanY);
    denominator += (xs[i] - meanX) ** 2;
  }
  return numerator / denominator;
}

/**
 * Time ratio per doubling of size between two consecutive sizes: (t2/t1)^(1/log2(n2/n1)).
 * 2 is linear, about 2.2 is n log n at these sizes, 4 is quadratic.
 */
export function ratioPerDoubling(from: ScalingPoint, to: ScalingPoint): number | null {
  if (!(from.size > 0 && to.size > 0 && from.ms > 0 && to.ms > 0) || from.size === to.size) return null;
  return (to.ms / from.ms) ** (1 / Math.log2(to.size / from.size));
}

/** The per-doubling ratios between consecutive sizes, sizes ascending. */
export function doublingRatios(points: readonly ScalingPoint[]): { from: number; to: number; ratio: number | null }[] {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const out: { from: number; to: number; ratio: number | null }[] = [];
  for (let i = 1; i < sorted.length; i++) out.push({ from: sorted[i - 1].size, to: sorted[i].size, ratio: ratioPerDoubling(sorted[i - 1], sorted[i]) });
  return out;
}

export interface ComparableEntry {
  name: string;
  communities: number;
  medianMs: number;
}

export interface Comparison {
  name: string;
  communities: number;
  previousMs: number | null;
  currentMs: number;
  /** current ÷ previous; null when the previous file has no such entry (or a zero or missing median). */
  ratio: number | null;
}

/** Matches entries by name and scale and gives current ÷ previous for each current entry. */
export function compareEntries(current: readonly ComparableEntry[], previous: readonly ComparableEntry[]): Comparison[] {
  const before = new Map(previous.map((e) => [`${e.name}@${e.communities}`, e.medianMs]));
  return current.map((e) => {
    const previousMs = before.get(`${e.name}@${e.communities}`);
    const usable = typeof previousMs === 'number' && Number.isFinite(previousMs) && previousMs > 0 && Number.isFinite(e.medianMs);
    return {
      name: e.name,
      communities: e.communities,
      previousMs: typeof previousMs === 'number' && Number.isFinite(previousMs) ? previousMs : null,
      currentMs: e.medianMs,
      ratio: usable ? e.medianMs / previousMs : null,
    };
  });
}

/** Comparisons whose ratio exceeds the limit (the regression guard's failures). */
export function regressions(comparisons: readonly Comparison[], maxRatio: number): Comparison[] {
  return comparisons.filter((c) => c.ratio !== null && c.ratio > maxRatio);
}
