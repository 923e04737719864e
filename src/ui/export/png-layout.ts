/**
 * Where the map PNG's furniture goes (map-png.ts), so that none of it overlaps and the legend
 * never hides much of a small map: the title top left (smaller type, then cut short, to leave
 * the north arrow room), the north arrow top right, the scale bar and the source line bottom
 * right, the legend bottom left, scaled down to fit beside them; when that would make it too
 * small to read, the legend moves to a white band to the right of the map instead.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PngLayoutInput {
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  title: string;
  /** Width of `text` in a (bold, for the title) font of `px` pixels. */
  measure(text: string, px: number, bold: boolean): number;
  /** The legend's size at full scale (png-legend.ts), or null for none. */
  legend: { w: number; h: number } | null;
  /** The source line's text width at 12 px, and the scale bar's length. */
  sourceWidth: number;
  scalePixels: number;
}

export interface PngLayout {
  /** The canvas's width in CSS pixels: the map's, or more with the legend beside it. */
  canvasWidth: number;
  title: { text: string; px: number; rect: Rect };
  north: { x: number; y: number; rect: Rect };
  scaleBar: Rect;
  source: Rect;
  legend: { rect: Rect; scale: number; beside: boolean } | null;
}

const MARGIN = 12;
const GAP = 8;
const TITLE_PX = [22, 20, 18, 16, 14];
/** Below this the legend's 13-px type is under 9 px: it goes beside the map instead. */
const MIN_LEGEND_SCALE = 0.7;
/** At most this share of the map's width and height for a legend drawn on it. */
const LEGEND_MAX_W = 0.4;
const LEGEND_MAX_H = 0.5;

export function layoutMapPng(input: PngLayoutInput): PngLayout {
  const { width, height } = input;
  const northRect = { x: width - 52, y: 8, w: 32, h: 52 };
  const north = { x: width - 36, y: 44, rect: northRect };

  // The title: the largest size that fits left of the north arrow, else the smallest, cut short.
  const room = northRect.x - GAP - MARGIN - 24;
  const px = TITLE_PX.find((size) => input.measure(input.title, size, true) <= room) ?? TITLE_PX[TITLE_PX.length - 1];
  let text = input.title;
  if (input.measure(text, px, true) > room) {
    while (text.length > 1 && input.measure(`${text}…`, px, true) > room) text = text.slice(0, -1);
    text = `${text}…`;
  }
  const title = { text, px, rect: { x: MARGIN, y: MARGIN, w: input.measure(text, px, true) + 24, h: Math.round(px * 1.8) } };

  const scaleBar = { x: width - input.scalePixels - 40, y: height - 44, w: input.scalePixels + 28, h: 32 };
  const source = { x: width - input.sourceWidth - 40, y: height - 76, w: input.sourceWidth + 28, h: 24 };

  let legend: PngLayout['legend'] = null;
  let canvasWidth = width;
  if (input.legend) {
    const { w, h } = input.legend;
    const rightBlock = Math.min(scaleBar.x, source.x);
    const maxW = Math.min(width * LEGEND_MAX_W, rightBlock - GAP - MARGIN);
    const maxH = Math.min(height * LEGEND_MAX_H, height - MARGIN - (title.rect.y + title.rect.h + GAP));
    const scale = Math.min(1, maxW / w, maxH / h);
    if (scale >= MIN_LEGEND_SCALE) {
      legend = { rect: { x: MARGIN, y: height - MARGIN - h * scale, w: w * scale, h: h * scale }, scale, beside: false };
    } else {
      const besideScale = Math.min(1, (height - 2 * MARGIN) / h);
      legend = { rect: { x: width + MARGIN, y: MARGIN, w: w * besideScale, h: h * besideScale }, scale: besideScale, beside: true };
      canvasWidth = width + w * besideScale + 2 * MARGIN;
    }
  }
  return { canvasWidth: Math.ceil(canvasWidth), title, north, scaleBar, source, legend };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
