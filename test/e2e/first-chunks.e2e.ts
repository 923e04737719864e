/**
 * What the page and the analysis worker load before they run stays small (issue 9, item 4):
 * the heavy libraries (the solver, the importers, the charts, deck.gl, the exporters) come by
 * dynamic import. Read from the build (dist/, made before the browser tests): each entry chunk
 * and the chunks it imports statically, gzip level 9 as test/bench/assets.ts measures. A static
 * import of the CSV writer in the analysis worker once put Papa Parse and the field aliases in
 * the worker's entry (8 → 48 kB gzip), fetched at every page load, and no other test said so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ASSETS = 'dist/assets';
/** Budgets a little above the twenty-third session's figures (420 and 8.3 kB). */
const PAGE_ENTRY_BUDGET_KB = 440;
const WORKER_ENTRY_BUDGET_KB = 16;

/** Relative chunks a built chunk imports statically (`import(…)` is dynamic and left out). */
export function staticChunkImports(code: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[\w*{$][^"'();]*?from\s*)?["']\.\/([^"']+\.m?js)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1]);
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticChunkImports(readFileSync(join(ASSETS, file), 'utf8')));
  }
  return [...seen];
}

const gzipKB = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length, 0) / 1024;

describe('the entry chunks', () => {
  it('reads static chunk imports, not dynamic ones (the check can fail)', () => {
    expect(staticChunkImports('import{i as e}from"./a-1.js";import"./b-2.js";import*as c from"./c-3.js";export{d}from"./d-4.js";const f=()=>import("./e-5.js");')).toEqual(['a-1.js', 'b-2.js', 'c-3.js', 'd-4.js']);
  });

  it('the page\'s entry and what it imports statically stay within their budget', () => {
    const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
    expect(entry).toBeDefined();
    const files = closure(entry!);
    expect(files.some((file) => file.startsWith('maplibre-gl'))).toBe(true);
    expect(gzipKB(files), files.join(', ')).toBeLessThan(PAGE_ENTRY_BUDGET_KB);
  });

  it('the analysis worker\'s entry stays within its budget', () => {
    const entry = readdirSync(ASSETS).find((file) => /^analysis\.worker-.*\.js$/.test(file));
    expect(entry).toBeDefined();
    const files = closure(entry!);
    expect(gzipKB(files), files.join(', ')).toBeLessThan(WORKER_ENTRY_BUDGET_KB);
  });
});
