import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import PptxGenJS from 'pptxgenjs';
import { strFromU8, unzipSync } from 'fflate';
import { buildDeckPptx, type DeckDocument, fitImage } from './deck-pptx';

// A 2 × 1 px PNG: the slide's picture keeps this 2:1 aspect.
const PNG_2X1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGGEAAB0GAgB+/dmRAAAAAElFTkSuQmCC';
const EMU = 914_400;

const deck = (overrides: Partial<DeckDocument> = {}): DeckDocument => ({
  lang: 'zh',
  title: '清洲片区老旧小区改造',
  source: '示例数据为虚拟片区 · 2026-11-28',
  date: '2026-11-28',
  slides: [
    { title: '停车挖潜 <b>&', notes: '先讲缺口 <i>再讲</i> 地块', figures: [{ value: '5,220', label: '挖潜车位' }, { value: '70 m', label: '平均步行' }], image: { dataUrl: PNG_2X1, width: 1000, height: 500 } },
    { title: '加装电梯', notes: '', figures: [], image: null },
  ],
  ...overrides,
});

async function files(document: DeckDocument) {
  const zip = unzipSync(await buildDeckPptx(document, PptxGenJS));
  const text = (name: string) => strFromU8(zip[name]);
  return { names: Object.keys(zip), text };
}

describe('deck PPTX', () => {
  it('has a cover and one slide per scene, with the scene’s title, figures and page number, text escaped', async () => {
    const { names, text } = await files(deck());
    expect(names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort()).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
    expect(text('ppt/slides/slide1.xml')).toContain('清洲片区老旧小区改造');
    expect(text('ppt/slides/slide1.xml')).toContain('汇报场景 2 个 · 2026-11-28');
    // The agenda, numbered, escaped like every text.
    expect(text('ppt/slides/slide1.xml')).toContain('1. 停车挖潜 &lt;b&gt;&amp;');
    expect(text('ppt/slides/slide1.xml')).toContain('2. 加装电梯');
    const first = text('ppt/slides/slide2.xml');
    expect(first).toContain('停车挖潜 &lt;b&gt;&amp;');
    expect(first).not.toContain('<b>');
    for (const part of ['5,220', '挖潜车位', '70 m', '平均步行', '1 / 2', '示例数据为虚拟片区']) expect(first).toContain(part);
    expect(text('ppt/slides/slide3.xml')).toContain('（地图未能绘制）');
    expect(text('ppt/slides/slide3.xml')).toContain('2 / 2');
  });

  it('puts the speaker’s notes in the slide’s notes, never on the slide', async () => {
    const { names, text } = await files(deck());
    const notes = names.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map(text);
    expect(notes.filter((xml) => xml.includes('先讲缺口 &lt;i&gt;再讲&lt;/i&gt; 地块'))).toHaveLength(1);
    expect(text('ppt/slides/slide2.xml')).not.toContain('先讲缺口');
  });

  it('embeds the map as a picture of the image’s own aspect', async () => {
    const { names, text } = await files(deck());
    expect(names.filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'))).toHaveLength(1);
    const [, cx, cy] = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(text('ppt/slides/slide2.xml'))!;
    // 1000 × 500 in the 8.9 × 5.7 in box: width-bound, 8.9 × 4.45 in.
    expect(Number(cx) / EMU).toBeCloseTo(8.9, 2);
    expect(Number(cy) / EMU).toBeCloseTo(4.45, 2);
  });

  it('fits an image in a box by its aspect, centred', () => {
    expect(fitImage(1000, 500, { x: 0.5, y: 1.15, w: 8.9, h: 5.7 })).toEqual({ x: 0.5, y: 1.15 + (5.7 - 4.45) / 2, w: 8.9, h: 4.45 });
    const tall = fitImage(300, 600, { x: 0, y: 0, w: 8, h: 6 });
    expect(tall).toEqual({ x: 2.5, y: 0, w: 3, h: 6 });
  });

  it('speaks English in an English deck', async () => {
    const { text } = await files(deck({ lang: 'en', slides: [{ title: 'Parking', notes: '', figures: [], image: null }] }));
    expect(text('ppt/slides/slide1.xml')).toContain('1 scene · 2026-11-28');
    expect(text('ppt/slides/slide2.xml')).toContain('(the map could not be drawn)');
  });
});

// LibreOffice is the independent reader (as for the workbook, io/write/xlsx.test.ts): when it is
// installed, it must open the deck and print every slide, the cover and one per scene.
const soffice = ['soffice', 'libreoffice'].find((command) => { try { execFileSync('which', [command], { stdio: 'ignore' }); return true; } catch { return false; } });
describe.skipIf(!soffice)('deck PPTX read by LibreOffice', () => {
  it('converts to a PDF of one page per slide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'));
    writeFileSync(join(dir, 'deck.pptx'), await buildDeckPptx(deck(), PptxGenJS));
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'deck.pptx')], { timeout: 120_000, stdio: 'ignore' });
    const pdf = readFileSync(join(dir, 'deck.pdf'), 'latin1');
    // A PDF's pages: its /Type /Page objects (not /Pages).
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(3);
  }, 180_000);
});
