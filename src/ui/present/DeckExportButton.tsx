/**
 * 导出汇报文稿（PPTX） in the Scenes panel: the scenes as slides for the bureau's own deck
 * (export/deck-export.ts, loaded on the click). The map visits each scene meanwhile, so the
 * panel says how far it is, and the view comes back at the end.
 */
import { useState } from 'react';
import { useAppState } from '../../state/store';
import { useLang } from '../i18n';
import type { DeckExportProgress } from '../export/deck-export';

export function DeckExportButton() {
  const zh = useLang() === 'zh';
  const sceneCount = useAppState((state) => state.scenes.length);
  const [progress, setProgress] = useState<DeckExportProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setFailure(null);
    setProgress({ done: 0, total: sceneCount });
    try {
      const { exportDeck } = await import('../export/deck-export');
      await exportDeck(zh ? 'zh' : 'en', setProgress);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  };
  const status = progress === null ? null
    : progress.done < progress.total ? (zh ? `正在绘制第 ${progress.done + 1} / ${progress.total} 个场景…` : `Drawing scene ${progress.done + 1} of ${progress.total}…`)
    : (zh ? '正在生成文稿…' : 'Writing the file…');
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="deck-export"
        disabled={sceneCount === 0 || progress !== null}
        title={zh ? '每个场景一页幻灯片：地图（含图例、比例尺、指北针）、关键数字，讲稿备注放在备注页；可在 PowerPoint 或 WPS 中编辑' : 'One slide per scene: the map (legend, scale, north), its figures, the notes in the slide notes; editable in PowerPoint or WPS'}
        onClick={() => void run()}
      >
        {zh ? '导出汇报文稿（PPTX）' : 'Export the deck (PPTX)'}
      </button>
      {status && <p className="small muted" role="status" data-testid="deck-export-status">{status}</p>}
      {failure && <p className="small error" role="alert">{zh ? '导出失败：' : 'Export failed: '}{failure}</p>}
    </>
  );
}
