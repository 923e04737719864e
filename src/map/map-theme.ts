/**
 * The basemap's theme on the live map (深色, ui/theme.ts; colours in palette.ts BASEMAP_THEMES,
 * an online basemap's tiles in basemap-paint.ts), and the light basemap held for exports: the map
 * PNG and the deck's maps are read on paper and white slides, so they are drawn light whatever
 * the UI's theme. Split from atlas-map.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapPaint, type RasterContent, type RasterPaint } from './basemap-paint';
import { communityFillColour, type ColourBy } from './community-colours';
import type { MapTheme } from './palette';
import { themePaint } from './style';

export class MapThemeSwitch {
  /** The theme the planner chose. */
  private chosen: MapTheme = 'light';
  /** The theme the map is painted with now (the style starts light). */
  private shown: MapTheme = 'light';
  /** Exports running that hold the map light. */
  private holds = 0;
  /** What the communities are coloured by: their fill is drawn in the shown theme's colours. */
  private colourBy: ColourBy = 'status';
  /** The online basemap's raster layers on the map, by id, with what their tiles show. */
  private basemapLayers = new Map<string, RasterContent>();

  /** `onShown` hears each theme the map is painted with, the light held for an export included. */
  constructor(private readonly map: MapLibreMap, private readonly onShown: (theme: MapTheme) => void = () => {}) {}

  /** Call once the style has loaded. Held light during an export, the choice shows after it. */
  set(theme: MapTheme) {
    this.chosen = theme;
    if (this.holds === 0) this.show(theme);
  }

  /** Colours the communities by `colourBy`, in the theme shown. */
  setColourBy(colourBy: ColourBy) {
    this.colourBy = colourBy;
    this.map.setPaintProperty('communities-fill', 'fill-color', communityFillColour(colourBy, this.shown));
  }

  /** The paint of a basemap layer showing `content` in the theme shown: added with it, no bright first frame. */
  basemapPaintOf(content: RasterContent): RasterPaint {
    return basemapPaint(content, this.shown);
  }

  /** Call with the online basemap's layers once added (none for none), to paint them on each theme change. */
  setBasemap(layers: readonly { layer: { id: string }; content: RasterContent }[]) {
    this.basemapLayers = new Map(layers.map(({ layer, content }) => [layer.id, content]));
  }

  /**
   * Paints the map light, waits until it has drawn so (`whenDrawn`: the roads' colour reads the
   * data, and their tiles are redrawn), runs `run`, and gives the chosen theme back, also on failure.
   * On a light map it runs at once.
   */
  async lightFor<T>(whenDrawn: () => Promise<void>, run: () => Promise<T> | T): Promise<T> {
    this.holds++;
    try {
      if (this.shown !== 'light') {
        this.show('light');
        await whenDrawn();
      }
      return await run();
    } finally {
      this.holds--;
      if (this.holds === 0) this.show(this.chosen);
    }
  }

  private show(theme: MapTheme) {
    if (theme === this.shown) return;
    this.shown = theme;
    for (const [layer, property, value] of themePaint(theme, this.colourBy)) {
      if (this.map.getLayer(layer)) this.map.setPaintProperty(layer, property, value);
    }
    this.paintBasemap();
    this.onShown(theme);
  }

  /** Paint only: the tiles stay, no source is rebuilt. */
  private paintBasemap() {
    for (const [layer, content] of this.basemapLayers) {
      if (!this.map.getLayer(layer)) continue;
      const paint = basemapPaint(content, this.shown);
      for (const property of Object.keys(paint) as (keyof RasterPaint)[]) this.map.setPaintProperty(layer, property, paint[property]);
    }
  }
}
