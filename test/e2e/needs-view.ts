/**
 * The residents' needs view (改造优先级 → 居民意愿 tab) over the demo's old town, as the
 * survey import tests use it: priority.e2e.ts (a CSV) and excel-import.e2e.ts (a workbook).
 */
import type { Page } from 'playwright-core';
import { canvasFingerprint, openApp, settle, type AppSession } from './harness';

export interface NeedsView {
  session: AppSession;
  page: Page;
  /** The map's fingerprint before anything is imported. */
  before: number;
  /** The ids of the communities on the map, sorted, once each: the rows a survey table can match. */
  communityIds: string[];
}

/** Opens the priority analysis, switches to the residents' view and waits until the map has settled. */
export async function openNeedsView(): Promise<NeedsView> {
  const session = await openApp('#analysis=priority&map=15.3/30.3115/120.1385/0/0');
  const { page } = session;
  await page.getByTestId('priority-table').waitFor({ timeout: 90_000 });
  await page.getByTestId('tab-voice').click();
  await page.getByTestId('residents-view').waitFor();
  await settle(page);
  const before = await canvasFingerprint(page);
  const ids = await page.evaluate(() => (window as any).__atlas.map.map.querySourceFeatures('communities').map((f: any) => f.properties.id));
  return { session, page, before, communityIds: [...new Set(ids as string[])].sort() };
}

/** Applies the surveys offered in the open import dialog; the text of the unmatched rows, once the map has settled again. */
export async function applySurveys(page: Page): Promise<string> {
  await page.getByTestId('import-apply').click();
  await page.getByTestId('unmatched-rows').waitFor({ timeout: 60_000 });
  const unmatched = (await page.getByTestId('unmatched-rows').textContent()) ?? '';
  await settle(page);
  return unmatched;
}
