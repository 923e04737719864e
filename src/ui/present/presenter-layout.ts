/**
 * What the presenter overlay covers of the map, in CSS pixels: the clock and 退出汇报 along the
 * top, the legend at the right and the scene's card along the bottom. A scene is framed in
 * what is left (MapLibre's camera padding), so no community sits under the card or the legend,
 * and a scene saved on the normal layout is enlarged to that area, not to the whole window.
 */
export interface Insets { top: number; right: number; bottom: number; left: number }

/** The legend's width while presenting (PresenterOverlay sets it): its column is kept clear. */
export const PRESENTER_LEGEND_WIDTH = 320;
/** The card is at most the window's width less this: beside the legend, its figures in one row. */
export const PRESENTER_CARD_CLEARANCE = PRESENTER_LEGEND_WIDTH + 16 + 24 + 24;
/**
 * Room for the card along the bottom: its title and one row of figures, each label on at most
 * two lines (about 210 px at the overlay's 20 px type; styles.css), and its 28 px margin.
 */
const CARD_ROOM = 240;
const TOP_ROOM = 56;
const EDGE = 24;
/** Never more than this share of a side: on a small window the scene stays large, if partly covered. */
const MOST = 0.4;

/** Pixels kept round the whole data when a scene fits it (Scene.bounds), inside the clear area. */
export const PRESENTER_FIT_MARGIN = 24;

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export function presenterInsets([width, height]: readonly [number, number]): Insets {
  return {
    top: Math.min(TOP_ROOM, height * 0.15),
    right: Math.min(PRESENTER_LEGEND_WIDTH + 2 * 16, width * MOST),
    bottom: Math.min(CARD_ROOM, height * MOST),
    left: Math.min(EDGE, width * 0.05),
  };
}

/** The part of a window of this size a scene is framed in. */
export function presenterViewSize(size: readonly [number, number]): [number, number] {
  const insets = presenterInsets(size);
  return [size[0] - insets.left - insets.right, size[1] - insets.top - insets.bottom];
}

export function samePadding(a: Partial<Insets>, b: Insets): boolean {
  return (['top', 'right', 'bottom', 'left'] as const).every((side) => Math.abs((a[side] ?? 0) - b[side]) < 0.5);
}
