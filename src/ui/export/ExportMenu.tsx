/**
 * 导出: the header button; its actions (writers, zip, project file) load when first opened.
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';

const ExportActions = lazy(() => import('./ExportActions'));

export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-button">{t('nav.export')}</button>
      {open && (
        <div className="menu-popup" role="menu">
          <Suspense fallback={<span className="muted small">…</span>}><ExportActions /></Suspense>
        </div>
      )}
    </div>
  );
}
