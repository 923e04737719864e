/**
 * What the PNG's legend lists: the active analysis's key sections drawn at the current zoom,
 * then the community colours (status, category…) unless a section covers them: the same
 * choice as the side panel's legend (Legend.tsx).
 */
import { communityLegend, type ColourBy } from '../../map/community-colours';
import { coversCommunities, type KeySection } from '../../map/map-key';
import { hexToRgb } from '../../map/palette';
import type { Lang } from '../../i18n/strings';
import type { PngLegendSection } from './png-legend';

/** `communitiesShown`: whether the communities layer is on the map (no key for a hidden layer). */
export function pngLegend(sections: readonly KeySection[], colourBy: ColourBy, lang: Lang, communitiesShown = true): PngLegendSection[] {
  const drawn: PngLegendSection[] = sections.map((section) => ({
    title: section.title[lang],
    rows: section.entries.map((entry) => ({ swatch: entry.swatch, label: entry.label[lang] })),
  }));
  if (communitiesShown && !coversCommunities(sections)) {
    drawn.push({
      title: lang === 'zh' ? '小区' : 'Communities',
      rows: communityLegend(colourBy).map((entry) => ({ swatch: { kind: 'fill', colour: [...hexToRgb(entry.colour), 255] }, label: entry.label[lang] })),
    });
  }
  return drawn;
}
