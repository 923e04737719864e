/**
 * What the PNG's legend lists: the active analysis's key sections drawn at the current zoom,
 * then the community colours (status, category…) unless a section covers them, then the
 * visible base layers drawn by code (idle land by kind, facilities by type: layer-key.ts):
 * the same choice as the side panel's legend (Legend.tsx).
 */
import { communityLegend, type ColourBy } from '../../map/community-colours';
import { coversCommunities, type KeySection } from '../../map/map-key';
import { hexToRgb } from '../../map/palette';
import type { Lang } from '../../i18n/strings';
import type { PngLegendSection } from './png-legend';

const inLanguage = (section: KeySection, lang: Lang): PngLegendSection => ({
  title: section.title[lang],
  rows: section.entries.map((entry) => ({ swatch: entry.swatch, label: entry.label[lang] })),
});

/**
 * `communitiesShown`: whether the communities layer is on the map (no key for a hidden layer);
 * `layerKeys`: the visible base layers' keys (baseLayerKeys), listed last.
 */
export function pngLegend(sections: readonly KeySection[], colourBy: ColourBy, lang: Lang, communitiesShown = true, layerKeys: readonly KeySection[] = []): PngLegendSection[] {
  const drawn = sections.map((section) => inLanguage(section, lang));
  if (communitiesShown && !coversCommunities(sections)) {
    drawn.push({
      title: lang === 'zh' ? '小区' : 'Communities',
      rows: communityLegend(colourBy).map((entry) => ({ swatch: { kind: 'fill', colour: [...hexToRgb(entry.colour), 255] }, label: entry.label[lang] })),
    });
  }
  return [...drawn, ...layerKeys.map((section) => inLanguage(section, lang))];
}
