import { describe, expect, it } from 'vitest';
import { RENOVATION_STATUSES } from '../model/codes';
import { communityFillColour, communityLegend } from '../map/community-colours';
import { statusColoursIn } from './status-colours';
import { progressOption, statusOption } from './dashboard/count-options';

const data = {
  byStatus: Object.fromEntries(RENOVATION_STATUSES.map((s) => [s, { communities: 1, households: 2 }])),
  progress: [{ year: 2024, planned: 1, started: 1, completed: 1 }],
} as Parameters<typeof statusOption>[0] & Parameters<typeof progressOption>[0];

type Series = { data: ({ itemStyle: { color: string } } | number)[]; itemStyle?: { color: string } };

describe('the statuses in the panels and charts are the map legend\'s, in each theme', () => {
  it('the summary\'s chips and bar, the status chart\'s bars, the progress chart\'s lines', () => {
    for (const theme of ['light', 'dark'] as const) {
      const legend = communityLegend('status', theme).map((entry) => entry.colour);
      const colours = statusColoursIn(theme);
      expect(RENOVATION_STATUSES.map((s) => colours[s]), theme).toEqual(legend);
      // The legend is the map's fill (style-theme.test.ts), so the chips are the map's colours too.
      expect(JSON.stringify(communityFillColour('status', theme))).toContain(colours.approved);
      const bars = (statusOption(data, true, (code) => code.zh, undefined, {}, undefined, theme).series[0] as Series).data.map((bar) => (bar as { itemStyle: { color: string } }).itemStyle.color);
      expect(bars, theme).toEqual(legend);
      const lines = (progressOption(data, true, {}, theme).series as Series[]).map((series) => series.itemStyle!.color);
      expect(lines, theme).toEqual([colours.planned, colours.under_construction, colours.completed]);
    }
    // 深色 has its own shades where the light ones were weak on the dark ground (已批复, 已完工): the charts follow.
    expect(statusColoursIn('dark').approved).not.toBe(statusColoursIn('light').approved);
    expect(statusColoursIn('dark').completed).not.toBe(statusColoursIn('light').completed);
    expect(statusColoursIn('light').approved).toBe('#1e88e5');
  });
});
