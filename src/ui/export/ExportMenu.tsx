/**
 * 导出: the header button; its actions (writers, zip, project file) load when first opened.
 */
import { lazy, Suspense } from 'react';
import { usePopup } from '../components/focus';
import { useT } from '../i18n';

const ExportActions = lazy(() => import('./ExportActions'));

export function ExportMenu() {
  const t = useT();
  const { open, rootRef, buttonProps, popupProps } = usePopup('export-popup');
  return (
    <div className="menu" ref={rootRef}>
      <button type="button" {...buttonProps} data-testid="export-button">{t('nav.export')}</button>
      {open && (
        <div className="menu-popup" {...popupProps} data-testid="export-popup">
          <Suspense fallback={<span className="muted small">…</span>}><ExportActions /></Suspense>
        </div>
      )}
    </div>
  );
}
