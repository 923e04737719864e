/**
 * Says, where a panel's map layer has more features than OUTLINED_FEATURES_LIMIT, that their
 * outlines are drawn only from OUTLINES_MIN_ZOOM in (map/layers/outline-chunks.ts).
 */
import { formatCount } from '../../i18n/format';
import { OUTLINES_MIN_ZOOM, outlinesFromZoom } from '../../map/layers/outline-chunks';
import { useLang } from '../i18n';

export function OutlinesNote({ count, what }: { count: number; what: { zh: string; en: string } }) {
  const zh = useLang() === 'zh';
  if (!outlinesFromZoom(count)) return null;
  return (
    <p className="muted small" data-testid="outlines-from-zoom">
      {zh
        ? `${what.zh}较多（${formatCount(count)} 个）：地图放大到 ${OUTLINES_MIN_ZOOM} 级以上才描边，缩小时只以填色表示；选中的对象始终描边。`
        : `Many ${what.en} (${formatCount(count)}): the map outlines them from zoom ${OUTLINES_MIN_ZOOM} in, by fill colour only further out; the selection is always outlined.`}
    </p>
  );
}
