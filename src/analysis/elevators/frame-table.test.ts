import { describe, expect, it } from 'vitest';
import { FrameTable } from './frame-table';

describe('FrameTable', () => {
  it('gives back the numbers it was given, tells degenerate from not yet computed', () => {
    const table = new FrameTable(3);
    const frame = { facade: { start: [1.5, -2] as [number, number], end: [11.25, -2] as [number, number], normal: [0, -1] as [number, number] }, count: 3 };
    table.set(0, frame);
    table.set(2, null);
    expect(table.get(0)).toEqual(frame);
    expect(table.get(0)).not.toBe(frame);
    expect([table.has(0), table.has(1), table.has(2)]).toEqual([true, false, true]);
    expect(table.get(1)).toBeNull();
    expect(table.get(2)).toBeNull();
  });
});
