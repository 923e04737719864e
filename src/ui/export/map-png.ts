/**
 * The map view as a PNG for documents (UX.md): the map with a title, a legend of what the
 * map shows (png-legend.ts: the analysis's key and the community colours, as the side
 * panel's legend), a scale bar, a north arrow, the date and the data's source line
 * ("示例数据为虚拟片区" for the demo). Drawn on a 2D canvas over the WebGL map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawLegend, legendHeight, measureLegend, type PngLegendSection } from './png-legend';

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Metres per CSS pixel at the map centre (Web Mercator, 512-px tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A round scale-bar length (1, 2 or 5 × 10^n m) that fits in `maxPixels`. */
export function niceScale(metresPerPx: number, maxPixels = 150): { metres: number; pixels: number } {
  const maxMetres = metresPerPx * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((step) => step * power).find((value) => value <= maxMetres) ?? power;
  return { metres, pixels: metres / metresPerPx };
}

export function renderMapPng(map: MapLibreMap, options: { title: string; source: string; legend: PngLegendSection[]; date?: Date }): string {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(source, 0, 0);
  context.scale(ratio, ratio);
  const width = source.clientWidth;
  const height = source.clientHeight;
  const panel = (x: number, y: number, w: number, h: number) => {
    context.fillStyle = 'rgba(255,255,255,0.92)';
    context.fillRect(x, y, w, h);
    context.strokeStyle = '#90a4ae';
    context.strokeRect(x, y, w, h);
  };
  // Title
  context.font = `bold 22px ${FONT}`;
  const titleWidth = context.measureText(options.title).width;
  panel(12, 12, titleWidth + 24, 40);
  context.fillStyle = '#1f2933';
  context.fillText(options.title, 24, 40);
  // Legend, bottom left
  if (options.legend.length > 0) {
    const legendH = legendHeight(options.legend);
    const legendW = measureLegend(context, options.legend, FONT) + 8;
    panel(12, height - 28 - legendH, legendW, legendH);
    drawLegend(context, options.legend, 12, height - 28 - legendH, FONT);
  }
  // Scale bar
  const { lat } = map.getCenter();
  const scale = niceScale(metresPerPixel(lat, map.getZoom()));
  panel(width - scale.pixels - 40, height - 44, scale.pixels + 28, 32);
  context.fillStyle = '#1f2933';
  context.fillRect(width - scale.pixels - 26, height - 22, scale.pixels, 4);
  context.font = `12px ${FONT}`;
  context.fillText(scale.metres >= 1000 ? `${scale.metres / 1000} km` : `${scale.metres} m`, width - scale.pixels - 26, height - 28);
  // North arrow, turned with the map's bearing
  context.save();
  context.translate(width - 36, 44);
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
  const date = (options.date ?? new Date()).toISOString().slice(0, 10);
  context.font = `12px ${FONT}`;
  const line = `${options.source} · ${date}`;
  const lineWidth = context.measureText(line).width;
  panel(width - lineWidth - 40, height - 76, lineWidth + 28, 24);
  context.fillStyle = '#37474f';
  context.fillText(line, width - lineWidth - 26, height - 59);
  return canvas.toDataURL('image/png');
}
