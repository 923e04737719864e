/**
 * Small helpers the browser benchmarks share: command-line options, page time, and the
 * main-thread long tasks (from BIG_PROBE_SCRIPT's observer) within a window of page time.
 */
import type { Page } from 'playwright-core';
import { openApp } from '../e2e/harness';

export const argument = (name: string) => { const at = process.argv.indexOf(`--${name}`); return at >= 0 ? process.argv[at + 1] : undefined; };
export type Task = { start: number; duration: number };
export const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;
export const ms = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? '—' : `${Math.round(n)} ms`);

export function taskFigures(tasks: Task[], from: number, to: number) {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inside.length,
    over200: inside.filter((t) => t.duration > 200).length,
    longestMs: inside.reduce((max, t) => Math.max(max, t.duration), 0),
    totalMs: inside.reduce((sum, t) => sum + t.duration, 0),
    /** The long tasks themselves, relative to the window start, for finding which step blocks. */
    tasks: inside.map((t) => ({ atMs: Math.round(t.start - from), ms: Math.round(t.duration) })),
  };
}

/**
 * A fresh page of the app (after a warm-up page, so the build is in the browser's cache) with
 * `initScript` injected before any app script, and the page's errors collected (the harmless
 * software-WebGL warnings left out).
 */
export async function openProbedPage(initScript: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const warmUp = await openApp();
  const browser = warmUp.page.context().browser()!;
  const url = `${new URL(warmUp.page.url()).origin}/`;
  await warmUp.close();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error' && !/uniform block|ReadPixels|fallback to software/i.test(message.text())) errors.push(message.text()); });
  await page.goto(url);
  await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 120_000 });
  return { page, errors, close: () => context.close() };
}
