/**
 * 标准汇报场景: on a fresh start (the demo, no scenes) the header's 汇报 builds the standard
 * review deck and presents it from 片区概况; → reaches the parking scenes with their figures on
 * the card; Esc leaves; the Scenes panel lists the deck as ordinary scenes, kept in the
 * workspace. In English, the panel's button appends the deck after a hand-made scene, and its
 * 撤销 takes the deck away again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRESENTER_FIT_MARGIN, presenterInsets, presenterViewSize } from '../../src/ui/present/presenter-layout';
import { fitBoundsCamera } from '../../src/state/scenes';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const AGENDA_ZH = ['片区概况', '改造进展', '停车挖潜', '停车三种方式比选', '加装电梯', '服务设施补短板', '片区联动', '改造优先级'];

const title = (page: Page) => page.getByTestId('presenter-title').textContent();
const figuresInclude = (page: Page, text: string) => page.waitForFunction(
  (wanted) => document.querySelector('[data-testid="scene-figures"]')?.textContent?.includes(wanted),
  text,
  { timeout: 90_000 },
);
/** Steps with → until the card's title is `wanted`. */
async function stepTo(page: Page, wanted: string) {
  for (let step = 0; step < AGENDA_ZH.length && (await title(page)) !== wanted; step++) {
    const before = await title(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((previous) => document.querySelector('[data-testid="presenter-title"]')?.textContent !== previous, before);
  }
  expect(await title(page)).toBe(wanted);
}
const view = (page: Page) => page.evaluate(() => {
  const { store } = (window as any).__atlas;
  const state = store.get();
  return { analysis: state.analysis, params: state.params, year: state.year, presenting: state.presenting };
});
/** The scenes the workspace holds in IndexedDB (saved 400 ms after a change). */
const savedSceneTitles = (page: Page) => page.evaluate(() => new Promise<string[]>((resolve) => {
  const request = indexedDB.open('renewal-atlas', 1);
  request.onsuccess = () => {
    const database = request.result;
    const read = database.transaction('workspace', 'readonly').objectStore('workspace').get('view');
    read.onsuccess = () => {
      database.close();
      resolve(((read.result?.scenes ?? []) as { title: string }[]).map((scene) => scene.title));
    };
    read.onerror = () => resolve([]);
  };
  request.onerror = () => resolve([]);
}));

/**
 * What the audience cannot see of the scene shown: the communities under the card or the
 * legend (by their outlines' screen boxes), and how much of the legend is scrolled out of view.
 */
const hidden = (page: Page) => page.evaluate(() => {
  const map = (window as any).__atlas.map;
  const legend = document.querySelector('.presenter-legend')!;
  const boxes = [document.querySelector('.presenter-card')!, legend].map((element) => element.getBoundingClientRect());
  const under: string[] = [];
  for (const feature of map.data.communities.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const points = polygons.flatMap((polygon: number[][][]) => polygon[0]).map((corner: [number, number]) => map.map.project(corner));
    const xs = points.map((point: { x: number }) => point.x);
    const ys = points.map((point: { y: number }) => point.y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (boxes.some((box) => left < box.right && right > box.left && top < box.bottom && bottom > box.top)) under.push(feature.properties.name);
  }
  return { under, legendCut: legend.scrollHeight - legend.clientHeight };
});

describe('standard review deck', () => {
  it('汇报 with no scenes builds the standard deck and presents it; → parking with its figures; Esc; the panel lists the deck', async () => {
    const session = await openApp();
    const { page } = session;
    const present = page.getByTestId('header-present');
    expect(await present.isDisabled()).toBe(false);
    await expect(present.getAttribute('title')).resolves.toContain('标准议程');
    expect(await page.evaluate(() => (window as any).__atlas.store.get().scenes.length)).toBe(0);

    await present.click();
    await page.getByTestId('presenter').waitFor();
    await expect(title(page)).resolves.toBe('片区概况');
    await expect(page.getByTestId('presenter-counter').textContent()).resolves.toContain(`1 / ${AGENDA_ZH.length}`);
    expect(await view(page)).toMatchObject({ analysis: 'summary', presenting: 0 });
    await figuresInclude(page, '户数');
    // The camera flies to the whole data, fitted in the part of the presenter's window the card
    // and the legend leave clear (a 24 px margin round it), not the normal layout's camera scaled.
    const clear = presenterViewSize(await page.evaluate(() => [innerWidth, innerHeight] as [number, number]));
    const bounds = await page.evaluate(() => (window as any).__atlas.store.get().scenes[0].bounds as number[]);
    const landing = fitBoundsCamera(bounds, clear, PRESENTER_FIT_MARGIN, 17.5)!;
    expect(landing.zoom).toBeLessThan(17.5);
    await page.waitForFunction(({ zoom, latitude, longitude }) => {
      const map = (window as any).__atlas.map.map;
      const centre = map.getCenter();
      return !map.isMoving() && Math.abs(map.getZoom() - zoom) < 0.02 && Math.abs(centre.lat - latitude) < 1e-4 && Math.abs(centre.lng - longitude) < 1e-4;
    }, landing, { timeout: 30_000 });
    // What the room sees: the data inside the clear part and filling it one way, margin aside
    // (the normal layout's camera scaled up left the demo at about 350 × 310 px of 1280 × 720).
    const size = await page.evaluate(() => [innerWidth, innerHeight] as [number, number]);
    const insets = presenterInsets(size);
    const drawn = await page.evaluate(([west, south, east, north]) => {
      const map = (window as any).__atlas.map.map;
      const a = map.project([west, north]);
      const b = map.project([east, south]);
      return { left: a.x, top: a.y, right: b.x, bottom: b.y };
    }, bounds);
    expect(drawn.left).toBeGreaterThan(insets.left + PRESENTER_FIT_MARGIN - 2);
    expect(drawn.top).toBeGreaterThan(insets.top + PRESENTER_FIT_MARGIN - 2);
    expect(drawn.right).toBeLessThan(size[0] - insets.right - PRESENTER_FIT_MARGIN + 2);
    expect(drawn.bottom).toBeLessThan(size[1] - insets.bottom - PRESENTER_FIT_MARGIN + 2);
    const filled = Math.max((drawn.right - drawn.left) / (clear[0] - 2 * PRESENTER_FIT_MARGIN), (drawn.bottom - drawn.top) / (clear[1] - 2 * PRESENTER_FIT_MARGIN));
    expect(filled).toBeGreaterThan(0.97);

    // N shows the generated speaker's notes.
    await page.keyboard.press('n');
    await expect(page.locator('.presenter-notes').textContent()).resolves.toContain('请与会各方确认');
    await page.keyboard.press('n');

    await stepTo(page, '改造进展');
    // As of this year (within the slider's years): the card says which.
    const { year } = await view(page);
    expect(year).toEqual(expect.any(Number));
    await figuresInclude(page, `${year} 年已完工`);

    await stepTo(page, '停车挖潜');
    expect(await view(page)).toMatchObject({ analysis: 'parking', params: { mode: 'district' } });
    await figuresInclude(page, '挖潜车位');
    await expect(page.getByTestId('scene-figures').textContent()).resolves.toContain('仍缺车位');

    await page.keyboard.press('ArrowRight');
    await expect(title(page)).resolves.toBe('停车三种方式比选');
    expect(await view(page)).toMatchObject({ analysis: 'parking', params: { mode: 'self', compare: '1', b_mode: 'cross' } });
    await figuresInclude(page, '跨片区组合挖潜');
    await expect(page.getByTestId('scene-figures').textContent()).resolves.toContain('小区内自平衡挖潜');

    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect((await view(page)).presenting).toBeNull();
    // The 汇报 button that started it has the focus back.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'header-present');

    await page.getByTestId('tab-scenes').click();
    const items = page.getByTestId('scene-item');
    await items.first().waitFor();
    const titles = await items.locator('.scene-item-title').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(titles).toEqual(AGENDA_ZH);
    await expect(items.nth(2).textContent()).resolves.toContain('权属单位');
    // Ordinary scenes: renamed like any other, and kept in the workspace.
    await items.nth(0).locator('.scene-item-title').fill('片区概况（修改）');
    await expect.poll(() => savedSceneTitles(page), { timeout: 15_000 }).toEqual(['片区概况（修改）', ...AGENDA_ZH.slice(1)]);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);

  it('on a 1280 × 720 projector, every scene is whole: no community under the card or the legend, the legend not cut', async () => {
    const session = await openApp('', { width: 1280, height: 720 });
    const { page } = session;
    await page.getByTestId('header-present').click();
    await page.getByTestId('presenter').waitFor();
    for (const [index, wanted] of AGENDA_ZH.entries()) {
      if (index > 0) await stepTo(page, wanted);
      await page.getByTestId('scene-figures').waitFor({ timeout: 90_000 });
      await page.evaluate(() => (window as any).__atlas.whenSettled());
      expect({ scene: wanted, ...(await hidden(page)) }).toEqual({ scene: wanted, under: [], legendCut: 0 });
    }
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);

  it('in English, the panel’s button appends the deck after the scenes there are, says so, and undoes', async () => {
    const session = await openApp('#lang=en');
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('My own view');
    await page.getByTestId('scene-save').click();
    await page.getByRole('button', { name: 'Standard review deck' }).click();

    const items = page.getByTestId('scene-item');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="scene-item"]').length > 1);
    const titles = await items.locator('.scene-item-title').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(titles).toEqual(['My own view', 'District overview', 'Renovation progress', 'Parking', 'Parking: the three pooling modes', 'Added elevators', 'Community services', 'District pooling', 'Priority ranking']);
    await expect(page.getByTestId('scene-standard-note').textContent()).resolves.toContain('8 scenes of the standard agenda added after the 1 already there');
    // The English deck's scenes keep the UI in English.
    const languages = await page.evaluate(() => (window as any).__atlas.store.get().scenes.map((scene: any) => new URLSearchParams(scene.hash.slice(1)).get('lang')));
    expect(languages.slice(1).every((lang: string | null) => lang === 'en')).toBe(true);

    await page.getByTestId('scene-standard-undo').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="scene-item"]').length === 1);
    await expect(items.locator('.scene-item-title').inputValue()).resolves.toBe('My own view');
    expect(await page.getByTestId('scene-standard-note').count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
