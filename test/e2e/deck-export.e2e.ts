/**
 * 导出汇报文稿（PPTX）: the Scenes panel writes the scenes as slides — a cover, then per scene
 * its title, the map drawn for that scene, its figures and the speaker's notes in the notes
 * page — and the planner's view comes back afterwards.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** A PNG's size from its IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('deck export', () => {
  it('writes a cover and one slide per scene with its own map, figures and notes', async () => {
    const session = await openApp('#analysis=elevators');
    const { page } = session;
    await settle(page);
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('开场');
    await page.getByLabel('讲稿备注').fill('先介绍三个片区');
    await page.getByTestId('scene-save').click();
    await page.getByTestId('scene-standard-deck').click();
    const scenes: { title: string; notes: string }[] = await page.evaluate(() => (window as any).__atlas.store.get().scenes);
    const before = await page.evaluate(() => {
      const state = (window as any).__atlas.store.get();
      return { analysis: state.analysis, zoom: state.camera?.zoom, layers: state.visibleLayers };
    });
    const canvas = await page.evaluate(() => { const c = (window as any).__atlas.map.map.getCanvas(); return [c.width, c.height]; });

    const downloading = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('deck-export').click();
    // The map visits the scenes meanwhile: the panel says how far it is.
    await expect(page.getByTestId('deck-export-status').textContent()).resolves.toMatch(/正在绘制第 \d+ \/ \d+ 个场景|正在生成文稿/);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('老旧小区改造-汇报.pptx');
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const text = (name: string) => strFromU8(zip[name]);
    const slides = Object.keys(zip).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(scenes.length + 1);
    expect(text('ppt/slides/slide1.xml')).toContain(`汇报场景 ${scenes.length} 个`);
    expect(text('ppt/slides/slide1.xml')).toContain('示例数据为虚拟片区');
    scenes.forEach((scene, index) => expect(text(`ppt/slides/slide${index + 2}.xml`)).toContain(scene.title));
    // The figures of the scene's card: 停车挖潜's first is the spaces found.
    const parking = scenes.findIndex((scene) => scene.title === '停车挖潜');
    expect(text(`ppt/slides/slide${parking + 2}.xml`)).toContain('挖潜车位');
    // Notes in the notes pages only.
    const notes = Object.keys(zip).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map(text).join('');
    expect(notes).toContain('先介绍三个片区');
    expect(notes).toContain(scenes[1].notes.slice(0, 12));
    expect(text('ppt/slides/slide2.xml')).not.toContain('先介绍三个片区');

    // One map per scene, drawn at the map's size (the PNG export's frame may widen it for the legend), each its own.
    const images = Object.keys(zip).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png')).map((name) => zip[name]);
    expect(images).toHaveLength(scenes.length);
    for (const image of images) {
      const [width, height] = pngSize(image);
      expect(width).toBeGreaterThanOrEqual(canvas[0]);
      expect(height).toBe(canvas[1]);
      expect(image.length).toBeGreaterThan(20_000);
    }
    const digests = new Set(images.map((image) => createHash('sha1').update(image).digest('hex')));
    expect(digests.size).toBe(scenes.length);

    // The view the planner had is back.
    await page.getByTestId('deck-export-status').waitFor({ state: 'detached' });
    const after = await page.evaluate(() => {
      const state = (window as any).__atlas.store.get();
      return { analysis: state.analysis, zoom: state.camera?.zoom, layers: state.visibleLayers };
    });
    expect(after).toEqual(before);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('still writes a slide, with its map and notes and without figures, for a scene whose analysis fails now', async () => {
    const session = await openApp('#analysis=elevators');
    const { page } = session;
    await settle(page);
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('加装电梯');
    await page.getByLabel('讲稿备注').fill('先看可加梯单元');
    await page.getByTestId('scene-save').click();
    // The scene's analysis needs the buildings, removed since it was saved.
    await page.getByTestId('tab-layers').click();
    await page.getByTestId('layer-more-buildings').click();
    await page.getByTestId('layer-remove-buildings').click();
    await page.getByTestId('tab-scenes').click();

    const downloading = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByTestId('deck-export').click();
    const zip = unzipSync(new Uint8Array(readFileSync((await (await downloading).path())!)));
    const slides = Object.keys(zip).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(2);
    const slide = strFromU8(zip['ppt/slides/slide2.xml']);
    expect(slide).toContain('加装电梯');
    expect(slide).toContain('1 / 1');
    // The card's figures are the elevator run's (可行 / 需协调 / 不可行); none without the buildings.
    expect(slide).not.toContain('需协调');
    expect(Object.keys(zip).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'))).toHaveLength(1);
    const notes = Object.keys(zip).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => strFromU8(zip[name])).join('');
    expect(notes).toContain('先看可加梯单元');
    await page.getByTestId('deck-export-status').waitFor({ state: 'detached' });
    await session.close();
  });
});
