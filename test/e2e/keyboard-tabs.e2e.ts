/**
 * Every tab list has the WAI-ARIA tabs pattern (accessibility audit, tabs without arrow keys):
 * only the selected tab is in the Tab order (roving tabindex), ← → move and select (wrapping
 * round), Home and End go to the first and the last, the focus follows the selection, Tab leaves
 * the list, and each tab names the panel it controls, which is labelled by the selected tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** The tabs of one tab list: which is selected, their tabindex, which has the focus, and their panel. */
const tabState = (page: Page, testId: string) => page.evaluate((id) => {
  const tablist = document.querySelector(`[data-testid="${id}"]`)!;
  const tabs = [...tablist.querySelectorAll('[role="tab"]')] as HTMLElement[];
  const selected = tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
  const panels = tabs.map((tab) => {
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    return panel ? { role: panel.getAttribute('role'), labelledBySelected: panel.getAttribute('aria-labelledby') === tabs[selected]?.id } : null;
  });
  return {
    role: tablist.getAttribute('role'),
    count: tabs.length,
    selected,
    selectedCount: tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true').length,
    inTabOrder: tabs.flatMap((tab, i) => (tab.tabIndex >= 0 ? [i] : [])),
    focused: tabs.indexOf(document.activeElement as HTMLElement),
    panels,
  };
}, testId);

/** Presses `key` and checks that tab `expected` is selected, focused and the only one in the Tab order. */
async function pressAndExpect(page: Page, testId: string, key: string, expected: number) {
  await page.keyboard.press(key);
  await page.waitForFunction(([id, index]) => {
    const tabs = document.querySelectorAll(`[data-testid="${id}"] [role="tab"]`);
    return tabs[index as number]?.getAttribute('aria-selected') === 'true';
  }, [testId, expected] as const);
  const state = await tabState(page, testId);
  expect({ key, selected: state.selected, focused: state.focused, inTabOrder: state.inTabOrder, selectedCount: state.selectedCount })
    .toEqual({ key, selected: expected, focused: expected, inTabOrder: [expected], selectedCount: 1 });
  for (const panel of state.panels) expect(panel).toEqual({ role: 'tabpanel', labelledBySelected: true });
}

/** Walks a tab list with the arrow keys, Home and End from its selected tab `start`. */
async function walkTabs(page: Page, testId: string, start: number) {
  const state = await tabState(page, testId);
  expect(state.role).toBe('tablist');
  expect(state.selected).toBe(start);
  expect(state.inTabOrder).toEqual([start]);
  const last = state.count - 1;
  await page.locator(`[data-testid="${testId}"] [role="tab"]`).nth(start).focus();
  await pressAndExpect(page, testId, 'ArrowRight', (start + 1) % state.count);
  await pressAndExpect(page, testId, 'End', last);
  await pressAndExpect(page, testId, 'ArrowRight', 0);
  await pressAndExpect(page, testId, 'ArrowLeft', last);
  await pressAndExpect(page, testId, 'Home', 0);
  // Tab leaves the list from its selected tab, not to the next tab.
  await page.keyboard.press('Tab');
  expect((await tabState(page, testId)).focused).toBe(-1);
}

const analysis = (page: Page) => page.evaluate(() => (window as any).__atlas.store.get().analysis as string);

describe('tab lists and the keyboard', () => {
  it('the analysis tabs: the arrows choose the analysis the panel shows', async () => {
    const session = await openApp('#analysis=parking');
    const { page } = session;
    await walkTabs(page, 'analysis-tabs', 1);
    expect(await analysis(page)).toBe('summary');
    await page.locator('[data-testid="analysis-tabs"] [role="tab"]').first().focus();
    await page.keyboard.press('End');
    await page.getByTestId('priority-panel').waitFor({ timeout: 60_000 });
    expect(await analysis(page)).toBe('priority');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('the layer panel’s tabs: layers and scenes', async () => {
    const session = await openApp();
    const { page } = session;
    await walkTabs(page, 'layer-tabs', 0);
    await page.locator('[data-testid="layer-tabs"] [role="tab"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('scene-title').waitFor();
    await session.close();
  });

  it('the priority panel’s tabs: ranking and residents’ voice', async () => {
    const session = await openApp('#analysis=priority&lang=en');
    const { page } = session;
    await page.getByTestId('priority-tabs').waitFor({ timeout: 60_000 });
    await walkTabs(page, 'priority-tabs', 0);
    await page.locator('[data-testid="priority-tabs"] [role="tab"]').first().focus();
    await page.keyboard.press('ArrowRight');
    expect((await tabState(page, 'priority-tabs')).selected).toBe(1);
    expect(await page.getByTestId('priority-weights').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
