import { describe, expect, it } from 'vitest';
import { cardCover, cardHeightCover, clearStrips, legendCover, legendEdges } from './map-overlays';

describe('legendCover', () => {
  const map = { width: 770, height: 552 };
  it('takes a strip at the left for a tall legend, at the bottom for a short wide one', () => {
    // The demo's legend at 1400 × 900: 260 × 359 px, 10 px from the left and the bottom.
    expect(legendCover(map, { width: 260, height: 359, left: 10, bottom: 10 })).toEqual({ left: 270 });
    // Folded to its title: 62 × 36 px.
    expect(legendCover(map, { width: 62, height: 36, left: 10, bottom: 10 })).toEqual({ bottom: 46 });
  });
  it('covers nothing when the legend is not shown or the map has no size', () => {
    expect(legendCover(map, null)).toEqual({});
    expect(legendCover(map, { width: 0, height: 0, left: 10, bottom: 10 })).toEqual({});
    expect(legendCover({ width: 0, height: 0 }, { width: 260, height: 359, left: 10, bottom: 10 })).toEqual({});
  });
});

describe('legendEdges', () => {
  it('gives the card\'s right edge from the map\'s left and its top from the map\'s bottom', () => {
    expect(legendEdges({ width: 770, height: 552 }, { width: 260, height: 359, left: 10, bottom: 10 })).toEqual({ left: 270, bottom: 369 });
    expect(legendEdges({ width: 770, height: 552 }, null)).toBeNull();
    expect(legendEdges({ width: 770, height: 552 }, { width: 0, height: 0, left: 10, bottom: 10 })).toBeNull();
  });
});

describe('the room the inspector card takes from a fit', () => {
  it('is the card and its margin, or 55 % of a narrow map, or nothing where no fit would be left', () => {
    // 1000 px: the card's 300 px and 12 px margin. 420 px: 55 % − 12 = 219, leaving 81 px beside the 120 px of margins.
    expect(cardCover(1000)).toBe(312);
    expect(cardCover(420)).toBeCloseTo(219, 6);
    // 300 px: 153 px would leave 27 px, under 40: the fit ignores the card.
    expect(cardCover(300)).toBe(0);
    expect(cardCover(0)).toBe(0);
  });
});

describe('the ways the legend, the card and the control row leave the map clear', () => {
  // The demo at 1400 × 900: the map 770 × 552 px, the legend's right edge 270 px in, its top
  // 369 px up, the control row 44 px down; the card 312 px wide, at most 60 % + 40 px high.
  const legend = { left: 270, bottom: 369 };
  const card = { right: cardCover(770), bottom: cardHeightCover(552) };
  it('beside both, above both, or one of each, each under the control row', () => {
    expect(card).toEqual({ right: 312, bottom: 371.2 });
    expect(clearStrips(legend, card, 44)).toEqual([
      { top: 44, left: 270, right: 312 },
      { top: 44, left: 270, bottom: 371.2 },
      { top: 44, right: 312, bottom: 369 },
      { top: 44, bottom: 371.2 },
    ]);
  });
  it('the legend\'s two strips with no card open, the card\'s with no legend, the top alone with neither', () => {
    expect(clearStrips(legend, null, 44)).toEqual([{ top: 44, left: 270 }, { top: 44, bottom: 369 }]);
    expect(clearStrips(null, card)).toEqual([{ top: 0, right: 312 }, { top: 0, bottom: 371.2 }]);
    expect(clearStrips(null, null, 44)).toEqual([{ top: 44 }]);
  });
});
