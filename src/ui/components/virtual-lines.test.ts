import { describe, expect, it } from 'vitest';
import { revealScrollTop, spacerHeights } from './virtual-lines';

describe('spacerHeights', () => {
  // Lines of 27 px under a 30-px header: lines 10–19 drawn span 300–570, the whole list 30 + 27 × 100 = 2,730.
  const drawn = Array.from({ length: 10 }, (_, k) => ({ start: 30 + (10 + k) * 27, end: 30 + (11 + k) * 27 }));
  it('stands for the lines above and below the drawn ones', () => {
    expect(spacerHeights(drawn, 2730, 30)).toEqual({ before: 270, after: 2730 - 570 });
  });
  it('has nothing above when the first line is drawn, nothing below when the last is', () => {
    const all = Array.from({ length: 100 }, (_, k) => ({ start: 30 + k * 27, end: 30 + (k + 1) * 27 }));
    expect(spacerHeights(all, 2730, 30)).toEqual({ before: 0, after: 0 });
  });
  it('keeps the whole height when nothing is drawn yet', () => {
    expect(spacerHeights([], 2730, 30)).toEqual({ before: 2700, after: 0 });
  });
});

describe('revealScrollTop', () => {
  const box = { scrollTop: 1000, clientHeight: 360 };
  it('leaves a line in view where it is', () => {
    expect(revealScrollTop({ top: 1100, bottom: 1127 }, box, 30)).toBe(1000);
  });
  it('brings a line above the view to just under the header', () => {
    expect(revealScrollTop({ top: 500, bottom: 527 }, box, 30)).toBe(470);
    // Partly under the sticky header counts as out of view.
    expect(revealScrollTop({ top: 1010, bottom: 1037 }, box, 30)).toBe(980);
  });
  it('brings a line below the view to the bottom edge', () => {
    expect(revealScrollTop({ top: 1400, bottom: 1427 }, box, 30)).toBe(1427 - 360);
  });
  it('never scrolls above the top', () => {
    expect(revealScrollTop({ top: 10, bottom: 37 }, box, 30)).toBe(0);
  });
});
