/**
 * The benchmark's output: one line per benchmark, the JSON document (the regression guard's
 * input), the scaling report across scales and the comparison with an earlier file.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { BenchResult } from './harness';
import { compareEntries, doublingRatios, N_LOG_N_EXPONENT, scalingExponent, type Comparison } from './statistics';
import { checkTargets, type TargetCheck } from './targets';

export interface BenchFileEntry {
  name: string;
  communities: number;
  state: string;
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  runs: number;
  peakRssMB: number;
  heapUsedMB: number;
  note: string;
}

export interface BenchFile {
  kind: 'renewal-atlas-bench';
  version: 1;
  date: string;
  node: string;
  machine: { platform: string; arch: string; cpu: string; cores: number; memoryMB: number };
  git: { commit: string | null; dirty: boolean | null };
  runs: number;
  /** The process's RSS high-water mark at the end, MB. */
  processPeakRssMB: number;
  entries: BenchFileEntry[];
  /** Issue 9's engine targets this run measured (targets.ts). */
  targets: TargetCheck[];
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const mb = (x: number) => Math.round(x * 10) / 10;

function gitState(): BenchFile['git'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

export function toFileEntry(r: BenchResult): BenchFileEntry {
  return {
    name: r.name, communities: r.communities, state: r.state,
    medianMs: finiteOrNull(r.medianMs), minMs: finiteOrNull(r.minMs), maxMs: finiteOrNull(r.maxMs), runs: r.runs,
    peakRssMB: mb(r.peakRssMB), heapUsedMB: mb(r.heapUsedMB), note: r.note,
  };
}

export function benchFile(results: readonly BenchResult[], runs: number, processPeakRssMB: number, now = new Date()): BenchFile {
  const cpuList = cpus();
  return {
    kind: 'renewal-atlas-bench',
    version: 1,
    date: now.toISOString(),
    node: process.version,
    machine: { platform: process.platform, arch: process.arch, cpu: cpuList[0]?.model ?? 'unknown', cores: cpuList.length, memoryMB: Math.round(totalmem() / 2 ** 20) },
    git: gitState(),
    runs,
    processPeakRssMB: mb(processPeakRssMB),
    entries: results.map(toFileEntry),
    targets: checkTargets(results, scalingRows(results)),
  };
}

/** Reads an earlier file's entries; throws with the reason when it is not a bench file. */
/** The file's entries and the Node.js version it was measured on (null when the file does not say). */
export function readBenchFile(text: string): { entries: BenchFileEntry[]; node: string | null } {
  const parsed = JSON.parse(text) as Partial<BenchFile>;
  if (!parsed || !Array.isArray(parsed.entries)) throw new Error('not a bench JSON file (no "entries" list)');
  const entries = parsed.entries.filter((e): e is BenchFileEntry => typeof e?.name === 'string' && typeof e.communities === 'number');
  return { entries, node: typeof parsed.node === 'string' ? parsed.node : null };
}

/**
 * A warning when the baseline ran on another Node.js: the runtime alone moved the suite by
 * 11–18 % at city scale (Node 20 → 24), more than most changes a comparison is meant to catch.
 */
export function runtimeWarning(baselineNode: string | null, currentNode: string): string | null {
  if (baselineNode === null || baselineNode === currentNode) return null;
  return `note: the baseline was measured on Node.js ${baselineNode}, this run on ${currentNode}; the runtime alone moves these figures`;
}

const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);
export const formatMs = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

export const RESULT_HEADER = `${pad('benchmark', 30)} ${padLeft('scale', 6)} ${padLeft('median ms', 10)} ${pad('  runs (min–max)', 24)} ${padLeft('peak RSS', 9)} ${padLeft('heap', 7)}  note`;

export function formatResult(r: BenchResult): string {
  const spread = r.runs > 0 ? `  ${r.runs} (${formatMs(r.minMs)}–${formatMs(r.maxMs)})` : '  0';
  const memory = r.runs > 0 ? `${padLeft(`${r.peakRssMB.toFixed(0)} MB`, 9)} ${padLeft(`${r.heapUsedMB.toFixed(0)} MB`, 7)}` : `${padLeft('', 9)} ${padLeft('', 7)}`;
  return `${pad(r.name, 30)} ${padLeft(String(r.communities), 6)} ${padLeft(formatMs(r.medianMs), 10)} ${pad(spread, 24)} ${memory}  ${r.note}`;
}

export interface ScalingRow {
  name: string;
  sizes: number[];
  medians: number[];
  doublings: (number | null)[];
  exponent: number | null;
}

/** Per entry measured at two or more scales: the time ratio per doubling between scales and the log–log slope. */
export function scalingRows(results: readonly { name: string; communities: number; medianMs: number | null }[]): ScalingRow[] {
  const byName = new Map<string, { size: number; ms: number }[]>();
  for (const r of results) {
    if (r.medianMs === null || !Number.isFinite(r.medianMs)) continue;
    byName.set(r.name, [...(byName.get(r.name) ?? []), { size: r.communities, ms: r.medianMs }]);
  }
  const rows: ScalingRow[] = [];
  for (const [name, points] of byName) {
    const sorted = [...points].sort((a, b) => a.size - b.size);
    if (new Set(sorted.map((p) => p.size)).size < 2) continue;
    rows.push({
      name,
      sizes: sorted.map((p) => p.size),
      medians: sorted.map((p) => p.ms),
      doublings: doublingRatios(sorted).map((d) => d.ratio),
      exponent: scalingExponent(sorted),
    });
  }
  return rows;
}

/** A rough reading of an exponent: ≤ 1.15 is about linear, ≤ 1.3 fits n log n, above is suspect. */
export function growthLabel(exponent: number | null): string {
  if (exponent === null) return '';
  if (exponent < 0.85) return 'sublinear (fixed costs dominate)';
  if (exponent <= 1.15) return '≈ linear';
  if (exponent <= N_LOG_N_EXPONENT) return '≈ n log n';
  if (exponent <= 1.7) return 'superlinear: check';
  return '≈ quadratic or worse';
}

export function formatScaling(rows: readonly ScalingRow[]): string[] {
  if (rows.length === 0) return [];
  const lines = ['', 'Scaling (time ratio per doubling of communities; exponent = log–log slope, 1 linear, 2 quadratic):'];
  for (const row of rows) {
    const steps = row.doublings.map((d, i) => `${row.sizes[i]}→${row.sizes[i + 1]} ×${d === null ? '—' : d.toFixed(2)}`).join(', ');
    const exponent = row.exponent === null ? '—' : row.exponent.toFixed(2);
    lines.push(`${pad(row.name, 30)} ${pad(steps, 40)} exponent ${padLeft(exponent, 5)}  ${growthLabel(row.exponent)}`);
  }
  return lines;
}

export function formatComparison(comparisons: readonly Comparison[], maxRatio: number | undefined): string[] {
  const lines = ['', `Compared with the earlier file (current ÷ earlier median${maxRatio ? `, limit ×${maxRatio}` : ''}):`];
  for (const c of comparisons) {
    const ratio = c.ratio === null ? 'new' : `×${c.ratio.toFixed(2)}`;
    const flag = c.ratio === null ? '' : maxRatio && c.ratio > maxRatio ? '  REGRESSION' : c.ratio > 1.2 ? '  slower' : c.ratio < 0.8 ? '  faster' : '';
    lines.push(`${pad(c.name, 30)} ${padLeft(String(c.communities), 6)} ${padLeft(formatMs(c.previousMs), 10)} → ${padLeft(formatMs(c.currentMs), 10)} ${padLeft(ratio, 7)}${flag}`);
  }
  return lines;
}

export function compareWithFile(results: readonly BenchResult[], previous: readonly BenchFileEntry[]): Comparison[] {
  const current = results.filter((r) => Number.isFinite(r.medianMs)).map((r) => ({ name: r.name, communities: r.communities, medianMs: r.medianMs }));
  const before = previous.filter((e) => e.medianMs !== null).map((e) => ({ name: e.name, communities: e.communities, medianMs: e.medianMs as number }));
  return compareEntries(current, before);
}
