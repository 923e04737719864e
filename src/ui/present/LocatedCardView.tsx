/**
 * The presenter's card while it shows a feature found with 定位 (located-card.ts): its name,
 * what and where it is, its figures, and the scene the next → goes back to.
 */
import { useLang } from '../i18n';
import { useDistrictSummary } from '../use-district-summary';
import type { LocatorEntry } from '../locator-search';
import { locatedCard } from './located-card';
import { FigureRow } from './SceneFigures';

export function LocatedCardView({ match, properties, sceneTitle }: { match: LocatorEntry; properties: Record<string, unknown>; sceneTitle: string }) {
  const lang = useLang();
  // A district's figures are 概况's row for it: the summary, cached since the deck was built.
  const summary = useDistrictSummary(match.id, match.layer === 'districts');
  const card = locatedCard(match, properties, summary, lang);
  return (
    <div data-testid="presenter-located">
      {/* One line for the name and where it is: the card keeps to the scene card's room (presenter-layout CARD_ROOM). */}
      <h2><span data-testid="presenter-located-title">{card.title}</span> <span className="presenter-located-where">{card.where}</span></h2>
      {card.figures.length > 0 && <FigureRow figures={card.figures} />}
      <p className="presenter-located-back">{lang === 'zh' ? `→ 继续：${sceneTitle}` : `→ back to: ${sceneTitle}`}</p>
    </div>
  );
}
