/**
 * axe-core on the page as it is now (accessibility.e2e.ts runs it on each main screen; other
 * tests on what only they set up, such as a table of 400 communities drawn as it scrolls).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Moderate too: the landmark and heading rules are moderate, and they were real faults here. */
const FAILING_IMPACTS = ['critical', 'serious', 'moderate'];

/**
 * Nothing is excluded: the map's canvas is audited too (MapLibre makes it a named region, and
 * its name must differ from the map section's), and the ECharts charts are canvases whose text
 * axe cannot read, so no rule fires on them. Add a selector here only with its reason.
 */
const EXCLUDE: string[] = [];

type Found = { id: string; impact: string; nodes: { target: string; html: string; summary: string }[] };

/** Runs axe on the page as it is now: the violations at the failing impacts. */
export async function audit(page: Page): Promise<Found[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (exclude) => {
    const axe = (window as any).axe;
    const context = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n: any) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '' })),
    }));
  }, EXCLUDE);
  return (violations as Found[]).filter((v) => FAILING_IMPACTS.includes(v.impact));
}

/** One readable entry per failing node. */
export const report = (found: Found[]) => found.flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}] ${n.target}\n    ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`));
