/**
 * MapLibre's controls (zoom and compass top right, scale bottom right) and its own words in
 * the app's language: Chinese tooltips on a Chinese screen, not "Zoom in". MapLibre reads its
 * words when a control is added, so a language change adds the navigation control again.
 */
import { NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/strings';

const ZH: Record<string, string> = {
  // The canvas's name (MapLibre makes it a region): not the map section's 地图, so the two
  // landmarks differ (axe landmark-unique), and it says what the keys do once it has the focus.
  'Map.Title': '地图画面（方向键平移，+/− 缩放）',
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'NavigationControl.ResetBearing': '拖动旋转地图，单击恢复正北',
  'FullscreenControl.Enter': '进入全屏',
  'FullscreenControl.Exit': '退出全屏',
  'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
  'Popup.Close': '关闭',
};

/** MapLibre's English for the same keys, to switch back (its table is patched, not replaced). */
const EN: Record<keyof typeof ZH, string> = {
  'Map.Title': 'Map view (arrow keys pan, +/− zoom)',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
  'FullscreenControl.Enter': 'Enter fullscreen',
  'FullscreenControl.Exit': 'Exit fullscreen',
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'Popup.Close': 'Close popup',
};

/** The `locale` option for a new map. */
export function maplibreLocale(lang: Lang): Record<string, string> {
  return { ...(lang === 'zh' ? ZH : EN) };
}

export class MapControls {
  private readonly navigation = new NavigationControl({ visualizePitch: true });

  constructor(private readonly map: MapLibreMap, private lang: Lang) {
    map.addControl(this.navigation, 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  }

  /** Switches the map's words to `lang`: its table, the canvas's accessible name, the tooltips. */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    Object.assign(this.map._locale, maplibreLocale(lang));
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
    this.map.removeControl(this.navigation);
    this.map.addControl(this.navigation, 'top-right');
  }
}
