/**
 * 讲者视图: the Scenes panel opens a second window for the presenter's own screen. It shows the
 * current scene's notes (never shown to the audience), the next scene and a timer, and drives
 * the audience window: start, step with a clicker's keys, end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe('speaker view', () => {
  it('shows the notes on the presenter’s screen only and drives the audience window', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    // The presenter's own scene, with notes that look like markup: shown as text, never as HTML.
    await page.getByTestId('scene-title').fill('开场');
    await page.getByLabel('讲稿备注').fill('先介绍 <b>三个片区</b>');
    await page.getByTestId('scene-save').click();
    await page.getByTestId('scene-standard-deck').click();
    const scenes: { title: string; notes: string }[] = await page.evaluate(() => (window as any).__atlas.store.get().scenes);
    expect(scenes.length).toBeGreaterThan(3);
    expect(scenes[1].notes.length).toBeGreaterThan(10);

    // A popup blocker's refusal is said where the button is.
    await page.evaluate(() => {
      (window as any).realOpen = window.open;
      window.open = () => null;
    });
    await page.getByTestId('speaker-open').click();
    await expect(page.getByRole('alert').filter({ hasText: '浏览器拦截了弹出窗口' }).count()).resolves.toBe(1);
    await page.evaluate(() => { window.open = (window as any).realOpen; });

    const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('speaker-open').click()]);
    await popup.getByTestId('speaker-view').waitFor();
    expect(await popup.title()).toBe('讲者视图 · 老旧小区改造规划图台');
    await expect(text(popup, 'speaker-title')).resolves.toBe('开场');
    await expect(text(popup, 'speaker-notes')).resolves.toBe('先介绍 <b>三个片区</b>');
    expect(await popup.locator('[data-testid="speaker-notes"] b').count()).toBe(0);
    await expect(text(popup, 'speaker-next')).resolves.toBe(scenes[1].title);
    await expect(text(popup, 'speaker-status')).resolves.toContain('未在汇报');
    // The app's styles reached the window, the speaker view's own (loaded with it) too: notes at 24 px.
    expect(await popup.getByTestId('speaker-notes').evaluate((element) => getComputedStyle(element).fontSize)).toBe('24px');
    await page.getByTestId('speaker-close').waitFor(); // the panel's button now closes the window
    expect(await page.getByRole('alert').filter({ hasText: '浏览器拦截了弹出窗口' }).count()).toBe(0);

    // Notes stay editable in the Scenes panel, and the speaker view follows them as they are typed.
    await page.getByLabel('修改备注“开场”').fill('先介绍三个片区，再讲改造进展');
    await popup.waitForFunction(() => document.querySelector('[data-testid="speaker-notes"]')?.textContent === '先介绍三个片区，再讲改造进展');
    expect(await page.evaluate(() => (window as any).__atlas.store.get().scenes[0].notes)).toBe('先介绍三个片区，再讲改造进展');

    await popup.getByTestId('speaker-start').click();
    await page.getByTestId('presenter').waitFor();
    await expect(text(page, 'presenter-title')).resolves.toBe('开场');
    await expect(text(popup, 'speaker-status')).resolves.toContain('正在汇报');
    // A start from the speaker window may leave the audience window windowed (the browser's call): the status says which.
    const audienceFullScreen = await page.evaluate(() => document.fullscreenElement !== null);
    expect((await text(popup, 'speaker-status'))?.includes('未全屏：在投影窗口按 F')).toBe(!audienceFullScreen);

    // A clicker's key pressed in the speaker window steps the audience window.
    await popup.keyboard.press('PageDown');
    await page.waitForFunction((wanted) => document.querySelector('[data-testid="presenter-title"]')?.textContent === wanted, scenes[1].title);
    await expect(text(popup, 'speaker-title')).resolves.toBe(scenes[1].title);
    await expect(text(popup, 'speaker-counter')).resolves.toBe(`场景 2 / ${scenes.length}`);
    await expect(text(popup, 'speaker-notes')).resolves.toBe(scenes[1].notes);
    // The audience sees the scene, not the notes.
    expect(await page.getByTestId('presenter').innerText()).not.toContain(scenes[1].notes.slice(0, 12));
    await popup.waitForFunction(() => !document.querySelector('[data-testid="speaker-timer"]')?.textContent?.endsWith('0:00'), undefined, { timeout: 10_000 });

    // B blanks the audience's screen, as in PowerPoint; any key brings the scene back without stepping.
    await popup.keyboard.press('b');
    await page.getByTestId('presenter-blank').waitFor();
    expect(await page.getByTestId('presenter-blank').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expect(text(popup, 'speaker-status')).resolves.toContain('观众画面已黑屏');
    expect(await popup.getByTestId('speaker-black').getAttribute('aria-pressed')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    await page.getByTestId('presenter-blank').waitFor({ state: 'detached' });
    await expect(text(page, 'presenter-title')).resolves.toBe(scenes[1].title);
    // W in the audience window itself: white; a click there brings the scene back.
    await page.keyboard.press('w');
    expect(await page.getByTestId('presenter-blank').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.getByTestId('presenter-blank').click();
    await page.getByTestId('presenter-blank').waitFor({ state: 'detached' });

    await popup.getByTestId('speaker-next-button').click();
    await page.waitForFunction((wanted) => document.querySelector('[data-testid="presenter-title"]')?.textContent === wanted, scenes[2].title);
    await popup.keyboard.press('ArrowLeft');
    await page.waitForFunction((wanted) => document.querySelector('[data-testid="presenter-title"]')?.textContent === wanted, scenes[1].title);

    await popup.getByTestId('speaker-stop').click();
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as any).__atlas.store.get().presenting)).toBeNull();
    // Ended: the timer stops where it was; the speaker view stays on the scene it ended on.
    await expect(text(popup, 'speaker-title')).resolves.toBe(scenes[1].title);

    // ▶ beside a scene in the Scenes panel presents from that scene; the speaker view follows.
    await page.getByLabel(`从此场景开始汇报“${scenes[2].title}”`).click();
    await page.getByTestId('presenter').waitFor();
    await expect(text(page, 'presenter-title')).resolves.toBe(scenes[2].title);
    await expect(text(popup, 'speaker-title')).resolves.toBe(scenes[2].title);
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });

    await popup.close();
    await page.getByTestId('speaker-open').waitFor();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
