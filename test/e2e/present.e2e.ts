/**
 * Presenter mode (issue 8): two scenes are saved, presenting shows the first; → moves to the
 * second scene's analysis, layers and camera; Esc leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presenterInsets, presenterViewSize } from '../../src/ui/present/presenter-layout';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const state = (page: import('playwright-core').Page) => page.evaluate(() => {
  const s = (window as any).__atlas.store.get();
  const map = (window as any).__atlas.map.map;
  return { analysis: s.analysis, layers: s.visibleLayers, presenting: s.presenting, zoom: map.getZoom(), centre: map.getCenter().toArray() };
});

describe('presenter mode', () => {
  it('steps through saved scenes with the arrow keys', async () => {
    const session = await openApp('#map=15/30.31/120.14/0/0');
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    // Typed, not filled: the presenter's keys (space, n, arrows) are only its own while presenting.
    await page.getByTestId('scene-title').pressSequentially('Scene one');
    expect(await page.getByTestId('scene-title').inputValue()).toBe('Scene one');
    expect((await state(page)).presenting).toBeNull();
    await page.getByTestId('scene-title').fill('片区概况');
    await page.getByLabel('讲稿备注').pressSequentially('先讲 north 片区');
    await page.getByTestId('scene-save').click();

    await page.evaluate(() => {
      const { store, map } = (window as any).__atlas;
      store.update({ analysis: 'parking', params: { mode: 'cross' }, visibleLayers: ['communities', 'idleLand'] });
      map.map.jumpTo({ center: [120.1455, 30.3125], zoom: 16.4 });
    });
    await page.waitForFunction(() => location.hash.includes('analysis=parking') && location.hash.includes('16.4'));
    await page.getByTestId('scene-title').fill('跨片区停车');
    await page.getByTestId('scene-save').click();
    expect(await page.getByTestId('scene-item').count()).toBe(2);

    // Each scene keeps the map's size it was saved at: on the presenter's wider map the same area
    // is shown larger, by log2 of the smaller ratio of the sizes.
    const frames: [number, number][] = await page.evaluate(() => (window as any).__atlas.store.get().scenes.map((scene: any) => scene.frame));
    expect(frames[0][0]).toBeGreaterThan(300);
    const window = await page.evaluate(() => [innerWidth, innerHeight]);
    // The presenter's map is the whole window (1400 × 900); a scene is framed in what the card
    // (along the bottom), the legend (at the right) and the clock leave clear of it.
    const clear = presenterViewSize(window as [number, number]);
    expect(clear).toEqual([1400 - 24 - 352, 900 - 56 - 240]);
    const shift = (frame: [number, number]) => Math.log2(Math.min(clear[0] / frame[0], clear[1] / frame[1]));

    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('片区概况');
    await settle(page); // the flight to the scene's camera has landed
    let now = await state(page);
    expect(now.analysis).toBe('summary');
    expect(await page.evaluate(() => { const c = (window as any).__atlas.map.map.getContainer(); return [c.clientWidth, c.clientHeight]; })).toEqual(window);
    expect(now.zoom).toBeCloseTo(15 + shift(frames[0]), 1);
    // On the scene's centre, though the map grew from the panels' layout to the whole window as the
    // flight began: the centre of the part left clear, where the scene's centre lands on screen.
    expect(now.centre[0]).toBeCloseTo(120.14, 3);
    expect(now.centre[1]).toBeCloseTo(30.31, 3);
    const onScreen = await page.evaluate(() => (window as any).__atlas.map.map.project([120.14, 30.31]));
    expect(onScreen.x).toBeCloseTo(24 + clear[0] / 2, 0);
    expect(onScreen.y).toBeCloseTo(56 + clear[1] / 2, 0);
    await expect(page.locator('.header').isVisible()).resolves.toBe(false);
    // N shows the speaker's notes (typed with an n and spaces in them), N again hides them.
    expect(await page.locator('.presenter-notes').count()).toBe(0);
    await page.keyboard.press('n');
    await expect(page.locator('.presenter-notes').textContent()).resolves.toBe('先讲 north 片区');
    await page.keyboard.press('n');
    expect(await page.locator('.presenter-notes').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('跨片区停车');
    await settle(page);
    now = await state(page);
    expect(now.analysis).toBe('parking');
    expect(now.layers).toEqual(['communities', 'idleLand']);
    expect(now.zoom).toBeCloseTo(16.4 + shift(frames[1]), 1);
    expect(now.centre[0]).toBeCloseTo(120.1455, 3);
    await expect(page.getByTestId('presenter-counter').textContent()).resolves.toContain('2 / 2');
    await page.getByTestId('scene-figures').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('scene-figures').textContent()).resolves.toContain('挖潜车位');
    // The audience's legend says what the map shows: the parking key, not the status colours under it.
    const legend = page.locator('.presenter-legend');
    await legend.getByTestId('legend-key-parking-communities').waitFor();
    await expect(legend.getByTestId('legend-key-parking-flows').textContent()).resolves.toContain('跨片区调配');
    expect(await legend.getByTestId('legend-communities').count()).toBe(0);
    // And only the layers of the scene (communities, idle land): no facilities or buildings key.
    await legend.getByTestId('legend-idle-land').waitFor();
    expect(await legend.getByTestId('legend-facilities').count()).toBe(0);
    expect(await legend.getByTestId('legend-buildings').count()).toBe(0);

    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect((await state(page)).presenting).toBeNull();

    // The notes start hidden every time presenting starts, though N showed them when it last
    // left (UX.md: the speaker's notes hidden from the audience view; N is for this showing only).
    await page.getByTestId('present-start').click();
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('片区概况');
    await page.keyboard.press('n');
    await expect(page.locator('.presenter-notes').textContent()).resolves.toBe('先讲 north 片区');
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    await page.getByTestId('present-start').click();
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('片区概况');
    expect(await page.locator('.presenter-notes').count()).toBe(0);
    await page.keyboard.press('n');
    await expect(page.locator('.presenter-notes').textContent()).resolves.toBe('先讲 north 片区');
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('→ and ← pressed while a flight is still in the air: the last scene pressed lands, nothing breaks', async () => {
    const session = await openApp('#map=14/30.31/120.14/0/0');
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('一');
    await page.getByTestId('scene-save').click();
    await page.evaluate(() => (window as any).__atlas.map.map.jumpTo({ center: [120.1455, 30.3125], zoom: 16 }));
    await page.waitForFunction(() => location.hash.includes('map=16/'));
    await page.getByTestId('scene-title').fill('二');
    await page.getByTestId('scene-save').click();
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]')?.contains(document.activeElement));
    // Mid-flight: the new flight stops the old one, whose moveend sets the store's camera (and
    // the map's padding is half-way); before, the camera effect re-flew for the padding from
    // there, stopping each new flight at once: React's maximum update depth, a blank overlay.
    // Three presses a few milliseconds apart: the second and third come during the flights the
    // ones before started, whatever the machine's speed.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('二');
    await settle(page);
    const now = await state(page);
    expect(now.centre[0]).toBeCloseTo(120.1455, 3);
    expect(await page.evaluate(() => (window as any).__atlas.map.map.getPadding())).toEqual(presenterInsets([1400, 900]));
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('片区联动 and 改造优先级 scenes show their own figures; type at 20 px; leaving full screen leaves presenting', async () => {
    const session = await openApp('#map=15/30.31/120.14/0/0');
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    for (const [analysis, title] of [['pooling', '片区联动'], ['priority', '优先级']]) {
      await page.evaluate((name) => (window as any).__atlas.store.update({ analysis: name, params: {} }), analysis);
      await page.waitForFunction((name) => location.hash.includes(`analysis=${name}`), analysis);
      await page.getByTestId('scene-title').fill(title);
      await page.getByTestId('scene-save').click();
    }
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    const figures = page.getByTestId('scene-figures');
    await figures.waitFor({ timeout: 60_000 });
    await expect(figures.textContent()).resolves.toContain('跨片区调配车位');
    // A value wider than a figure's 9em (the province's 6,987,393 户 at 44 px) widens its figure, inside the card.
    const inside = await page.evaluate(() => {
      const value = document.querySelector('.scene-figure-value') as HTMLElement;
      value.textContent = '6,987,393';
      // Within its own figure (not over the next one), and the figures within the card.
      const card = document.querySelector('.presenter-card')!.getBoundingClientRect();
      return [...document.querySelectorAll('.scene-figure-value')].every((element) => {
        const figure = element.parentElement!.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(element); // the glyphs, not the box (which the figure's width sets)
        return text.getBoundingClientRect().right <= figure.right + 0.5 && figure.right <= card.right;
      });
    });
    expect(inside).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('优先级');
    await page.waitForFunction(() => document.querySelector('[data-testid="scene-figures"]')?.textContent?.includes('优先级第一'), undefined, { timeout: 60_000 });
    expect(await figures.textContent()).not.toContain('户数');

    // UX.md: text in presenter mode at least 20 px, the legend's, the clock's and the scale bar's too.
    const sizes = await page.evaluate(() => [...document.querySelectorAll('.presenter-legend li, .presenter-legend h4, .presenter-clock, .scene-figure-label, .maplibregl-ctrl-scale')]
      .map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    // The larger scale bar stays clear of the legend card above it.
    const [scale, legend] = await page.evaluate(() => ['.maplibregl-ctrl-scale', '.presenter-legend'].map((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: box.height };
    }));
    expect(scale.height).toBeGreaterThan(0);
    expect(scale.top).toBeGreaterThanOrEqual(legend.bottom);

    // The browser's own Esc leaves full screen first (no key reaches the page): presenting ends with it.
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect((await state(page)).presenting).toBeNull();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 180_000);
});
