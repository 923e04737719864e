import { describe, expect, it } from 'vitest';
import { layoutMapPng, overlaps, type PngLayout, type PngLayoutInput, type Rect } from './png-layout';

/** A stand-in for canvas text metrics: CJK a full em, the rest about half. */
const measure = (text: string, px: number) => [...text].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? px : px * 0.55), 0);
const TITLE = '老旧小区改造规划图台 · 加装电梯';
const SOURCE = measure('示例数据为虚拟片区 · 2026-11-27', 12);

const layout = (width: number, height: number, legend: PngLayoutInput['legend'], extra: Partial<PngLayoutInput> = {}) =>
  layoutMapPng({ width, height, title: TITLE, measure, legend, sourceWidth: SOURCE, scalePixels: 120, ...extra });

const boxes = (result: PngLayout): [string, Rect][] => [
  ['title', result.title.rect], ['north', result.north.rect], ['scale', result.scaleBar], ['source', result.source],
  ...(result.legend ? [['legend', result.legend.rect] as [string, Rect]] : []),
];

describe('map PNG layout', () => {
  // Map sizes: 1400 × 900 with both panels, 1024 × 768 with the dashboard too, and smaller.
  const sizes: [number, number][] = [[770, 790], [1170, 540], [394, 420], [480, 300], [320, 260]];
  const legends = [{ w: 175, h: 192 }, { w: 240, h: 390 }, { w: 300, h: 600 }];

  it('never overlaps the title, the north arrow, the scale bar, the source line and the legend', () => {
    for (const [width, height] of sizes) for (const legend of legends) {
      const result = layout(width, height, legend);
      const all = boxes(result);
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
        expect(overlaps(all[i][1], all[j][1]), `${width}×${height} ${legend.w}×${legend.h}: ${all[i][0]} / ${all[j][0]}`).toBe(false);
      }
      for (const [name, rect] of all) {
        expect(rect.x >= 0 && rect.y >= 0 && rect.x + rect.w <= result.canvasWidth && rect.y + rect.h <= height, `${name} inside`).toBe(true);
      }
    }
  });

  it('keeps a legend on the map to a small part of it, readable, else moves it beside the map', () => {
    for (const [width, height] of sizes) for (const legend of legends) {
      const result = layout(width, height, legend);
      const { rect, scale, beside } = result.legend!;
      if (beside) {
        expect(rect.x).toBeGreaterThanOrEqual(width);
        expect(result.canvasWidth).toBeGreaterThan(width);
      } else {
        expect(scale).toBeGreaterThanOrEqual(0.7);
        expect((rect.w * rect.h) / (width * height)).toBeLessThanOrEqual(0.2);
        expect(result.canvasWidth).toBe(width);
      }
    }
    // A roomy map keeps the legend at full size on the map.
    expect(layout(1170, 790, legends[0]).legend).toMatchObject({ scale: 1, beside: false });
    expect(layout(394, 420, null).legend).toBeNull();
  });

  it('fits the title left of the north arrow: smaller type first, then cut short', () => {
    expect(layout(770, 790, null).title).toMatchObject({ text: TITLE, px: 22 });
    const small = layout(394, 420, null).title;
    expect(small.text).toBe(TITLE);
    expect(small.px).toBeLessThan(22);
    const tiny = layout(260, 260, null).title;
    expect(tiny.text.endsWith('…')).toBe(true);
    expect(tiny.px).toBe(14);
  });
});
