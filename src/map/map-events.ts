/** What the map tells the app: a click or hover on a feature, a camera move, the first idle, the theme drawn. */
import type { LayerName } from '../model/layer-names';
import type { Camera } from '../state/store';
import type { MapTheme } from './palette';

export interface PickedFeature {
  layer: LayerName | string;
  properties: Record<string, unknown>;
  /** Pixel position of the pick, for the inspector card. */
  x: number;
  y: number;
}

export interface AtlasMapEvents {
  onClick(picked: PickedFeature | null): void;
  onHover(picked: PickedFeature | null): void;
  onMove(camera: Camera): void;
  onIdleFirst(): void;
  /** The theme the map is painted with now (map-theme.ts): the chosen one, or light while an export holds it. */
  onThemeShown?(theme: MapTheme): void;
}
