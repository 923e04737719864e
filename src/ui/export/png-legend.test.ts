import { describe, expect, it } from 'vitest';
import { drawLegend, legendHeight, measureLegend, type PngLegendSection } from './png-legend';

/** A 2D context that records what is painted: fillRect with its fill style, strokes, text. */
function recordingContext() {
  const calls: string[] = [];
  const context = {
    fillStyle: '' as unknown, strokeStyle: '' as unknown, lineWidth: 1, font: '', textAlign: 'start',
    fillRect(x: number, y: number, w: number, h: number) { calls.push(`fillRect ${String(this.fillStyle)} ${x},${y} ${w}x${h}`); },
    strokeRect(x: number, y: number, w: number, h: number) { calls.push(`strokeRect ${String(this.strokeStyle)} ${x},${y} ${w}x${h}`); },
    fillText(text: string, x: number, y: number) { calls.push(`text ${text} ${x},${y}`); },
    measureText: (text: string) => ({ width: text.length * 7 }),
    createLinearGradient: () => {
      const stops: string[] = [];
      return { addColorStop: (at: number, colour: string) => stops.push(`${at}:${colour}`), toString: () => `gradient(${stops.join(' ')})` };
    },
    save() {}, restore() {}, beginPath() {}, rect() {}, clip() {}, closePath() {}, fill() { calls.push(`fill ${String(this.fillStyle)}`); },
    moveTo() {}, lineTo() {}, stroke() { calls.push(`stroke ${String(this.strokeStyle)}`); }, arc() {},
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const sections: PngLegendSection[] = [
  {
    title: '小区 · 多数单元的判定',
    rows: [
      { swatch: { kind: 'fill', colour: [46, 125, 50, 230] }, label: '可行' },
      { swatch: { kind: 'fill', colour: [198, 40, 40, 230], pattern: 'hatch' }, label: '不可行' },
    ],
  },
  { title: '调配', rows: [{ swatch: { kind: 'line', colour: [13, 71, 161, 235], to: [230, 81, 0, 235] }, label: '调出 → 调入' }, { swatch: { kind: 'ramp', stops: [[0, 0, 0, 255], [255, 255, 255, 255]] }, label: '0 → 1' }] },
];

describe('PNG legend drawing', () => {
  it('draws each section title, then a swatch and a label per row, 22 px apart', () => {
    const { context, calls } = recordingContext();
    drawLegend(context, sections, 12, 100, 'sans-serif');
    const texts = calls.filter((call) => call.startsWith('text '));
    expect(texts).toEqual([
      'text 小区 · 多数单元的判定 22,123', 'text 可行 46,145', 'text 不可行 46,167',
      'text 调配 22,189', 'text 调出 → 调入 46,211', 'text 0 → 1 46,233',
    ]);
    // A solid fill is its colour; a hatched one its colour, then ink strokes over it.
    expect(calls).toContain('fillRect rgba(46, 125, 50, 0.902) 22,133 16x14');
    const hatch = calls.indexOf('fillRect rgba(198, 40, 40, 0.902) 22,155 16x14');
    expect(hatch).toBeGreaterThan(0);
    expect(calls[hatch + 1]).toBe('stroke rgba(33, 33, 33, 0.902)');
    // Lines (4 px, centred on the swatch's box) and ramps as gradients of their colours.
    expect(calls).toContain('fillRect gradient(0:rgba(13, 71, 161, 0.922) 1:rgba(230, 81, 0, 0.922)) 22,204 16x4');
    expect(calls).toContain('fillRect gradient(0:rgba(0, 0, 0, 1) 1:rgba(255, 255, 255, 1)) 22,221 16x14');
  });

  it('sizes its panel to the rows and the longest text', () => {
    expect(legendHeight(sections)).toBe(16 + 2 * 22 + 4 * 22);
    const { context } = recordingContext();
    // The widest: the first title, 12 characters ("小区 · " is 5) at 7 px, plus 20 of padding.
    expect(measureLegend(context, sections, 'sans-serif')).toBe(12 * 7 + 20);
  });
});
