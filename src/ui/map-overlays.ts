/**
 * What covers the map, and how a fit is kept clear of it: the legend card at the bottom left,
 * the inspector card at the bottom right, the control row (3D, 测距…, 定位) along the top. A
 * fit is given the ways they can leave the map clear (camera-moves closestFit takes the one
 * that shows the bounds largest): a table row's community was flown to the map's middle, under
 * the legend's 260 px at 1400 × 900, and a located one under the legend as well.
 */
import type { PaddingOptions } from 'maplibre-gl';

type Size = { width: number; height: number };
type Box = { width: number; height: number; left: number; bottom: number };

/** The legend card's two edges inside the map: its right edge from the map's left, its top from the map's bottom (px). */
export interface LegendEdges { left: number; bottom: number }

/** The legend's edges; null when it is not shown or the map has no size. */
export function legendEdges(map: Size, legend: Box | null): LegendEdges | null {
  if (!legend || legend.width <= 0 || legend.height <= 0 || map.width <= 0 || map.height <= 0) return null;
  return { left: legend.left + legend.width, bottom: legend.bottom + legend.height };
}

const stripOf = (map: Size, edges: LegendEdges) =>
  edges.left / map.width <= edges.bottom / map.height ? { left: edges.left } : { bottom: edges.bottom };

/**
 * What the legend card covers of the map, as padding for a fit: its width on the left or its
 * height at the bottom, whichever leaves the larger share of the map clear (a tall legend
 * takes a strip at the left, a short wide one a strip at the bottom). Empty when it is not shown.
 */
export function legendCover(map: Size, legend: Box | null): { left?: number; bottom?: number } {
  const edges = legendEdges(map, legend);
  return edges ? stripOf(map, edges) : {};
}

/**
 * The inspector card's width off the map's right edge (styles.css .inspector: min(300px,
 * 55% − 24px) wide, 12 px from the edge); none on a map too narrow to leave a fit's margins
 * (60 px each side) and 40 px between.
 */
export function cardCover(mapWidth: number): number {
  const cover = Math.max(0, Math.min(312, mapWidth * 0.55 - 12));
  return mapWidth - cover - 120 >= 40 ? cover : 0;
}

/** The inspector card's most height over the map (styles.css .inspector: 40 px up, at most 60 % tall). */
export const cardHeightCover = (mapHeight: number) => mapHeight * 0.6 + 40;

/** The margin round a feature fitted clear of the cards (px): their own edges keep it off the map's sides. */
export const CLEAR_MARGIN = 24;

/** The strips along the right and the bottom the inspector card covers. */
export interface CardStrips { right: number; bottom: number }

/**
 * The ways the legend, the inspector card (`card`; null when none is open) and the control row
 * (`top`, px) can leave the map clear: the card's strip at the right or at the bottom, with the
 * legend's at the left or at the bottom (both sit at the bottom, so a bottom strip is the
 * taller of the two), each under the top strip. A wide district fits above them, a tall one
 * beside them. `legend`: null when it is not shown.
 */
export function clearStrips(legend: LegendEdges | null, card: CardStrips | null, top = 0): Partial<PaddingOptions>[] {
  let strips: Partial<PaddingOptions>[];
  if (legend && card) {
    strips = [
      { left: legend.left, right: card.right }, { left: legend.left, bottom: card.bottom },
      { right: card.right, bottom: legend.bottom }, { bottom: Math.max(card.bottom, legend.bottom) },
    ];
  } else if (legend) strips = [{ left: legend.left }, { bottom: legend.bottom }];
  else if (card) strips = [{ right: card.right }, { bottom: card.bottom }];
  else strips = [{}];
  return strips.map((strip) => ({ top, ...strip }));
}

/** The map's size, the legend's edges and the control row's bottom as laid out now over the map in `container` (they are its siblings). */
export function overlaysIn(container: HTMLElement): { map: Size; legend: LegendEdges | null; top: number } {
  const box = container.getBoundingClientRect();
  const map = { width: box.width, height: box.height };
  const controls = container.parentElement?.querySelector('.map-controls')?.getBoundingClientRect();
  const top = controls ? Math.max(0, controls.bottom - box.top) : 0;
  const card = container.parentElement?.querySelector<HTMLElement>('[data-testid="map-legend"]');
  const rect = card?.getBoundingClientRect();
  if (!card || !rect || getComputedStyle(card).display === 'none') return { map, legend: null, top };
  return { map, legend: legendEdges(map, { width: rect.width, height: rect.height, left: rect.left - box.left, bottom: box.bottom - rect.bottom }), top };
}

/** legendCover of the card as laid out now over the map in `container`. */
export function legendCoverIn(container: HTMLElement): { left?: number; bottom?: number } {
  const { map, legend } = overlaysIn(container);
  return legend ? stripOf(map, legend) : {};
}

/** The strips a table row's or a link's feature is fitted clear of: the legend and the control row (no card opens). */
export function clearOfOverlaysIn(container: HTMLElement): Partial<PaddingOptions>[] {
  const { legend, top } = overlaysIn(container);
  return clearStrips(legend, null, top);
}
