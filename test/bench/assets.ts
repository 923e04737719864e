/**
 * Sizes of the built files (dist/assets): raw and gzip (level 9, node zlib), largest first,
 * and the small statistics the browser benchmark needs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kind: 'js' | 'css' | 'wasm' | 'data' | 'other';
  bytes: number;
  gzipBytes: number;
  /** Fetched by the page before data-atlas-ready (filled in by the benchmark). */
  neededForFirstFrame?: boolean;
}

export function assetKind(file: string): AssetSize['kind'] {
  if (/\.m?js$/.test(file)) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.wasm')) return 'wasm';
  if (/\.(geojson|json|csv)$/.test(file)) return 'data';
  return 'other';
}

export function assetSizes(dir: string): AssetSize[] {
  return readdirSync(dir)
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, kind: assetKind(file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Linear-interpolated percentile (q in [0, 1]); NaN for no values. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function formatAssetTable(assets: readonly AssetSize[]): string {
  const lines = [`${'asset'.padEnd(48)} ${'kind'.padEnd(5)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}  first frame`];
  for (const a of assets) {
    lines.push(`${a.file.padEnd(48)} ${a.kind.padEnd(5)} ${kB(a.bytes).padStart(11)} ${kB(a.gzipBytes).padStart(11)}  ${a.neededForFirstFrame ? 'yes' : ''}`);
  }
  const byKind = (kind: AssetSize['kind']) => assets.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.gzipBytes, 0);
  lines.push(`total gzip: js ${kB(byKind('js'))}, css ${kB(byKind('css'))}, wasm ${kB(byKind('wasm'))}, data ${kB(byKind('data'))}`);
  return lines.join('\n');
}
