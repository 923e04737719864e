/** What the map tells the app: a click or hover on a feature, a camera move, the first idle. */
import type { LayerName } from '../model/layer-names';
import type { Camera } from '../state/store';

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
}
