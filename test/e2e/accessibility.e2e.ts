/**
 * Accessibility regression guard (UX.md: text contrast ≥ 4.5 : 1, every control usable by
 * keyboard, names for assistive technology): axe-core runs on each main screen — the start
 * screen, the five analysis panels, the import dialogs, the Scenes panel, presenter mode and the
 * speaker view's window, the header's popups, the inspector and unit cards, the plan sheet and the joint review form — in
 * Chinese, some in English and some in the dark theme (深色). A violation of impact critical, serious or moderate fails the
 * test, which prints each one's rule, impact, target and the failing node's HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickLonLat, openApp, settle, startHarness, stopHarness, dropOversizedFile } from './harness';
import { demoLayers, openGroundIn } from './demo-points';
import { audit, report } from './axe-audit';

beforeAll(startHarness);
afterAll(stopHarness);


/** Soft: a test with several screens reports every screen's violations, not just the first's. */
async function expectClean(page: Page, screen: string) {
  const lines = report(await audit(page));
  if (lines.length) console.log(`axe on ${screen}:\n${lines.join('\n')}`);
  expect.soft(lines, screen).toEqual([]);
}

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'P1', name: '保护点' }, geometry: { type: 'Point', coordinates: [120.14, 30.31] } }],
});

describe('axe on the workspace (zh-CN)', () => {
  it('an analysis running: its progress bar is named as it reads (axe aria-progressbar-name)', async () => {
    // Every progress bar the page shows while it opens on the priority panel, recorded as it
    // appears (a demo's analyses take a fraction of a second): the summary's, the priority's.
    const session = await openApp('#analysis=priority', undefined, (context) => context.addInitScript(() => {
      const seen: (string | null)[] = [];
      Object.assign(window, { __progressNames: seen });
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]')) seen.push(bar.getAttribute('aria-label'));
      }).observe(document, { subtree: true, childList: true });
    }));
    const { page } = session;
    await page.getByTestId('priority-panel').locator('table').first().waitFor({ timeout: 110_000 });
    await settle(page);
    const names: (string | null)[] = await page.evaluate(() => (window as any).__progressNames);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !/^计算中…/.test(name ?? ''))).toEqual([]);
    await session.close();
  });

  it('start screen: summary panel, dashboard, a layer’s options, the header’s popups', async () => {
    const session = await openApp();
    const { page } = session;
    await settle(page);
    await expectClean(page, 'start');
    await page.getByTestId('layer-more-districts').click();
    await expectClean(page, 'layer options');
    for (const [button, popup] of [['export-button', 'export-popup'], ['plan-sheet-button', 'plan-sheet-popup']]) {
      await page.getByTestId(button).click();
      await page.getByTestId(popup).locator('button').first().waitFor(); // Export's actions load on first open
      await expectClean(page, popup);
      await page.keyboard.press('Escape');
      await page.getByTestId(popup).waitFor({ state: 'detached' });
    }
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  for (const analysis of ['parking', 'elevators', 'services', 'pooling', 'priority']) {
    it(`analysis panel: ${analysis}`, async () => {
      const session = await openApp(`#analysis=${analysis}`);
      await settle(session.page);
      await expectClean(session.page, analysis);
      await session.close();
    });
  }

  it('a community’s units and a unit’s card (elevators)', async () => {
    const session = await openApp('#analysis=elevators');
    const { page } = session;
    const firstRow = page.locator('[data-testid="elevator-table"] tbody tr').first();
    await firstRow.waitFor({ timeout: 60_000 });
    await firstRow.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('elevator-unit').first().click();
    await page.getByTestId('unit-card').waitFor();
    await expectClean(page, 'unit list and card');
    await session.close();
  });

  it('the inspector card', async () => {
    const community = demoLayers().communities.features.find((feature) => openGroundIn(feature) !== null)!;
    const ground = openGroundIn(community)!;
    const session = await openApp(`#map=17/${ground[1]}/${ground[0]}/0/0&layers=communities`);
    const { page } = session;
    await settle(page);
    await clickLonLat(page, ground);
    await page.getByTestId('inspector').waitFor();
    await expectClean(page, 'inspector');
    await session.close();
  });

  it('import dialog and the rejected-file alert', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('import-input').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await page.getByTestId('import-file').waitFor();
    await expectClean(page, 'import dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    // A dropped file over the size limit is refused before its bytes are read (as keyboard-modal.e2e.ts).
    await dropOversizedFile(page);
    await page.getByTestId('import-rejected').waitFor();
    await expectClean(page, 'import rejected');
    await session.close();
  });

  it('scenes panel and presenter mode, with the speaker’s notes', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('概况');
    await page.getByTestId('scene-save').click();
    await page.getByTestId('scene-standard-deck').click(); // the standard deck after it: its scenes carry figures and notes
    await page.getByTestId('scene-standard-note').waitFor();
    await expectClean(page, 'scenes panel');
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    // Its keys are listened for once the overlay has taken the focus (the same commit's effects):
    // pressed the moment it is in the page, on a loaded machine → could go unheard.
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]')?.contains(document.activeElement));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter-title"]')?.textContent === '片区概况');
    await settle(page);
    await page.keyboard.press('n');
    await page.locator('.presenter-notes').waitFor();
    await expectClean(page, 'presenter');
    await session.close();
  });

  it('speaker view (its own window), presenting', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-standard-deck').click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('speaker-open').click()]);
    await popup.getByTestId('speaker-view').waitFor();
    await popup.getByTestId('speaker-start').click();
    await popup.getByTestId('speaker-stop').waitFor();
    await popup.getByTestId('scene-figures').waitFor({ timeout: 90_000 });
    await expectClean(popup, 'speaker view');
    await session.close();
  });

  it('plan sheet (一案一策)', async () => {
    const session = await openApp('#sheet=C0003');
    await session.page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    await expectClean(session.page, 'plan sheet');
    await session.close();
  });

  it('joint review form', async () => {
    const session = await openApp('#sheet=C0003&form=review');
    await session.page.waitForSelector('[data-form-ready="true"]', { timeout: 110_000 });
    await expectClean(session.page, 'review form');
    await session.close();
  });
});

/** 深色 (src/ui/theme.ts): chosen with the header's button, as a planner would. */
async function openDark(hash = '') {
  const session = await openApp(hash);
  await session.page.getByTestId('theme-switch').click();
  await session.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  return session;
}

describe('axe in 深色 (dark theme)', () => {
  it('start screen, the export menu, a layer’s options', async () => {
    const session = await openDark();
    const { page } = session;
    await settle(page);
    await expectClean(page, 'dark start');
    await page.getByTestId('layer-more-districts').click();
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-popup').locator('button').first().waitFor();
    await expectClean(page, 'dark export menu');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('analysis panel: parking (table, parameters)', async () => {
    const session = await openDark('#analysis=parking');
    await settle(session.page);
    await expectClean(session.page, 'dark parking');
    await session.close();
  });

  it('import dialog', async () => {
    const session = await openDark();
    const { page } = session;
    await page.getByTestId('import-input').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await page.getByTestId('import-file').waitFor();
    await expectClean(page, 'dark import dialog');
    await session.close();
  });

  it('scenes panel, presenter mode and the speaker view (its window takes the theme too)', async () => {
    const session = await openDark();
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-standard-deck').click();
    await page.getByTestId('scene-standard-note').waitFor();
    await expectClean(page, 'dark scenes panel');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('speaker-open').click()]);
    await popup.getByTestId('speaker-view').waitFor();
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await popup.getByTestId('speaker-start').click();
    await popup.getByTestId('scene-figures').waitFor({ timeout: 90_000 });
    await expectClean(popup, 'dark speaker view');
    await page.getByTestId('presenter').waitFor();
    await settle(page);
    await expectClean(page, 'dark presenter');
    await session.close();
  });
});

describe('axe in English', () => {
  for (const hash of ['#lang=en', '#lang=en&analysis=elevators', '#lang=en&analysis=parking', '#lang=en&analysis=services']) {
    it(hash, async () => {
      const session = await openApp(hash);
      await settle(session.page);
      await expectClean(session.page, hash);
      await session.close();
    });
  }

  it('#lang=en&analysis=parking at 911 × 512 (1366 × 768 at 150 %): panels scroll', async () => {
    const session = await openApp('#lang=en&analysis=parking', { width: 911, height: 512 });
    await settle(session.page);
    await expectClean(session.page, 'small screen, en');
    await session.close();
  });

  it('#lang=en plan sheet of a district', async () => {
    const session = await openApp('#sheet=district:D002&lang=en');
    await session.page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    await expectClean(session.page, 'plan sheet, district, en');
    await session.close();
  });
});
