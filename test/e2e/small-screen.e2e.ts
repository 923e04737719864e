/**
 * Small screens (audit-a11y #8): 1366 × 768 at 150 % zoom is 911 × 512 CSS px, a projector
 * 1024 × 768. With the dashboard open (the default), in both languages, the map keeps a usable
 * size, the header one line, the map-tool row stays on the map and clear of the legend, and
 * nothing scrolls the page sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

type Box = [number, number, number, number];

const LAYOUT = `(() => {
  const box = (selector) => { const e = document.querySelector(selector); if (!e) return null; const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; };
  const tools = [...document.querySelectorAll('.map-controls > *')].map((e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; });
  return {
    header: box('.header'), map: box('[data-testid="map"]'), dashboard: box('[data-testid="dashboard"]'), legend: box('.map-legend'),
    badge: box('[data-testid="demo-badge"]'), headerTools: box('.header-tools'), tools,
    // The left panel's selects (小区着色, 底图): the chosen option's text against the room left of the arrow (≈ 20 px).
    clippedSelects: [...document.querySelectorAll('.panel-left select')].flatMap((select) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      context.font = style.fontSize + ' ' + style.fontFamily;
      const text = select.options[select.selectedIndex]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return context.measureText(text).width > room ? [text] : [];
    }),
    headerButtons: [...document.querySelectorAll('.header button')].map((e) => { const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; }),
    pageWidth: document.documentElement.scrollWidth, slider: box('[data-testid="year-slider"]'),
  };
})()`;

const apart = (a: Box, b: Box) => a[0] + a[2] <= b[0] + 0.5 || b[0] + b[2] <= a[0] + 0.5 || a[1] + a[3] <= b[1] + 0.5 || b[1] + b[3] <= a[1] + 0.5;
const inside = (inner: Box, outer: Box) => inner[0] >= outer[0] - 0.5 && inner[1] >= outer[1] - 0.5 && inner[0] + inner[2] <= outer[0] + outer[2] + 0.5 && inner[1] + inner[3] <= outer[1] + outer[3] + 0.5;

describe('small screens', () => {
  for (const [width, height, minMap] of [[911, 512, [420, 280]], [1024, 768, [460, 440]]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${width} × ${height}, ${lang}: the map keeps a usable size and the controls do not overlap`, async () => {
        const session = await openApp(lang === 'en' ? '#lang=en' : '', { width, height });
        const { page } = session;
        const layout = (await page.evaluate(LAYOUT)) as Record<string, Box | null> & { tools: Box[]; pageWidth: number; clippedSelects: string[] };
        const label = `${width}×${height} ${lang}`;
        const map = layout.map!;
        expect(map[2], label).toBeGreaterThanOrEqual(minMap[0]);
        expect(map[3], label).toBeGreaterThanOrEqual(minMap[1]);
        // One header line; the badge shortened, not gone; the tools on the right inside the window.
        expect(layout.header![3], label).toBeLessThanOrEqual(50);
        expect(layout.badge![2], label).toBeGreaterThan(40);
        expect(layout.headerTools![0] + layout.headerTools![2], label).toBeLessThanOrEqual(width + 0.5);
        expect(layout.pageWidth, label).toBeLessThanOrEqual(width);
        // Every header button the same height and on one line: in English the Latin font's shorter
        // line made 图层…汇报, 导出 and 一案一策 shorter than the buttons beside a CJK glyph (中).
        expect(layout.clippedSelects, label).toEqual([]);
        const heights = (layout.headerButtons as unknown as Box[]).map((button) => Math.round(button[3]));
        expect(heights.length, label).toBeGreaterThanOrEqual(9);
        expect(new Set(heights).size, `${label} ${heights}`).toBe(1);
        const middles = (layout.headerButtons as unknown as Box[]).map((button) => Math.round(button[1] + button[3] / 2));
        expect(Math.max(...middles) - Math.min(...middles), label).toBeLessThanOrEqual(1);
        // The dashboard and its year slider below the map, not over it.
        expect(apart(layout.dashboard!, map), label).toBe(true);
        expect(layout.slider![3], label).toBeGreaterThan(0);
        // Every map tool on the map, in its upper half, clear of the legend card.
        for (const tool of layout.tools) {
          expect(inside(tool, map), `${label} tool ${tool}`).toBe(true);
          expect(tool[1] + tool[3], label).toBeLessThan(map[1] + map[3] / 2);
          expect(apart(tool, layout.legend!), label).toBe(true);
        }
        expect(session.consoleErrors).toEqual([]);
        await session.close();
      }, 120_000);
    }
  }
});
