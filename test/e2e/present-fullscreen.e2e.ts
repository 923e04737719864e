/**
 * Presenting and full screen. From a cold cache: the presenter overlay's code arrives 7 s after the click (a slow
 * network, or a first visit), longer than a browser keeps the click's user activation (5 s in
 * Chromium). Full screen must still be granted: it is asked for within the click, before the
 * code is awaited (on-demand.ts presentFrom). Refused (presenting started from the speaker
 * window, or after F11): the overlay offers 全屏（F）.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const DELAY_MS = 7_000;

describe('presenting with the overlay still loading', () => {
  it('goes full screen from the 汇报 click although the overlay code arrives 7 s later', async () => {
    // The chunk is held (the background prefetch's request too) until 7 s after the click.
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let held = 0;
    const session = await openApp('', undefined, (context) => context.route(/PresenterOverlay-[^/]*\.js$/, async (route) => {
      held++;
      await released;
      await route.continue();
    }));
    const { page } = session;
    await page.getByTestId('header-present').click();
    setTimeout(release, DELAY_MS);
    // Waited for here, not with Playwright's waits: those run script in the page, which counts as
    // the user's activation and would grant full screen whenever it is asked for.
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 5_000));
    expect(held).toBeGreaterThan(0);
    expect(await page.getByTestId('presenter').count()).toBe(1);
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    // The standard deck was built on the way (the demo has no scenes) and presenting starts at its first scene.
    expect(await page.evaluate(() => (window as any).__atlas.store.get().presenting)).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);

  it('offers 全屏（F） when full screen was refused, and F makes it full screen', async () => {
    const session = await openApp();
    const { page } = session;
    // Refused as a browser refuses it to a window the user did not act in (the speaker window's case).
    await page.evaluate(() => {
      const element = Element.prototype as any;
      element.grantedRequestFullscreen = element.requestFullscreen;
      element.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.getByTestId('header-present').click();
    await page.getByTestId('presenter').waitFor({ timeout: 60_000 });
    const button = page.getByTestId('presenter-fullscreen');
    await button.waitFor();
    expect(await button.textContent()).toBe('全屏（F）');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.evaluate(() => {
      const element = Element.prototype as any;
      element.requestFullscreen = element.grantedRequestFullscreen;
    });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await button.waitFor({ state: 'detached' });
    // Still presenting, at the same scene; leaving full screen (the browser's Esc) now leaves presenting too.
    expect(await page.evaluate(() => (window as any).__atlas.store.get().presenting)).toBe(0);
    await page.evaluate(() => document.exitFullscreen());
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 120_000);
});
