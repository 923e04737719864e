/**
 * Where a located feature is fitted in the normal layout: clear of the inspector card its pick
 * opens, the legend and the control row, beside or above them, whichever shows it larger
 * (map-overlays.ts). The card is measured once it is laid out: a district's card
 * is 150 px tall, a community's up to 60 % of the map, and taking the tallest for every pick put
 * a district in a 140 × 124 px gap at 1400 × 900 with 270 px clear above its card.
 */
import type { FlyToBoundsOptions } from '../map/camera-moves';
import { atlasMap } from './map-context';
import { cardCover, cardHeightCover, type CardStrips, CLEAR_MARGIN, clearStrips, overlaysIn } from './map-overlays';

/** How many frames to wait for the card (its code is loaded the first time it opens). */
const CARD_FRAMES = 60;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The card's strips off the map's right and bottom edges once it is drawn; null if it is not there within CARD_FRAMES. */
async function cardStrips(canvas: HTMLElement): Promise<CardStrips | null> {
  for (let frame = 0; frame < CARD_FRAMES; frame++) {
    // The pick's render commits before the next frame; the first frame may still show a previous card.
    await nextFrame();
    const card = canvas.parentElement?.querySelector('[data-testid="inspector"]');
    if (frame === 0 || !card) continue;
    const [box, rect] = [canvas.getBoundingClientRect(), card.getBoundingClientRect()];
    return { right: Math.max(0, box.right - rect.left), bottom: Math.max(0, box.bottom - rect.top) };
  }
  return null;
}

/** The fit for a pick whose card is opening: clear of the card (as drawn), the legend and the control row. */
export async function besideCard(): Promise<FlyToBoundsOptions> {
  const canvas = atlasMap()?.map.getContainer();
  if (!canvas) return {};
  const drawn = await cardStrips(canvas);
  const { map, legend, top } = overlaysIn(canvas);
  // Not drawn in time: as wide and as tall as it can be.
  const card = drawn ?? { right: cardCover(map.width), bottom: cardHeightCover(map.height) };
  return { covered: clearStrips(legend, card, top), margin: CLEAR_MARGIN };
}
