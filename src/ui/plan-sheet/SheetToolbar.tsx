/**
 * The toolbar over a printed document (plan sheet, joint review form): back to the workspace,
 * print (the browser's print → PDF), the language, the document's own buttons (`children`)
 * and its state. Not printed.
 */
import type { ReactNode } from 'react';
import { appStore, useAppState } from '../../state/store';
import { hashFromState } from '../../state/url';
import { countNoun } from '../../i18n/format';
import { pick } from './sheet-format';

interface Props {
  label: string;
  loaded: boolean;
  /** Every figure has landed: the document is ready to print. */
  ready: boolean;
  pages: number;
  /** What the state says once ready, when "N pages" is not the document's count. */
  readyLabel?: string;
  children?: ReactNode;
}

export function SheetToolbar({ label, loaded, ready, pages, readyLabel, children }: Props) {
  const lang = useAppState((state) => state.lang);
  const t = pick(lang);
  const backHref = hashFromState({ ...appStore.get(), sheet: null });
  const back = (event: React.MouseEvent) => {
    event.preventDefault();
    appStore.update({ sheet: null });
  };
  return (
    <nav className="sheet-toolbar screen-only" aria-label={label}>
      <a href={backHref} onClick={back} data-testid="sheet-back">← {t('返回', 'Back')}</a>
      <button type="button" className="button primary" data-testid="sheet-print" onClick={() => window.print()} disabled={!loaded || (ready && pages === 0)}>{t('打印', 'Print')}</button>
      <button type="button" onClick={() => appStore.update({ lang: lang === 'zh' ? 'en' : 'zh' })}>{lang === 'zh' ? 'EN' : '中'}</button>
      {children}
      <span className="muted small" role="status">
        {!loaded ? t('正在加载数据…', 'Loading data…') : ready ? pages === 0 ? t('没有可打印的页', 'Nothing to print') : readyLabel ?? t(`共 ${pages} 页，可打印`, `${countNoun(pages, 'page')}, ready to print`) : t('正在计算分析结果…', 'Computing the findings…')}
      </span>
    </nav>
  );
}
