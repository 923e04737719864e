/**
 * The PNG export's legend (map-png.ts): the same sections as the side panel's legend (the
 * active analysis's map key, then the community colours unless the analysis covers them, then
 * idle land by kind and facilities by type: png-legend-sections.ts),
 * drawn on a 2D canvas with the same swatches, patterns and marks.
 */
import { type KeySwatch, PATTERN_INK, rgbaCss } from '../../map/map-key';

export interface PngLegendSection {
  title: string;
  rows: { swatch: KeySwatch; label: string }[];
}

const ROW = 22;
const SWATCH_W = 16;
const SWATCH_H = 14;

/** Height the sections take (title line plus one line per row each, and padding). */
export function legendHeight(sections: readonly PngLegendSection[]): number {
  return 16 + sections.reduce((sum, section) => sum + ROW + section.rows.length * ROW, 0);
}

function drawSwatch(context: CanvasRenderingContext2D, swatch: KeySwatch, x: number, y: number): void {
  const fill = (colour: string) => {
    context.fillStyle = colour;
    context.fillRect(x, y, SWATCH_W, SWATCH_H);
  };
  switch (swatch.kind) {
    case 'fill': {
      fill(rgbaCss(swatch.colour));
      context.save();
      context.beginPath();
      context.rect(x, y, SWATCH_W, SWATCH_H);
      context.clip();
      context.fillStyle = context.strokeStyle = rgbaCss(PATTERN_INK);
      if (swatch.pattern === 'dots') {
        for (let dx = 2.5; dx < SWATCH_W; dx += 5) for (let dy = 2.5; dy < SWATCH_H; dy += 5) context.fillRect(x + dx - 0.75, y + dy - 0.75, 1.5, 1.5);
      } else if (swatch.pattern === 'hatch') {
        context.lineWidth = 1.5;
        for (let d = -SWATCH_H; d < SWATCH_W; d += 4.5) {
          context.beginPath();
          context.moveTo(x + d, y + SWATCH_H);
          context.lineTo(x + d + SWATCH_H, y);
          context.stroke();
        }
      }
      context.restore();
      if (swatch.mark) {
        context.fillStyle = '#ffffff';
        context.font = 'bold 11px sans-serif';
        context.textAlign = 'center';
        context.fillText(swatch.mark, x + SWATCH_W / 2, y + SWATCH_H - 3);
        context.textAlign = 'start';
      }
      return;
    }
    case 'outline':
      context.strokeStyle = rgbaCss(swatch.colour);
      context.lineWidth = 2;
      context.strokeRect(x + 1, y + 1, SWATCH_W - 2, SWATCH_H - 2);
      return;
    case 'line': {
      const gradient = context.createLinearGradient(x, 0, x + SWATCH_W, 0);
      gradient.addColorStop(0, rgbaCss(swatch.colour));
      gradient.addColorStop(1, rgbaCss(swatch.to ?? swatch.colour));
      context.fillStyle = gradient;
      context.fillRect(x, y + SWATCH_H / 2 - 2, SWATCH_W, 4);
      return;
    }
    case 'dot':
      context.fillStyle = rgbaCss(swatch.colour);
      context.beginPath();
      context.arc(x + SWATCH_W / 2, y + SWATCH_H / 2, SWATCH_H / 2, 0, 2 * Math.PI);
      context.fill();
      return;
    case 'ramp': {
      const gradient = context.createLinearGradient(x, 0, x + SWATCH_W, 0);
      swatch.stops.forEach((stop, i) => gradient.addColorStop(swatch.stops.length > 1 ? i / (swatch.stops.length - 1) : 0, rgbaCss(stop)));
      context.fillStyle = gradient;
      context.fillRect(x, y, SWATCH_W, SWATCH_H);
    }
  }
}

/** Draws the sections from (x, y) down; `font` is the CSS font family (measureLegend gives the width). */
export function drawLegend(context: CanvasRenderingContext2D, sections: readonly PngLegendSection[], x: number, y: number, font: string): void {
  let top = y + 8;
  for (const section of sections) {
    context.font = `bold 14px ${font}`;
    context.fillStyle = '#1f2933';
    context.fillText(section.title, x + 10, top + 15);
    top += ROW;
    context.font = `13px ${font}`;
    for (const row of section.rows) {
      drawSwatch(context, row.swatch, x + 10, top + 3);
      context.fillStyle = '#1f2933';
      context.fillText(row.label, x + 10 + SWATCH_W + 8, top + 15);
      top += ROW;
    }
  }
}

/** Measures the legend's width without drawing. */
export function measureLegend(context: CanvasRenderingContext2D, sections: readonly PngLegendSection[], font: string): number {
  let width = 0;
  for (const section of sections) {
    context.font = `bold 14px ${font}`;
    width = Math.max(width, context.measureText(section.title).width + 20);
    context.font = `13px ${font}`;
    for (const row of section.rows) width = Math.max(width, SWATCH_W + 28 + context.measureText(row.label).width);
  }
  return width;
}
