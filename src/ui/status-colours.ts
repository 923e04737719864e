/**
 * The renovation statuses' colours in the UI (the summary's chips and bar, the dashboard's
 * charts): the map legend's in the same theme (community-colours.ts communityLegend, palette.ts
 * STATUS_COLOURS_OF), so 已批复 is one blue in the panel, the chart and the map under 深色 too.
 * They follow the UI's theme: while an export holds the map light for a moment, the panels stay
 * in the theme they are shown in.
 */
import type { RenovationStatus } from '../model/codes';
import { STATUS_COLOURS_OF } from '../map/palette';
import { type Theme, useTheme } from './theme';

export const statusColoursIn = (theme: Theme): Record<RenovationStatus, string> => STATUS_COLOURS_OF[theme];

export const useStatusColours = (): Record<RenovationStatus, string> => statusColoursIn(useTheme());
