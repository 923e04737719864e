import { describe, expect, it } from 'vitest';
import { revealOffset, scrollEdges } from './scroll-edges';

describe('a table scrolling sideways in its box', () => {
  it('knows whether there is more to the left or the right', () => {
    expect(scrollEdges({ scrollLeft: 0, clientWidth: 375, scrollWidth: 440 })).toEqual({ moreStart: false, moreEnd: true });
    expect(scrollEdges({ scrollLeft: 65, clientWidth: 375, scrollWidth: 440 })).toEqual({ moreStart: true, moreEnd: false });
    expect(scrollEdges({ scrollLeft: 30, clientWidth: 375, scrollWidth: 440 })).toEqual({ moreStart: true, moreEnd: true });
    // A table that fits, and a scroll of sub-pixel rounding, have no edges.
    expect(scrollEdges({ scrollLeft: 0.5, clientWidth: 375, scrollWidth: 375.6 })).toEqual({ moreStart: false, moreEnd: false });
  });

  it('scrolls a focused cell whole into view beside the fixed column', () => {
    // View from 62 (after a 62-px fixed column) to 375.
    expect(revealOffset({ left: 100, right: 160 }, 62, 375)).toBe(0);
    expect(revealOffset({ left: 340, right: 382 }, 62, 375)).toBe(7); // partly in view on the right
    expect(revealOffset({ left: 40, right: 80 }, 62, 375)).toBe(-22); // partly under the fixed column
    expect(revealOffset({ left: 500, right: 900 }, 62, 375)).toBe(438); // wider than the view: its start
  });
});
