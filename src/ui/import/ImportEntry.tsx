/**
 * Ways in for a planner's own files: the header's 导入 button (file picker, several files)
 * and drag-and-drop anywhere on the page; GeoJSON, Shapefile, CSV and Excel (.xlsx; an .xls is
 * taken so its reader can say to save it as .xlsx). Oversized files are refused before their bytes
 * are read (DESIGN §6).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { checkFileSize } from '../../io/file-size';
import type { ImportIssue, InputFile } from '../../io/types';
import { useLang, useT } from '../i18n';
import { useModalFocus } from '../components/focus';
// The dialog (readers, field mapping, schemas) loads only when a file arrives.
const ImportDialog = lazy(() => import('./ImportDialog').then((module) => ({ default: module.ImportDialog })));

async function readFiles(list: FileList | File[]): Promise<{ files: InputFile[]; rejected: ImportIssue[] }> {
  const files: InputFile[] = [];
  const rejected: ImportIssue[] = [];
  for (const file of Array.from(list)) {
    const tooLarge = checkFileSize(file.name, file.size);
    if (tooLarge) rejected.push(tooLarge);
    else files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, rejected };
}

export function ImportEntry() {
  const lang = useLang();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<{ files: InputFile[]; rejected: ImportIssue[] } | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => { if (event.relatedTarget === null) setDragging(false); };
    const drop = async (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      setDragging(false);
      setPending(await readFiles(event.dataTransfer.files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button type="button" ref={button} data-testid="import-button" title={t('import.formats')} onClick={() => input.current?.click()}>{lang === 'zh' ? '导入' : 'Import'}</button>
      <input ref={input} type="file" multiple hidden data-testid="import-input" accept=".geojson,.json,.zip,.shp,.dbf,.prj,.cpg,.shx,.csv,.xlsx,.xls"
        onChange={async (event) => {
          if (event.target.files?.length) setPending(await readFiles(event.target.files));
          event.target.value = '';
        }} />
      {dragging && <div className="drop-overlay">{t('import.drop')}</div>}
      {pending && pending.rejected.length > 0 && pending.files.length === 0 && (
        <RejectedDialog issues={pending.rejected} onClose={() => setPending(null)} returnFocus={() => button.current} />
      )}
      {pending && pending.files.length > 0 && <Suspense fallback={null}><ImportDialog files={pending.files} rejected={pending.rejected} onClose={() => setPending(null)} returnFocus={() => button.current} /></Suspense>}
    </>
  );
}

/** Every file refused before reading (too large): the reasons, and Close (or Esc). */
function RejectedDialog({ issues, onClose, returnFocus }: { issues: ImportIssue[]; onClose(): void; returnFocus(): HTMLElement | null }) {
  const lang = useLang();
  const dialog = useRef<HTMLDivElement>(null);
  useModalFocus(dialog, onClose, returnFocus);
  const title = lang === 'zh' ? '无法导入' : 'Cannot import';
  return (
    <div className="modal-backdrop" role="presentation"><div className="modal" ref={dialog} tabIndex={-1} role="alertdialog" aria-modal="true" aria-labelledby="import-rejected-title" aria-describedby="import-rejected-issues" data-testid="import-rejected">
      <div className="modal-head"><h2 id="import-rejected-title">{title}</h2></div>
      <ul className="issues" id="import-rejected-issues">{issues.map((issue, i) => <li key={i} className="error">{lang === 'zh' ? issue.messageZh : issue.message}</li>)}</ul>
      <div className="modal-foot"><button type="button" className="button" onClick={onClose}>{lang === 'zh' ? '关闭' : 'Close'}</button></div>
    </div></div>
  );
}
