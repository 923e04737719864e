/**
 * The map view as a PNG for documents (UX.md): the map with a title, a legend of what the
 * map shows (png-legend-sections.ts: the analysis's key, the community colours, idle land by
 * kind and facilities by type, as the map's legend card), a scale bar, a north arrow, the date and the data's source line
 * ("示例数据为虚拟片区" for the demo). Drawn on a 2D canvas over the WebGL map, laid out by
 * png-layout.ts so that nothing overlaps at any map size.
 */
import { documentDate } from '../../i18n/format';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawLegend, legendHeight, measureLegend, type PngLegendSection } from './png-legend';
import { layoutMapPng, type Rect } from './png-layout';
import { metresPerPixel } from '../../map/web-mercator';

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export { metresPerPixel };

/** A round scale-bar length (1, 2 or 5 × 10^n m) that fits in `maxPixels`. */
export function niceScale(metresPerPx: number, maxPixels = 150): { metres: number; pixels: number } {
  const maxMetres = metresPerPx * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((step) => step * power).find((value) => value <= maxMetres) ?? power;
  return { metres, pixels: metres / metresPerPx };
}

export type MapPngInput = { title: string; source: string; legend: PngLegendSection[]; date?: Date };

export function renderMapPng(map: MapLibreMap, options: MapPngInput): string {
  return drawMapPng(map, options).toDataURL('image/png');
}

/** The PNG's canvas (its size in device pixels is the image's): the deck export needs both. */
export function drawMapPng(map: MapLibreMap, options: MapPngInput): HTMLCanvasElement {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth;
  const width = source.clientWidth;
  const height = source.clientHeight;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const measure = (text: string, px: number, bold: boolean) => {
    context.font = `${bold ? 'bold ' : ''}${px}px ${FONT}`;
    return context.measureText(text).width;
  };
  const date = documentDate(options.date);
  const line = `${options.source} · ${date}`;
  const { lat } = map.getCenter();
  const scale = niceScale(metresPerPixel(lat, map.getZoom()));
  const layout = layoutMapPng({
    width, height, title: options.title, measure, sourceWidth: measure(line, 12, false), scalePixels: scale.pixels,
    legend: options.legend.length > 0 ? { w: measureLegend(context, options.legend, FONT) + 8, h: legendHeight(options.legend) } : null,
  });
  // Setting the size clears the context's state (font, transform): everything is drawn after.
  canvas.width = Math.round(layout.canvasWidth * ratio);
  canvas.height = source.height;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0);
  context.scale(ratio, ratio);
  const panel = ({ x, y, w, h }: Rect) => {
    context.fillStyle = 'rgba(255,255,255,0.92)';
    context.fillRect(x, y, w, h);
    context.strokeStyle = '#90a4ae';
    context.strokeRect(x, y, w, h);
  };
  // Title
  const { title } = layout;
  panel(title.rect);
  context.font = `bold ${title.px}px ${FONT}`;
  context.fillStyle = '#1f2933';
  context.textBaseline = 'middle';
  context.fillText(title.text, title.rect.x + 12, title.rect.y + title.rect.h / 2);
  context.textBaseline = 'alphabetic';
  // Legend, bottom left (scaled to fit), or beside the map on a small one
  if (layout.legend) {
    const { rect, scale: factor } = layout.legend;
    context.save();
    context.translate(rect.x, rect.y);
    context.scale(factor, factor);
    panel({ x: 0, y: 0, w: rect.w / factor, h: rect.h / factor });
    drawLegend(context, options.legend, 0, 0, FONT);
    context.restore();
  }
  // Scale bar
  const bar = layout.scaleBar;
  panel(bar);
  context.fillStyle = '#1f2933';
  context.fillRect(bar.x + 14, bar.y + 22, scale.pixels, 4);
  context.font = `12px ${FONT}`;
  context.fillText(scale.metres >= 1000 ? `${scale.metres / 1000} km` : `${scale.metres} m`, bar.x + 14, bar.y + 16);
  // North arrow, turned with the map's bearing
  context.save();
  context.translate(layout.north.x, layout.north.y);
  context.rotate((-map.getBearing() * Math.PI) / 180);
  context.beginPath();
  context.moveTo(0, -18);
  context.lineTo(9, 12);
  context.lineTo(0, 6);
  context.lineTo(-9, 12);
  context.closePath();
  context.fillStyle = '#1f2933';
  context.fill();
  context.font = `bold 13px ${FONT}`;
  context.fillText('N', -4, -22);
  context.restore();
  // Date and source line
  panel(layout.source);
  context.font = `12px ${FONT}`;
  context.fillStyle = '#37474f';
  context.fillText(line, layout.source.x + 14, layout.source.y + 17);
  return canvas;
}
